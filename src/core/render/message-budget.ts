/**
 * One bound on the text of a whole message, for every renderer whose message grows with the data (answer pages,
 * quote searches, a respondent's pages, /remiss granska, pick lists, the digest). Pure.
 *
 * Slack documents no such bound, but `chat.postMessage` refuses a message whose blocks hold too much text
 * (`msg_blocks_too_long`): a Slack maintainer speaks of "12,000 text characters with a buffer for block
 * containers" (slackapi/bolt-js#2509, where markdown blocks alone passed up to 13,297), and rich_text, section,
 * header and divider blocks were refused at 11,341 characters counted as the sum of their `text` strings
 * (slackapi/bolt-js#2867). Our messages carry up to 50 blocks, each a container, so we stay well under the lowest
 * report: 10,000 characters for blocks and notification text together, leaving 1,341 (27 per block at 50 blocks)
 * for what Slack adds per container. The same bound holds for ephemeral answers too, since any of them may later
 * be posted ("Posta i kanalen") or answered in a thread with `chat.postMessage`.
 */
import { LIMITS } from './blocks-text.js';

export const MESSAGE_TEXT_BUDGET = 10_000;

/** What the blocks may hold: the budget less the notification text (the top-level `text`, at most this long). */
export const BLOCK_TEXT_BUDGET = MESSAGE_TEXT_BUDGET - LIMITS.fallbackText;

/**
 * Kept free for the lines that close a message whatever it holds: "Visar 16–30 av 80 svar", "… och 12 till",
 * "Visa fler", "Posta i kanalen".
 */
export const CLOSING_RESERVE = 400;

/**
 * The characters a message's blocks show or read out: every `text` (text objects, rich text elements, button and
 * option labels), emoji names, mentioned user ids and accessibility labels. Action ids and button values are not
 * shown and not counted.
 */
export function textLength(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + textLength(v), 0);
  if (!value || typeof value !== 'object') return 0;
  let n = 0;
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string') {
      if (key === 'text' || key === 'name' || key === 'user_id' || key === 'accessibility_label') n += child.length;
    } else n += textLength(child);
  }
  return n;
}

/** A whole message as the budget counts it: its blocks and its top-level (notification) text. */
export function messageTextLength(message: { text?: string; blocks?: unknown }): number {
  return (message.text?.length ?? 0) + textLength(message.blocks ?? []);
}

/**
 * The text left in one message's blocks while a renderer adds to it. `spend` what is always sent (a heading, the
 * closing lines); ask `take` for each entry in turn, and stop at the first one it refuses, so a page holds whole
 * entries and says how many are left.
 */
export class TextBudget {
  private used = 0;

  constructor(private readonly limit: number = BLOCK_TEXT_BUDGET) {}

  get spent(): number {
    return this.used;
  }

  spend(blocks: unknown): void {
    this.used += textLength(blocks);
  }

  /** Whether `blocks` fit with `reserve` characters still free for the closing lines. */
  fits(blocks: unknown, reserve = CLOSING_RESERVE): boolean {
    return this.used + textLength(blocks) + reserve <= this.limit;
  }

  /** Spends on `blocks` and says true when they fit; leaves the budget as it was and says false otherwise. */
  take(blocks: unknown, reserve = CLOSING_RESERVE): boolean {
    if (!this.fits(blocks, reserve)) return false;
    this.spend(blocks);
    return true;
  }
}
