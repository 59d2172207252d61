/**
 * Fires the digest turn at DIGEST_TIME in DIGEST_TZ (croner), once at start (a restart after the hour still
 * sends today's digest) and again after a failure. Turns never overlap; the database decides who sends.
 */
import type { Logger } from '@slack/bolt';
import { Cron } from 'croner';
import type { DigestOutcome } from './digest-turn.js';

export interface DigestSchedulerOptions {
  turn(now: Date): Promise<DigestOutcome>;
  clock(): Date;
  hour: number;
  minute: number;
  timeZone: string;
  logger: Logger;
  /** Wait before retrying a failed post. Default 5 minutes. */
  retryMs?: number;
}

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

  const tick = (): Promise<DigestOutcome> => {
    const run = chain.then(async () => {
      if (stopped) return 'not_due' as const;
      const outcome = await options.turn(options.clock());
      if (outcome === 'failed' && !stopped) {
        clearTimeout(retry);
        retry = setTimeout(() => void tick(), options.retryMs ?? 5 * 60 * 1000);
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
