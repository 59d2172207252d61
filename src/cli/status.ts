import type { Store } from '../store/store.js';
import { databaseWhere, withStoreForReading } from './cli-store.js';
import { answerTimeZone, DISPLAY_TIME_ZONE, formatLocalTime } from './format-time.js';
import type { CliIo } from './io.js';
import { CLI_SV } from './strings-sv.js';

/**
 * `remiss status`: the database, its remisser, counts and the last file added, in Swedish.
 * A missing database file is reported (exit 1), not created.
 */
export async function runStatus(args: string[], io: CliIo): Promise<number> {
  if (args.length > 0) {
    io.stderr.write(`${CLI_SV.statusUsage}\n`);
    return 2;
  }
  return withStoreForReading(io, async (store) => {
    io.stdout.write(`${(await statusLines(store, databaseWhere(io.env), answerTimeZone(io.env))).join('\n')}\n`);
    return 0;
  });
}

export async function statusLines(store: Store, where: string, timeZone = DISPLAY_TIME_ZONE): Promise<string[]> {
  const status = await store.status();
  const lines = [CLI_SV.statusDatabase(where), CLI_SV.statusCounts(status)];
  for (const remiss of await store.listRemisser()) lines.push(CLI_SV.statusRemiss(remiss.id, remiss.title));
  if (status.lastAddedAt && status.lastAddedFile) {
    lines.push(CLI_SV.statusLastAdded(status.lastAddedFile, formatLocalTime(status.lastAddedAt, timeZone)));
  }
  // A catalog (or an inquiry's own report) can be there before any remissvar is.
  if (status.responses === 0) lines.push(CLI_SV.statusNoResponses);
  return lines;
}
