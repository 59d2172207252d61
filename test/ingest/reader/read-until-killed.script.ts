// Child process for worker-reader-orphans.test.ts: opens a worker reader on the hostile-file worker, prints
// `worker <pid>` once its worker process is ready and `read` once FILE is read; with `parse`, parses FILE under
// its full path (a marker name makes the worker loop); then waits to be killed.
import { workerReaders } from '../../../src/ingest/reader/worker-reader.js';

async function main(): Promise<void> {
  const [entry, file, step] = process.argv.slice(2);
  const reader = workerReaders({ entry, onStart: (_ms, pid) => process.stdout.write(`worker ${pid}\n`) })();
  const read = await reader.read({ path: file });
  process.stdout.write('read\n');
  if (step === 'parse') await reader.parse(read, file, []);
  setInterval(() => {}, 60_000);
}

void main();
