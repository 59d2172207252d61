/**
 * Slack redelivers an event it thinks was not received: no HTTP 200 within 3 s (an event-loop stall, a restart
 * mid-request), or a Socket Mode envelope not acknowledged in time. It retries up to three times over about five
 * minutes, with the same `event_id` (and `X-Slack-Retry-Num`, `X-Slack-Retry-Reason`, which Bolt puts in
 * `context.retryNum`/`retryReason`). Bolt acknowledges events before any middleware runs, so a redelivery means
 * only that the first answer was late, not that it was lost: answering it again gave three answers to one
 * `@remiss` and a second "redan inläst" to one shared file. This drops an event_id handled within the window,
 * whichever instance the first delivery reached: in memory first, then a claim in the shared store
 * (shared-claims.ts; with several instances, PostgreSQL). A listener that throws gives the event back, so a
 * retry may try again.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { type HandledKeys, SharedClaims } from './shared-claims.js';

/** Slack's last retry comes about five minutes after the first delivery; kept three times as long. */
export const REDELIVERY_WINDOW_MS = 15 * 60_000;

/**
 * How long an event not yet answered is its first instance's. Slack retries at once (or at 3 s), after about
 * 1 minute and after about 5 minutes: the first two find a live holder still at work (an answer takes seconds)
 * and are dropped; the one at 5 minutes takes over from a holder that died, so a crash delays that answer by
 * about 5 minutes instead of losing it. Longer than 5 minutes would lose it; under about 1 minute would let the
 * 1-minute retry answer a second time while a slow ingest of a shared file is still running.
 */
export const EVENT_LEASE_MS = 2 * 60_000;

/** The events this instance and the others have handled: in memory and in the shared store. */
export function eventClaims(store: HandledKeys, now: () => Date): SharedClaims {
  return new SharedClaims(store, { kind: 'event', windowMs: REDELIVERY_WINDOW_MS, leaseMs: EVENT_LEASE_MS }, now);
}

export function dropRedeliveries(claims: SharedClaims): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, logger, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string') return next();
    const outcome = await claims.once(eventId, logger, async () => {
      await next();
      return true;
    });
    if (outcome === 'held') {
      const retry = `retry=${context.retryNum ?? 'none'} reason=${context.retryReason ?? 'none'}`;
      logger.info(`event redelivered, not handled again: event_id=${eventId} ${retry}`);
    }
  };
}
