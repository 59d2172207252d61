import { resolve } from 'node:path';
import { ErrorCode, RemissError } from '../errors.js';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB_PATH = 'data/remiss.db';

export type StoreLocation = { backend: 'sqlite'; path: string } | { backend: 'postgres'; url: string };

/** `REMISS_DB` picks the database: a file path (default data/remiss.db) or, later, a postgres:// URL. */
export function storeLocation(env: NodeJS.ProcessEnv = process.env): StoreLocation {
  const value = env.REMISS_DB?.trim();
  if (!value) return { backend: 'sqlite', path: resolve(DEFAULT_DB_PATH) };
  if (/^postgres(ql)?:\/\//i.test(value)) return { backend: 'postgres', url: value };
  return { backend: 'sqlite', path: value === ':memory:' ? value : resolve(value) };
}

/** The one place that turns the environment into an open Store. */
export async function openStore(
  env: NodeJS.ProcessEnv = process.env,
  options: Omit<SqliteStoreOptions, 'clock'> & { clock?: () => Date } = {},
): Promise<Store> {
  const location = storeLocation(env);
  if (location.backend === 'postgres') {
    // The URL may hold a password: never echo it.
    throw new RemissError(
      ErrorCode.InvalidConfig,
      'REMISS_DB is a PostgreSQL URL, but PostgreSQL support is not built yet; use a SQLite file path',
    );
  }
  return openSqliteStore(location.path, options);
}
