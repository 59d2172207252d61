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
  /**
   * The top-level `text` (notification, screen readers): Slack truncates at 40,000 and notifications show far
   * less. It counts towards a message's text (message-budget.ts), so we keep it short.
   */
  fallbackText: 1000,
});

/**
 * Characters that change what a reader sees without being seen: bidi embeddings, overrides and isolates
 * (U+202A–202E, U+2066–2069), which reorder the text after them ("\u202Eevil" shows as "live"), the marks
 * U+200E/U+200F, zero-width spaces and joiners of words (U+200B, U+2060–2064, U+FEFF), which hide that a name
 * differs, and control characters other than newline and tab. Zero-width (non-)joiners U+200C/U+200D stay: emoji
 * sequences and some scripts need them.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
const UNSEEN = /[\u0000-\u0008\u000B-\u001F\u007F\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Document text as a reader should see it: "Förslag \u202Eevil\u202C" => "Förslag evil". */
export function withoutUnseen(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSEEN, '');
}

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
  const escaped = escapeMrkdwn(withoutUnseen(text));
  if (escaped.length <= max) return escaped;
  let cut = truncate(escaped, max);
  // "…&am…" would show a broken entity: drop a trailing partial entity.
  cut = cut.replace(/&[a-z]{0,4}…$/, '…');
  return cut;
}

/**
 * plain_text fields are not parsed for mentions; they only need the length limit. Newlines collapse. A field that
 * may hold document text also sets `emoji: false`, so a title's ":tada:" stays as written.
 */
export function plainText(text: string, max: number): string {
  return truncate(withoutUnseen(text).replace(/\s+/g, ' ').trim(), max);
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
