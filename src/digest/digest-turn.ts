/**
 * One attempt at today's digest. Exactly once per day across restarts and instances: the day is claimed in the
 * database first (a lease, so a crashed sender's turn passes on), marked sent only after the post succeeded,
 * and given back when the post failed, so the next attempt retries.
 */
import type { Logger } from '@slack/bolt';
import { renderDigest } from '../core/render/blocks-digest.js';
import type { SlackMessage } from '../core/render/blocks-search.js';
import type { Store } from '../store/store.js';
import { formatLocal, localTime } from './local-time.js';
import { loadDigestPlan } from './plan.js';

/**
 * `already_done`: today's digest was sent (by any instance). `taken`: another instance holds today's turn and has
 * not sent yet; if it died, its lease runs out and the scheduler's next look takes the turn over.
 */
export type DigestOutcome = 'not_due' | 'already_done' | 'taken' | 'nothing_new' | 'sent' | 'failed';

export interface DigestTurnDeps {
  store: Store;
  post(message: SlackMessage): Promise<void>;
  timeZone: string;
  hour: number;
  minute: number;
  logger: Logger;
  /** How long a claim holds before another sender may take over. */
  leaseMs?: number;
}

export const DEFAULT_LEASE_MS = 10 * 60 * 1000;

export async function runDigestTurn(deps: DigestTurnDeps, now: Date): Promise<DigestOutcome> {
  const { day, minutes } = localTime(now, deps.timeZone);
  if (minutes < deps.hour * 60 + deps.minute) return 'not_due';
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  if (!(await deps.store.claimDigest(day, now, leaseMs))) return heldElsewhere(deps, day, leaseMs);
  try {
    const since = await deps.store.lastDigestSentAt();
    const plan = await loadDigestPlan(deps.store, since, now);
    if (plan.entries.length === 0) {
      // The day's turn is done: nothing is posted, and tomorrow counts from now.
      await deps.store.completeDigest(day, now);
      deps.logger.info(`digest day=${day} outcome=nothing_new`);
      return 'nothing_new';
    }
    await deps.post(renderDigest(plan, since ? formatLocal(since, deps.timeZone) : null));
    await deps.store.completeDigest(day, now);
    deps.logger.info(`digest day=${day} outcome=sent responses=${plan.entries.length}`);
    return 'sent';
  } catch (error) {
    deps.logger.error(
      `digest day=${day} failed, will retry: ${error instanceof Error ? error.message : String(error)}`,
    );
    await deps.store.releaseDigest(day).catch((e) => deps.logger.error(e));
    return 'failed';
  }
}

/** Said in the log, so an operator sees that every instance ran its turn, and a claim that is stuck. */
async function heldElsewhere(deps: DigestTurnDeps, day: string, leaseMs: number): Promise<DigestOutcome> {
  const run = await deps.store.digestRun(day);
  if (run?.status === 'sent') {
    deps.logger.info(`digest day=${day} outcome=already_done (sent by this or another instance)`);
    return 'already_done';
  }
  const until = run?.claimedAt ? new Date(Date.parse(run.claimedAt) + leaseMs).toISOString() : 'now';
  deps.logger.info(
    `digest day=${day} outcome=taken: another instance claimed it at ${run?.claimedAt ?? '?'}; ` +
      `if it has not sent by ${until} (lease ${Math.round(leaseMs / 1000)} s), this instance takes over`,
  );
  return 'taken';
}
