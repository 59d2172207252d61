// Child process for sqlite-concurrent-open.test.ts: opens (and so migrates) one database, prints the outcome.
import { openSqliteStore } from '../../src/store/sqlite-store.js';

async function main(): Promise<void> {
  const [path, startAt] = process.argv.slice(2);
  // Start together: every child waits for the same wall-clock instant before opening.
  while (Date.now() < Number(startAt)) await new Promise((r) => setTimeout(r, 1));
  try {
    const store = await openSqliteStore(path);
    await store.saveDocument({
      file: `${process.pid}.txt`,
      contentHash: String(process.pid),
      parsed: {
        file: `${process.pid}.txt`,
        kind: 'response',
        remiss: null,
        respondent: null,
        stances: [],
        warnings: [],
      },
    });
    await store.close();
    process.stdout.write('ok\n');
  } catch (error) {
    process.stdout.write(`failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

void main();
