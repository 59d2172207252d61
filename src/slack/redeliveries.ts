/**
 * Slack redelivers an event it thinks was not received: no HTTP 200 within 3 s (an event-loop stall, a restart
 * mid-request), or a Socket Mode envelope not acknowledged in time. It retries up to three times over about five
 * minutes, with the same `event_id` (and `X-Slack-Retry-Num`, `X-Slack-Retry-Reason`, which Bolt puts in
 * `context.retryNum`/`retryReason`). Bolt acknowledges events before any middleware runs, so a redelivery means
 * only that the first answer was late, not that it was lost: answering it again gave three answers to one
 * `@remiss` and a second "redan inläst" to one shared file. This drops an event_id seen within the window.
 *
 * Per instance, in memory: after a restart the first retry is answered (the first delivery may have died with
 * the process), and with several instances a retry that reaches another one is answered there too. Closing that
 * would take a claim in the shared store, one write per event, like the digest's per-day claim (README).
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { RecentKeys } from './recent-keys.js';

/** Slack's last retry comes about five minutes after the first delivery; kept three times as long. */
export const REDELIVERY_WINDOW_MS = 15 * 60_000;

export function dropRedeliveries(
  seen: RecentKeys = new RecentKeys(REDELIVERY_WINDOW_MS),
): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, logger, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !seen.claim(eventId)) {
      const retry = `retry=${context.retryNum ?? 'none'} reason=${context.retryReason ?? 'none'}`;
      logger.info(`event redelivered, not handled again: event_id=${eventId} ${retry}`);
      return;
    }
    await next();
  };
}
