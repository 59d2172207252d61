/** Block Kit form pieces shared by the modals: options and input blocks, within Slack's limits. Pure. */
import type { KnownBlock, PlainTextOption } from '@slack/types';
import { plainText } from './blocks-text.js';

/** Slack's limits: characters of an option's text, options in one select (or one options response). */
export const OPTION_TEXT = 75;
export const MAX_OPTIONS = 100;

/**
 * An option whose text is cut to Slack's 75 characters (never empty: Slack refuses that). Emoji off: option texts
 * carry document text (a sentence, a title), whose ":tada:" is shown as written.
 */
export function option(text: string, value: string): PlainTextOption {
  return { text: { type: 'plain_text', text: plainText(text, OPTION_TEXT) || '–', emoji: false }, value };
}

export function input(
  blockId: string,
  label: string,
  element: KnownBlock | object,
  optional = false,
  hint?: string,
): KnownBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: { type: 'plain_text', text: label },
    element,
    optional,
    ...(hint ? { hint: { type: 'plain_text', text: hint } } : {}),
  } as KnownBlock;
}
