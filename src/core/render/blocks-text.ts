/**
 * Slack mrkdwn safety and size limits, shared by every Block Kit renderer. Pure.
 * Document text and user queries are untrusted: a quote containing "<!channel>" must render as written
 * and ping nobody, so every such string passes through `escapeMrkdwn` before it meets a mrkdwn field.
 */

/** Slack's hard limits (https://api.slack.com/reference/block-kit). */
export const LIMITS = Object.freeze({
  blocksPerMessage: 50,
  blocksPerHomeView: 100,
  sectionText: 3000,
  contextElementText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  /** The top-level `text` fallback; Slack truncates at 40,000, notifications show far less. */
  fallbackText: 3000,
});

/** "<!channel> & <@U123>" => "&lt;!channel&gt; &amp; &lt;@U123&gt;" — the three characters Slack asks us to escape. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts `text` to at most `max` characters (code units), ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never split a surrogate pair: an orphan half renders as garbage.
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + '…';
}

/**
 * Escapes then truncates, so the limit holds for what Slack counts (the escaped text) and an entity
 * such as "&amp;" is never cut in half.
 */
export function safeMrkdwn(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  let cut = truncate(escaped, max);
  // "…&am…" would show a broken entity: drop a trailing partial entity.
  cut = cut.replace(/&[a-z]{0,4}…$/, '…');
  return cut;
}

/** plain_text fields are not parsed for mentions; they only need the length limit. Newlines collapse. */
export function plainText(text: string, max: number): string {
  return truncate(text.replace(/\s+/g, ' ').trim(), max);
}

/** Turns a quote into Slack's block quote: every line starts with ">". Input must already be escaped. */
export function asBlockQuote(escaped: string): string {
  return escaped
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}

/**
 * Text from Slack (a slash command, a mention, a message) arrives with &, <, > escaped and links as
 * "<https://x|label>"; the search wants what the user typed: "R&amp;D &lt;x&gt;" => "R&D <x>".
 */
export function slackTextToPlain(text: string): string {
  return text
    .replace(/<(?:https?:|mailto:)[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?:|mailto:)[^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
