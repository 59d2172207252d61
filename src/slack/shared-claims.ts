/**
 * Once across instances: a Slack event (its event_id) or a click (a button on its message) is handled by one
 * instance, whichever instance each delivery reaches. Two layers:
 * - this instance's memory (RecentKeys), free: a repeat that reaches the same instance stops here;
 * - the shared store's claim (Store.claimKey), one row write (and one more to mark it done): a repeat that
 *   reaches another instance stops there.
 *   Completed, a key holds for its window; released (the work failed), the next delivery or click may try; never
 *   completed (its holder died), another instance takes it over after the lease.
 *
 * When the store itself fails (database down), the work is done anyway and one line is logged: answering twice is
 * better than never, and the handlers already tell users "Försök igen om en stund" when they need the database.
 */
import type { Logger } from '@slack/bolt';
import type { ClaimWindow, Store } from '../store/store.js';
import { RecentKeys } from './recent-keys.js';
import { describeError } from './request-log.js';

/** The part of the store a claim needs: tests pass a store of their own. */
export type HandledKeys = Pick<Store, 'claimKey' | 'completeKey' | 'releaseKey'>;

export interface ClaimPolicy extends ClaimWindow {
  /** What is claimed, in the store's key: "event" (event:<event_id>) or "click". */
  kind: 'event' | 'click';
}

/** What `once` did: nothing (another delivery or click holds the key), or the work, which did or did not happen. */
export type ClaimOutcome = 'held' | 'done' | 'not-done';

export class SharedClaims {
  private readonly local: RecentKeys;

  constructor(
    private readonly store: HandledKeys,
    private readonly policy: ClaimPolicy,
    private readonly now: () => Date,
  ) {
    this.local = new RecentKeys(policy.windowMs, () => now().getTime());
  }

  /** True when this instance may do the work for `key`: nobody did it or is doing it, here or elsewhere. */
  async claim(key: string, logger: Logger): Promise<boolean> {
    return (await this.claimIn(key, logger)) !== 'held';
  }

  /** The work is done: repeats within the window, on any instance, are dropped. */
  async complete(key: string, logger: Logger): Promise<void> {
    try {
      await this.store.completeKey(this.storeKey(key));
    } catch (error) {
      // The claim stays open: after its lease another instance may do the work again.
      logger.warn(`${this.policy.kind} claim not marked done: ${describeError(error)}`);
    }
  }

  /** The work did not happen: the next delivery or click, on any instance, may try. */
  async release(key: string, logger: Logger): Promise<void> {
    this.local.release(key);
    try {
      await this.store.releaseKey(this.storeKey(key));
    } catch (error) {
      // Then the claim lapses with its lease.
      logger.warn(`${this.policy.kind} claim not given back: ${describeError(error)}`);
    }
  }

  /**
   * Claims `key` and runs `work` (true when it did what it was for): then completes the key, or releases it when
   * the work returned false or threw (and rethrows). `held` when the key was taken: the work did not run.
   */
  async once(key: string, logger: Logger, work: () => Promise<boolean>): Promise<ClaimOutcome> {
    const claimed = await this.claimIn(key, logger);
    if (claimed === 'held') return 'held';
    // A claim the store never took (it failed, logged once) is not completed or released there either.
    const shared = claimed === 'shared';
    const giveBack = () => (shared ? this.release(key, logger) : this.local.release(key));
    let done: boolean;
    try {
      done = await work();
    } catch (error) {
      await giveBack();
      throw error;
    }
    if (!done) await giveBack();
    else if (shared) await this.complete(key, logger);
    return done ? 'done' : 'not-done';
  }

  /** `shared`: claimed here and in the store; `local`: here only, the store failed; `held`: by someone else. */
  private async claimIn(key: string, logger: Logger): Promise<'shared' | 'local' | 'held'> {
    if (!this.local.claim(key)) return 'held';
    let won: boolean;
    try {
      won = await this.store.claimKey(this.storeKey(key), this.now(), this.policy);
    } catch (error) {
      logger.warn(`${this.policy.kind} claim failed, handled anyway: ${describeError(error)}`);
      return 'local';
    }
    if (won) return 'shared';
    // Held elsewhere: not remembered here, so if its holder gives it back, a repeat here may try.
    this.local.release(key);
    return 'held';
  }

  private storeKey(key: string): string {
    return `${this.policy.kind}:${key}`;
  }
}
