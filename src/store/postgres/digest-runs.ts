import type { Pool } from 'pg';
import type { DigestRun } from '../store.js';

// The daily digest's turn-taking, one row per day. Each function is ONE statement, so the row lock taken by
// INSERT … ON CONFLICT decides between instances that wake at the same minute: the second waits for the
// first's commit, then re-checks the WHERE against the committed row and gets no row back.

type Queryable = Pick<Pool, 'query'>;

/** True when this caller now holds `day`: no row, or a claim older than the lease (its holder died). */
export async function claimDigestRow(db: Queryable, day: string, now: Date, leaseMs: number): Promise<boolean> {
  const expired = new Date(now.getTime() - leaseMs);
  const result = await db.query(
    `INSERT INTO digest_runs AS r (day, status, claimed_at) VALUES ($1, 'claimed', $2)
     ON CONFLICT (day) DO UPDATE SET status = 'claimed', claimed_at = excluded.claimed_at, sent_at = NULL
       WHERE r.status = 'claimed' AND (r.claimed_at IS NULL OR r.claimed_at <= $3)
     RETURNING day`,
    [day, now, expired],
  );
  return (result.rowCount ?? 0) > 0;
}

export async function completeDigestRow(db: Queryable, day: string, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO digest_runs (day, status, sent_at) VALUES ($1, 'sent', $2)
     ON CONFLICT (day) DO UPDATE SET status = 'sent', sent_at = excluded.sent_at`,
    [day, now],
  );
}

/** Only an open claim is given back; a day already sent stays sent. */
export async function releaseDigestRow(db: Queryable, day: string): Promise<void> {
  await db.query(`DELETE FROM digest_runs WHERE day = $1 AND status = 'claimed'`, [day]);
}

export async function digestRunRow(db: Queryable, day: string): Promise<DigestRun | null> {
  const result = await db.query('SELECT status, claimed_at FROM digest_runs WHERE day = $1', [day]);
  const row = result.rows[0];
  if (!row) return null;
  return {
    status: row.status === 'sent' ? 'sent' : 'claimed',
    claimedAt: row.claimed_at ? new Date(row.claimed_at).toISOString() : null,
  };
}

export async function lastDigestSentAtRow(db: Queryable): Promise<Date | null> {
  const result = await db.query(`SELECT max(sent_at) AS sent_at FROM digest_runs WHERE status = 'sent'`);
  const value = result.rows[0]?.sent_at;
  return value ? new Date(value) : null;
}
