/**
 * Rich text for what respondents wrote. A `rich_text` block is structure, not markup: its `text` elements are
 * shown as written, so a quote's "*fet*", "_kursiv_", "`kod`", a bare https://… or "<!channel>" stay words. There is
 * nothing to escape, and nothing may be: "&amp;" would be shown as such. Mentions and links only exist as their own
 * element types, which these helpers make only from our own data (a stored Slack user id), never from document
 * text. Pure.
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
import { truncate } from './blocks-text.js';

/**
 * Our bound on the characters of one rich_text block. Slack documents none; we hold it to what a section's text
 * may hold (3,000), so that no message grows by moving text from mrkdwn into rich text.
 */
export const RICH_TEXT_MAX = 3000;

type Style = NonNullable<RichTextText['style']>;

/** A run of literal text, cut at `max` characters; null when empty (Slack rejects empty text elements). */
export function run(value: string, max: number, style?: Style): RichTextText | null {
  if (value === '') return null;
  const run: RichTextText = { type: 'text', text: truncate(value, max) };
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

/** One line (paragraph) of inline elements; empty runs are left out. */
export function line(...elements: Array<RichTextElement | null>): RichTextSection {
  return { type: 'rich_text_section', elements: elements.filter((e): e is RichTextElement => e !== null) };
}

/** A block quote of literal text. */
export function quote(value: string, max: number): RichTextQuote {
  return { type: 'rich_text_quote', elements: [run(value || '…', max) as RichTextText] };
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
