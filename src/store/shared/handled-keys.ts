/**
 * The Slack events and clicks some instance has handled lately (Store.claimKey), as SQL both backends send: only
 * the placeholders and the time and boolean types differ. One row per key: `claimed_at` (when its holder took
 * it), `expires_at` (claimed_at + the window of that claim), `done` (the work finished).
 *
 * The claim is ONE statement, so the database settles two instances claiming one key at once: PostgreSQL's
 * INSERT … ON CONFLICT takes the row lock, the second waits for the first's commit, re-checks the WHERE against
 * the committed row and gets no row back; SQLite runs it under its write lock. Never check, then insert.
 */

import type { ClaimWindow } from '../store.js';

/** The n-th query parameter as the backend writes it: "?n" (SQLite) or "$n" (PostgreSQL). */
type Param = (n: number) => string;

/**
 * Parameters: key, now, now + window, now - lease. True (a row back) when the key was free: no row, or a row past
 * its window, or a claim never completed that is older than the lease.
 */
export function claimKeySql(p: Param): string {
  const [key, now, expires, leaseCutoff] = [p(1), p(2), p(3), p(4)];
  return `INSERT INTO handled_keys AS h (key, claimed_at, expires_at, done) VALUES (${key}, ${now}, ${expires}, false)
    ON CONFLICT (key) DO UPDATE SET claimed_at = excluded.claimed_at, expires_at = excluded.expires_at, done = false
      WHERE h.expires_at <= ${now} OR (NOT h.done AND h.claimed_at <= ${leaseCutoff})
    RETURNING key`;
}

/** Parameter: key. A key taken over by another instance meanwhile is marked done too: the work did happen. */
export function completeKeySql(p: Param): string {
  return `UPDATE handled_keys SET done = true WHERE key = ${p(1)}`;
}

/** Parameter: key. */
export function releaseKeySql(p: Param): string {
  return `DELETE FROM handled_keys WHERE key = ${p(1)}`;
}

/** Parameter: now. An index range on expires_at: only the rows to go are visited. */
export function pruneKeysSql(p: Param): string {
  return `DELETE FROM handled_keys WHERE expires_at <= ${p(1)}`;
}

/** The claim's times as the backend stores them (SQLite: ISO 8601 text; PostgreSQL: Date for timestamptz). */
export function claimTimes(now: Date, window: ClaimWindow): { now: Date; expires: Date; leaseCutoff: Date } {
  return {
    now,
    expires: new Date(now.getTime() + window.windowMs),
    leaseCutoff: new Date(now.getTime() - window.leaseMs),
  };
}

/** How often a store prunes, at most: each claim is one row write, not a scan. */
export const PRUNE_EVERY_MS = 60_000;

/**
 * When a store's next claim also prunes: the first claim, then at most once a minute of the claims' own clock.
 * Per store object, so each instance prunes now and then; two pruning at once delete the same rows harmlessly.
 */
export class PruneSchedule {
  private last = Number.NEGATIVE_INFINITY;

  /** True at most once per PRUNE_EVERY_MS, and marks it (before any await, so parallel claims prune once). */
  due(now: Date): boolean {
    const at = now.getTime();
    if (at - this.last < PRUNE_EVERY_MS) return false;
    this.last = at;
    return true;
  }
}
