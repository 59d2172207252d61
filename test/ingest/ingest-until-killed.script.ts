// Child process for pipeline-kill.test.ts: ingests a folder and prints one line per stored document,
// `saved <sha256> <stances>`, written right after that document's transaction committed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sha256File } from '../../src/ingest/content-hash.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

async function main(): Promise<void> {
  const [dbPath, folder] = process.argv.slice(2);
  const hashes = new Map<string, string>();
  for (const name of readdirSync(folder)) hashes.set(join(folder, name), await sha256File(join(folder, name)));
  const store = await openSqliteStore(dbPath);
  process.stdout.write('ready\n');
  await ingestPaths(store, [folder], {
    onProgress: ({ phase, file, report }) => {
      if (phase === 'save' && report?.status === 'added') {
        process.stdout.write(`saved ${hashes.get(file)} ${report.stances}\n`);
      }
    },
  });
  process.stdout.write('done\n');
}

void main();
