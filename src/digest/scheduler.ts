/**
 * Fires the digest turn at DIGEST_TIME in DIGEST_TZ (croner), once at start (a restart after the hour still
 * sends today's digest), again after a failure, and, while another instance holds the day's turn unsent, again
 * when its lease runs out: a sender that died mid-post is taken over by an instance that is already running.
 * Turns never overlap; the database decides who sends.
 */
import type { Logger } from '@slack/bolt';
import { Cron } from 'croner';
import { DEFAULT_LEASE_MS, type DigestOutcome } from './digest-turn.js';

export interface DigestSchedulerOptions {
  turn(now: Date): Promise<DigestOutcome>;
  clock(): Date;
  hour: number;
  minute: number;
  timeZone: string;
  logger: Logger;
  /** Wait before retrying a failed post. Default 5 minutes. */
  retryMs?: number;
  /** The digest turn's lease (DigestTurnDeps.leaseMs): a turn found `taken` is looked at again after it. */
  leaseMs?: number;
}

/** Past the lease, for clocks of two machines that disagree a little. */
const TAKEOVER_MARGIN_MS = 5000;

export interface DigestScheduler {
  /** The turn run at start. */
  initial: Promise<DigestOutcome>;
  /** Runs one turn now (also what the cron job and the retry timer call). */
  tick(): Promise<DigestOutcome>;
  stop(): void;
}

export function startDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  let chain: Promise<unknown> = Promise.resolve();
  let retry: NodeJS.Timeout | undefined;
  let stopped = false;
  const lease = options.leaseMs ?? DEFAULT_LEASE_MS;
  // The claim found is at most a lease old; a short lease (tests) gets a margin of its own length.
  const takeover = lease + Math.min(TAKEOVER_MARGIN_MS, lease);

  const tick = (): Promise<DigestOutcome> => {
    const run = chain.then(async () => {
      if (stopped) return 'not_due' as const;
      const outcome = await options.turn(options.clock());
      const wait = outcome === 'failed' ? (options.retryMs ?? 5 * 60 * 1000) : outcome === 'taken' ? takeover : null;
      if (wait !== null && !stopped) {
        clearTimeout(retry);
        retry = setTimeout(() => void tick(), wait);
        retry.unref();
      }
      return outcome;
    });
    chain = run.catch((error) => options.logger.error(error));
    return run;
  };

  const job = new Cron(`${options.minute} ${options.hour} * * *`, { timezone: options.timeZone }, () => void tick());
  const initial = tick();
  initial.catch(() => undefined);
  return {
    initial,
    tick,
    stop() {
      stopped = true;
      job.stop();
      clearTimeout(retry);
    },
  };
}
