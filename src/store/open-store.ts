import { resolve } from 'node:path';
import { openPostgresStore } from './postgres/postgres-store.js';
import { urlProblem } from './postgres/redact.js';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB_PATH = 'data/remiss.db';

export type StoreLocation = { backend: 'sqlite'; path: string } | { backend: 'postgres'; url: string };

/** `REMISS_DB` picks the database: a file path (default data/remiss.db) or a postgres:// URL (the shared store). */
export function storeLocation(env: NodeJS.ProcessEnv = process.env): StoreLocation {
  const value = env.REMISS_DB?.trim();
  if (!value) return { backend: 'sqlite', path: resolve(DEFAULT_DB_PATH) };
  if (/^postgres(ql)?:\/\//i.test(value)) return { backend: 'postgres', url: value };
  return { backend: 'sqlite', path: value === ':memory:' ? value : resolve(value) };
}

/**
 * Which database, for logs and messages: "SQLite /srv/remiss/data/remiss.db" or "PostgreSQL db.example:5432/remiss"
 * (host, port and database; never the URL, which may hold a user name and password).
 */
export function storeLabel(location: StoreLocation): string {
  if (location.backend === 'sqlite') return `SQLite ${location.path}`;
  // A malformed URL's "host" may be a piece of the password (redact.ts): name only the variable then.
  if (urlProblem(location.url)) return 'REMISS_DB (PostgreSQL)';
  const url = new URL(location.url);
  return `PostgreSQL ${url.host}${url.pathname}`;
}

/** The one place that turns the environment into an open Store. */
export async function openStore(
  env: NodeJS.ProcessEnv = process.env,
  options: Omit<SqliteStoreOptions, 'clock'> & { clock?: () => Date } = {},
): Promise<Store> {
  const location = storeLocation(env);
  if (location.backend === 'postgres') {
    // The URL may hold a password: the PostgreSQL store redacts it in every message.
    return openPostgresStore(location.url, { readOnly: options.readOnly, clock: options.clock });
  }
  return openSqliteStore(location.path, options);
}
