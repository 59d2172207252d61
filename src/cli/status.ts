import type { Store } from '../store/store.js';
import { databaseExists, databaseWhere, openStoreForReading, reportCommandError } from './cli-store.js';
import { formatLocalTime } from './format-time.js';
import type { CliIo } from './io.js';
import { CLI_SV } from './strings-sv.js';

/**
 * `remiss status`: the database, its remisser, counts and the last file added, in Swedish.
 * A missing database file is reported (exit 0), not created.
 */
export async function runStatus(_args: string[], io: CliIo): Promise<number> {
  const where = databaseWhere(io.env);
  if (!databaseExists(io.env)) {
    io.stdout.write(`${CLI_SV.statusNoDatabase(where)}\n`);
    return 0;
  }
  let store: Store | undefined;
  try {
    store = await openStoreForReading(io.env);
    io.stdout.write(`${(await statusLines(store, where)).join('\n')}\n`);
    return 0;
  } catch (error) {
    return reportCommandError(error, io);
  } finally {
    await store?.close();
  }
}

export async function statusLines(store: Store, where: string): Promise<string[]> {
  const status = await store.status();
  const lines = [CLI_SV.statusDatabase(where), CLI_SV.statusCounts(status)];
  for (const remiss of await store.listRemisser()) lines.push(CLI_SV.statusRemiss(remiss.id, remiss.title));
  if (status.lastAddedAt && status.lastAddedFile) {
    lines.push(CLI_SV.statusLastAdded(status.lastAddedFile, formatLocalTime(status.lastAddedAt)));
  } else {
    lines.push(CLI_SV.statusEmpty);
  }
  return lines;
}
