import { existsSync } from 'node:fs';
import { ErrorCode, isRemissError } from '../errors.js';
import { openStore, storeLabel, storeLocation } from '../store/open-store.js';
import { ENCODE_IN_PASSWORD, redactUrl } from '../store/postgres/redact.js';
import type { Store } from '../store/store.js';
import { malformedUrlSv } from './database-strings-sv.js';
import type { CliIo } from './io.js';
import { CLI_SV } from './strings-sv.js';

/**
 * Where REMISS_DB points, for messages: the file path, or "PostgreSQL db.example:5432/remiss" (host, port and
 * database; never the URL, which may hold a user name and password).
 */
export function databaseWhere(env: NodeJS.ProcessEnv): string {
  const location = storeLocation(env);
  return location.backend === 'sqlite' ? location.path : storeLabel(location);
}

/** False when the SQLite file is missing: read-only commands then say so instead of creating one. */
export function databaseExists(env: NodeJS.ProcessEnv): boolean {
  const location = storeLocation(env);
  return location.backend !== 'sqlite' || location.path === ':memory:' || existsSync(location.path);
}

/** Read-write, so an old schema upgrades; read-only when the file allows nothing else (reading still works). */
export async function openStoreForReading(env: NodeJS.ProcessEnv): Promise<Store> {
  try {
    return await openStore(env);
  } catch (error) {
    if (isRemissError(error, ErrorCode.DatabaseReadOnly) || isRemissError(error, ErrorCode.DatabaseLocked)) {
      return openStore(env, { readOnly: true });
    }
    throw error;
  }
}

/**
 * The frame of every read-only command: a missing SQLite file is said (CLI_SV.noDatabase, exit 1) and never
 * created, the store REMISS_DB names is opened for reading and always closed, and an error ends the command
 * through reportCommandError. Returns `work`'s exit code.
 */
export async function withStoreForReading(io: CliIo, work: (store: Store) => Promise<number>): Promise<number> {
  if (!databaseExists(io.env)) {
    io.stderr.write(`${CLI_SV.noDatabase(databaseWhere(io.env))}\n`);
    return 1;
  }
  let store: Store | undefined;
  try {
    store = await openStoreForReading(io.env);
    return await work(store);
  } catch (error) {
    return reportCommandError(error, io);
  } finally {
    await store?.close();
  }
}

/**
 * The one-line Swedish message for an error that ends a command; the stack trace never reaches the user.
 * A database problem names the file; anything else shows its first English line after "Oväntat fel".
 */
export function reportCommandError(error: unknown, io: CliIo): number {
  io.stderr.write(`${commandErrorText(error, io.env)}\n`);
  return 1;
}

/** The Swedish line for an error: a database's names the cause and the database (database-strings-sv.ts). */
export function commandErrorText(error: unknown, env: NodeJS.ProcessEnv): string {
  const location = storeLocation(env);
  if (isRemissError(error, ErrorCode.InvalidConfig) && location.backend === 'postgres') {
    return malformedUrlSv(redactUrl(location.url), ENCODE_IN_PASSWORD);
  }
  if (isRemissError(error) && CLI_SV.database[error.code]) {
    return CLI_SV.database[error.code](databaseWhere(env), error.details);
  }
  return CLI_SV.unexpected(error instanceof Error ? error.message.split('\n')[0] : String(error));
}
