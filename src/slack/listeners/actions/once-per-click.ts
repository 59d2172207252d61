/**
 * "Posta i kanalen" and "Dela i kanalen/tråd" post for everyone, so a double click (two payloads, milliseconds
 * apart) or the same button clicked again later must not post twice. A click target is one button (its action id
 * and value) on one message (its channel and ts): the first click claims it; the others are told it is done.
 */
import type { BlockAction } from '@slack/bolt';
import { RecentKeys } from '../../recent-keys.js';

/** As long as the buttons of a private answer work at all: its response_url lives 30 minutes. */
export const CLICK_WINDOW_MS = 30 * 60_000;

/** The click targets one listener has posted for; `now` in ms (the app's clock). */
export function postedTargets(now: () => number): RecentKeys {
  return new RecentKeys(CLICK_WINDOW_MS, now);
}

/**
 * Channel, message ts, action id and value of a click: the same for every click on that button of that message,
 * by anyone. Null when the payload names no message (then every click counts).
 */
export function clickTarget(body: BlockAction, action: { action_id: string; value?: string }): string | null {
  const container = body.container as { channel_id?: string; message_ts?: string } | undefined;
  const ts = container?.message_ts ?? body.message?.ts;
  if (!ts) return null;
  const channel = container?.channel_id ?? body.channel?.id ?? '';
  return [channel, ts, action.action_id, action.value ?? ''].join('\n');
}
