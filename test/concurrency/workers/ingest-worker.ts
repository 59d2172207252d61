// One app instance ingesting folders into the store REMISS_DB names: `tsx ingest-worker.ts FOLDER...`.
// Prints one JSON line per stored or skipped file, then {"event":"done",…}.
import { ingestPaths } from '../../../src/ingest/pipeline.js';
import { openStore } from '../../../src/store/open-store.js';
import { emit, readyThenGo } from './go-signal.js';

async function main(): Promise<void> {
  const store = await openStore(process.env);
  try {
    await readyThenGo();
    const report = await ingestPaths(store, process.argv.slice(2), {
      onProgress: (p) => {
        if (p.report) emit({ event: 'file', file: p.file, status: p.report.status, stances: p.report.stances });
      },
    });
    emit({ event: 'done', counts: report.counts });
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  emit({ event: 'error', message: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
});
