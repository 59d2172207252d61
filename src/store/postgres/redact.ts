/**
 * A connection string may carry a password (`postgres://remiss:s3cret@db:5432/remiss`, or `?password=s3cret`).
 * Every message that names the database goes through here, so the password never reaches a log or a user.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    for (const key of [...parsed.searchParams.keys()]) {
      if (/pass|secret|token|key/i.test(key)) parsed.searchParams.set(key, '***');
    }
    return parsed.toString().replace('%2A%2A%2A', '***');
  } catch {
    // Not a parsable URL: cut anything between "//user:" and "@", and any password= value.
    return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@').replace(/(password=)[^&\s]*/gi, '$1***');
  }
}

/** Removes the password (raw and URL-encoded) from free text such as a driver's error message. */
export function redactSecret(text: string, url: string): string {
  const secrets = passwordsIn(url);
  let result = text.split(url).join(redactUrl(url));
  for (const secret of secrets) result = result.split(secret).join('***');
  return result;
}

function passwordsIn(url: string): string[] {
  const found: string[] = [];
  try {
    const parsed = new URL(url);
    if (parsed.password) found.push(parsed.password, decodeURIComponent(parsed.password));
    for (const [key, value] of parsed.searchParams) if (/pass/i.test(key) && value) found.push(value);
  } catch {
    const match = /\/\/[^:/@]*:([^@]*)@/.exec(url);
    if (match?.[1]) found.push(match[1]);
  }
  // A one-character password would blank out every matching letter; such a password is still never printed
  // because messages built here name the database only through redactUrl.
  return [...new Set(found)].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
}
