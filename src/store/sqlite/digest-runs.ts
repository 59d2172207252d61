import type { DatabaseSync } from 'node:sqlite';
import type { DigestRun } from '../store.js';

// The daily digest's turn-taking, one row per day. Callers run these inside BEGIN IMMEDIATE, so two
// instances cannot both see "free" and both claim.

export function claimDigestRow(db: DatabaseSync, day: string, now: Date, leaseMs: number): boolean {
  const row = db.prepare('SELECT status, claimed_at FROM digest_runs WHERE day = ?').get(day);
  if (row?.status === 'sent') return false;
  if (row?.status === 'claimed') {
    const claimedAt = Date.parse(String(row.claimed_at));
    if (Number.isFinite(claimedAt) && now.getTime() - claimedAt < leaseMs) return false;
  }
  db.prepare(
    `INSERT INTO digest_runs (day, status, claimed_at) VALUES (?, 'claimed', ?)
     ON CONFLICT (day) DO UPDATE SET status = 'claimed', claimed_at = excluded.claimed_at`,
  ).run(day, now.toISOString());
  return true;
}

export function completeDigestRow(db: DatabaseSync, day: string, now: Date): void {
  db.prepare(
    `INSERT INTO digest_runs (day, status, sent_at) VALUES (?, 'sent', ?)
     ON CONFLICT (day) DO UPDATE SET status = 'sent', sent_at = excluded.sent_at`,
  ).run(day, now.toISOString());
}

/** Only an open claim is given back; a day already sent stays sent. */
export function releaseDigestRow(db: DatabaseSync, day: string): void {
  db.prepare(`DELETE FROM digest_runs WHERE day = ? AND status = 'claimed'`).run(day);
}

export function digestRunRow(db: DatabaseSync, day: string): DigestRun | null {
  const row = db.prepare('SELECT status, claimed_at FROM digest_runs WHERE day = ?').get(day);
  if (!row) return null;
  return {
    status: row.status === 'sent' ? 'sent' : 'claimed',
    claimedAt: row.claimed_at ? new Date(String(row.claimed_at)).toISOString() : null,
  };
}

export function lastDigestSentAtRow(db: DatabaseSync): Date | null {
  const row = db.prepare(`SELECT max(sent_at) AS sent_at FROM digest_runs WHERE status = 'sent'`).get();
  return row?.sent_at ? new Date(String(row.sent_at)) : null;
}
