import type { Pool } from 'pg';
import { claimKeySql, claimTimes, completeKeySql, pruneKeysSql, releaseKeySql } from '../shared/handled-keys.js';
import type { ClaimWindow } from '../store.js';

// The Slack events and clicks handled lately (shared/handled-keys.ts). Each function is ONE statement, so the row
// lock taken by INSERT … ON CONFLICT decides between instances that receive one event at the same moment.

type Queryable = Pick<Pool, 'query'>;

const param = (n: number) => `$${n}`;

/** True when this caller now holds `key`; `prune` first deletes every key past its window (a statement of its own). */
export async function claimKeyRow(
  db: Queryable,
  key: string,
  now: Date,
  window: ClaimWindow,
  prune: boolean,
): Promise<boolean> {
  const times = claimTimes(now, window);
  if (prune) await db.query(pruneKeysSql(param), [now]);
  const result = await db.query(claimKeySql(param), [key, times.now, times.expires, times.leaseCutoff]);
  return (result.rowCount ?? 0) > 0;
}

export async function completeKeyRow(db: Queryable, key: string): Promise<void> {
  await db.query(completeKeySql(param), [key]);
}

export async function releaseKeyRow(db: Queryable, key: string): Promise<void> {
  await db.query(releaseKeySql(param), [key]);
}
