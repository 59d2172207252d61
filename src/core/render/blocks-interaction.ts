/**
 * Block Kit for a button whose answer cannot go where it was meant to (see interaction-strings-sv.ts). Pure.
 */
import type { KnownBlock, ModalView } from '@slack/types';
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

/**
 * A notice as a small modal, for the one way left to reach a clicker when neither the response_url (expired) nor
 * an ephemeral message (the bot is not in the channel) can: views.open with the click's trigger_id.
 */
export function renderNoticeModal(message: SlackMessage): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: I.noticeTitle },
    close: { type: 'plain_text', text: I.noticeClose },
    blocks: message.blocks,
  };
}
