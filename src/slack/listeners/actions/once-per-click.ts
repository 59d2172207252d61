/**
 * "Posta i kanalen" and "Dela i kanalen/tråd" post for everyone, so a double click (two payloads, milliseconds
 * apart) or the same button clicked again later must not post twice, whichever instance each click reaches. A
 * click target is one button (its action id and value) on one message (its channel and ts): the first click
 * claims it (shared-claims.ts); the others are told it is done. A post that did not go through gives it back.
 */
import type { BlockAction, Logger } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { type ClaimOutcome, SharedClaims } from '../../shared-claims.js';

/** As long as the buttons of a private answer work at all: its response_url lives 30 minutes. */
export const CLICK_WINDOW_MS = 30 * 60_000;

/**
 * A post is a search and one call to Slack (with its two quick retries): seconds. A click held longer than this
 * by an instance that never finished (it crashed mid-post) is the next click's, on any instance.
 */
export const CLICK_LEASE_MS = 60_000;

/** The click targets one listener has posted for, in this instance's memory and the shared store. */
export function clickClaims(deps: Pick<SlackDeps, 'store' | 'now'>): SharedClaims {
  return new SharedClaims(deps.store, { kind: 'click', windowMs: CLICK_WINDOW_MS, leaseMs: CLICK_LEASE_MS }, deps.now);
}

/**
 * Runs `post` (true when it posted) once for `target` (see SharedClaims.once). A payload that names no message
 * has no target: then every click counts.
 */
export async function oncePerClick(
  claims: SharedClaims,
  target: string | null,
  logger: Logger,
  post: () => Promise<boolean>,
): Promise<ClaimOutcome> {
  if (target === null) return (await post()) ? 'done' : 'not-done';
  return claims.once(target, logger, post);
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
