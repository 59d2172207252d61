/**
 * Rich text for what respondents wrote. A `rich_text` block is structure, not markup: its `text` elements are
 * shown as written, so a quote's "*fet*", "_kursiv_", "`kod`", a bare https://… or "<!channel>" stay words. There is
 * nothing to escape, and nothing may be: "&amp;" would be shown as such. Mentions and links only exist as their own
 * element types, which these helpers make only from our own data (a stored Slack user id), never from document
 * text. What would change the text on screen without being seen (bidi overrides, zero-width characters) is left
 * out (withoutUnseen), and no element or quote is whitespace only. Pure.
 */
import type {
  RichTextBlock,
  RichTextElement,
  RichTextEmoji,
  RichTextQuote,
  RichTextSection,
  RichTextText,
  RichTextUserMention,
} from '@slack/types';
import { truncate, withoutUnseen } from './blocks-text.js';

/**
 * Our bound on the characters of one rich_text block. Slack documents none; we hold it to what a section's text
 * may hold (3,000), so that no message grows by moving text from mrkdwn into rich text.
 */
export const RICH_TEXT_MAX = 3000;

type Style = NonNullable<RichTextText['style']>;

/**
 * A run of literal text, cut at `max` characters; null when empty (Slack rejects empty text elements). Text made
 * only of invisible characters ("\u200B" as a respondent) is "…": something is there, and it should not look
 * like nothing. Whitespace alone is a separator, which `line` joins to its neighbour.
 */
export function run(value: string, max: number, style?: Style): RichTextText | null {
  const seen = withoutUnseen(value);
  const text = seen.trim() === '' && value.trim() !== '' ? '…' : seen;
  if (text === '') return null;
  const run: RichTextText = { type: 'text', text: truncate(text, max) };
  if (style) run.style = style;
  return run;
}

/** ":red_circle:" → the emoji element "red_circle". */
export function emoji(shortcode: string): RichTextEmoji {
  return { type: 'emoji', name: shortcode.replace(/^:|:$/g, '') };
}

/** A Slack user mention, for an id of ours that looks like one ("U0ANNA"); anything else is literal text. */
export function userOrText(id: string, style?: Style): RichTextUserMention | RichTextText | null {
  if (!/^[UW][A-Z0-9]+$/.test(id)) return run(id, 40, style);
  return style ? { type: 'user', user_id: id, style } : { type: 'user', user_id: id };
}

function blank(e: RichTextElement): e is RichTextText {
  return e.type === 'text' && e.text.trim() === '';
}

function plainRun(e: RichTextElement | undefined): e is RichTextText {
  return e?.type === 'text' && !e.style;
}

/**
 * One line (paragraph) of inline elements; empty runs are left out. Whitespace alone only ever separates two
 * things (the space between ":red_circle:" and a name in bold): runs of it are joined into one, which goes into
 * an unstyled neighbour when there is one, and is dropped at either end of the line. So a name or a quote of
 * spaces never stands as an element of its own.
 */
export function line(...elements: Array<RichTextElement | null>): RichTextSection {
  const out: RichTextElement[] = [];
  for (const e of elements) {
    if (e === null) continue;
    const last = out[out.length - 1];
    if (blank(e) && last && blank(last)) last.text += e.text;
    else out.push(e.type === 'text' ? { ...e } : e);
  }
  for (let i = 0; i < out.length; i++) {
    const e = out[i];
    if (!blank(e)) continue;
    const [before, after] = [out[i - 1], out[i + 1]];
    if (before === undefined || after === undefined) out.splice(i--, 1);
    else if (plainRun(before)) {
      before.text += e.text;
      out.splice(i--, 1);
    } else if (plainRun(after)) {
      after.text = e.text + after.text;
      out.splice(i--, 1);
    } else delete e.style;
  }
  return { type: 'rich_text_section', elements: out };
}

/** A block quote of literal text; "…" when there is nothing to see in it. */
export function quote(value: string, max: number): RichTextQuote {
  return {
    type: 'rich_text_quote',
    elements: [run(withoutUnseen(value).trim() === '' ? '…' : value, max) as RichTextText],
  };
}

/** A rich_text block of lines and quotes; lines left empty are dropped. */
export function richText(...parts: Array<RichTextSection | RichTextQuote>): RichTextBlock {
  return { type: 'rich_text', elements: parts.filter((p) => p.elements.length > 0) };
}

/**
 * Our own Swedish (never document text) as runs, its `/remiss` in backticks as code: the strings are written for
 * mrkdwn, and in rich text a backtick would be shown as one.
 */
export function ours(value: string, max: number): Array<RichTextText | null> {
  // split with a capture group: words at even indexes, the code between backticks at odd ones.
  return value.split(/`([^`]+)`/).map((part, i) => (i % 2 === 0 ? run(part, max) : run(part, max, { code: true })));
}
