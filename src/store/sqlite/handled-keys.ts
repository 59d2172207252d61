import type { DatabaseSync } from 'node:sqlite';
import { claimKeySql, claimTimes, completeKeySql, pruneKeysSql, releaseKeySql } from '../shared/handled-keys.js';
import type { ClaimWindow } from '../store.js';

// The Slack events and clicks handled lately (shared/handled-keys.ts). Callers run these inside BEGIN IMMEDIATE;
// times are ISO 8601 text, which sorts as time does.

const param = (n: number) => `?${n}`;

/** True when this caller now holds `key`; `prune` first deletes every key past its window. */
export function claimKeyRow(db: DatabaseSync, key: string, now: Date, window: ClaimWindow, prune: boolean): boolean {
  const times = claimTimes(now, window);
  if (prune) db.prepare(pruneKeysSql(param)).run(now.toISOString());
  const row = db
    .prepare(claimKeySql(param))
    .get(key, times.now.toISOString(), times.expires.toISOString(), times.leaseCutoff.toISOString());
  return row !== undefined;
}

export function completeKeyRow(db: DatabaseSync, key: string): void {
  db.prepare(completeKeySql(param)).run(key);
}

export function releaseKeyRow(db: DatabaseSync, key: string): void {
  db.prepare(releaseKeySql(param)).run(key);
}
