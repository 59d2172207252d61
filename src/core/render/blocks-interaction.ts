/**
 * Block Kit for a button whose answer cannot go where it was meant to (see interaction-strings-sv.ts). Pure.
 */
import type { KnownBlock } from '@slack/types';
import type { SlackMessage } from './blocks-search.js';
import { LIMITS } from './blocks-text.js';
import { INTERACTION_SV as I } from './interaction-strings-sv.js';

/**
 * What "Posta i kanalen" got instead of an answer (an apology, "Hittade inget", a pick list), for the clicker
 * alone, under a line saying that nothing was posted. The lead is left out of a message that is already full.
 */
export function renderNotPosted(message: SlackMessage): SlackMessage {
  const lead: KnownBlock = { type: 'context', elements: [{ type: 'mrkdwn', text: I.notPosted }] };
  const room = message.blocks.length < LIMITS.blocksPerMessage;
  return { text: `${I.notPosted} ${message.text}`, blocks: room ? [lead, ...message.blocks] : message.blocks };
}
