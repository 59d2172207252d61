/**
 * A connection string may carry a password (`postgres://remiss:s3cret@db:5432/remiss`, or `?password=s3cret`).
 * Every message that names the database goes through here, so the password never reaches a log or a user.
 */

/** What must be percent-encoded in a URL's user name or password, as the README and the error message list it. */
export const ENCODE_IN_PASSWORD = '@ → %40, / → %2F, : → %3A, % → %25, # → %23, ? → %3F, & → %26, space → %20';

/**
 * Where the password is written: from the first ":" after "//" to the LAST "@". Read from the text, not from a
 * URL parser, because a password with an unencoded "@" (`p@ss/w:rd`) parses as host "ss" with the rest of the
 * password in the path, and a parser would mask only "p". Masking up to the last "@" may hide more than the
 * password (an "@" in a query parameter), never less.
 */
function passwordSpan(url: string): { start: number; end: number } | null {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  if (!scheme) return null;
  const at = url.lastIndexOf('@');
  const colon = url.indexOf(':', scheme[0].length);
  if (at < 0 || colon < 0 || colon > at) return null;
  return { start: colon + 1, end: at };
}

export function redactUrl(url: string): string {
  const span = passwordSpan(url);
  const masked = span && span.end > span.start ? `${url.slice(0, span.start)}***${url.slice(span.end)}` : url;
  return masked.replace(/([?&][^=&#]*(?:pass|secret|token|key)[^=&#]*=)[^&#]*/gi, '$1***');
}

/**
 * True when the user name or password holds a character that ends the URL's host part early: an "@" or "/"
 * that was not percent-encoded shows as an "@" after the host, in the path (`…:p@ss/w:rd@db:5432/remiss`). The
 * driver would look up the wrong host ("ss") and fail with a misleading ENOTFOUND.
 */
export function hasUnencodedUserInfo(url: string): boolean {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  if (!scheme) return false;
  const rest = url.slice(scheme[0].length).split(/[?#]/, 1)[0];
  const hostEnd = rest.indexOf('/');
  return hostEnd >= 0 && rest.indexOf('@', hostEnd) >= 0;
}

/**
 * Why a PostgreSQL URL cannot be used as written (English, for logs and the app's start-up line), or null. Both
 * causes are almost always a password with a special character that was not percent-encoded.
 */
export function urlProblem(url: string): string | null {
  if (URL.canParse(url) && !hasUnencodedUserInfo(url)) return null;
  return (
    `REMISS_DB is not a valid PostgreSQL URL: ${redactUrl(url)}; percent-encode special characters in the ` +
    `user name and password (${ENCODE_IN_PASSWORD})`
  );
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
  const span = passwordSpan(url);
  if (span) found.push(url.slice(span.start, span.end), decoded(url.slice(span.start, span.end)));
  try {
    const parsed = new URL(url);
    if (parsed.password) found.push(parsed.password, decoded(parsed.password));
    for (const [key, value] of parsed.searchParams) if (/pass/i.test(key) && value) found.push(value);
  } catch {
    // Not parsable: the span above is all there is.
  }
  // A one-character password would blank out every matching letter; such a password is still never printed
  // because messages built here name the database only through redactUrl.
  return [...new Set(found)].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
