/**
 * One attempt at today's digest. Exactly once per day across restarts and instances: the day is claimed in the
 * database first (a lease, so a crashed sender's turn passes on), marked sent only after the post succeeded,
 * and given back when the post failed, so the next attempt retries. The message has the same bound whatever the
 * day brings (renderDigest); should Slack still refuse it for its size, a shorter one is posted at once instead
 * of the same one again at every retry.
 */
import type { Logger } from '@slack/bolt';
import { type DigestPlan, renderDigest } from '../core/render/blocks-digest.js';
import type { SlackMessage } from '../core/render/blocks-search.js';
import { MESSAGE_TEXT_BUDGET } from '../core/render/message-budget.js';
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
  /** Whether `post` failed because Slack refused the message for its size (msg_blocks_too_long and the like). */
  refusedForSize?(error: unknown): boolean;
  timeZone: string;
  hour: number;
  minute: number;
  logger: Logger;
  /** How long a claim holds before another sender may take over. */
  leaseMs?: number;
}

export const DEFAULT_LEASE_MS = 10 * 60 * 1000;
/** The smallest digest tried after refusals: the heading and a few responses (10,000 → 5,000 → 2,500). */
const MIN_DIGEST_TEXT = 2_500;

/** Posts the digest within the message budget, and at half of it after each refusal for size, down to the minimum. */
async function postFitting(deps: DigestTurnDeps, day: string, plan: DigestPlan, since: string | null): Promise<void> {
  for (let limit = MESSAGE_TEXT_BUDGET; ; limit = Math.floor(limit / 2)) {
    try {
      return await deps.post(renderDigest(plan, since, limit));
    } catch (error) {
      if (!deps.refusedForSize?.(error) || limit / 2 < MIN_DIGEST_TEXT) throw error;
      deps.logger.warn(`digest day=${day} refused for its size at ${limit} characters; posting a shorter one`);
    }
  }
}

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
    await postFitting(deps, day, plan, since ? formatLocal(since, deps.timeZone) : null);
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
