import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, isRemissError } from '../../../src/errors.js';
import { ingestBuffer, ingestPaths } from '../../../src/ingest/pipeline.js';
import { type WorkerReaderOptions, workerReaders } from '../../../src/ingest/reader/worker-reader.js';
import { openSqliteStore } from '../../../src/store/sqlite-store.js';
import type { Store } from '../../../src/store/store.js';
import { waitFor } from '../../helpers/fake-slack.js';
import { largeText } from '../../helpers/large-text.js';
import { SEEDS_DIR, workDir } from '../pipeline-files.js';

const OOM_WORKER = join(__dirname, '..', '..', 'fixtures', 'workers', 'oom-on-large-file-worker.ts');

const work = workDir();
afterAll(() => work.remove());

let store: Store;
beforeEach(async () => {
  store = await openSqliteStore(work.db());
});
afterEach(async () => {
  await store.close();
});

const VISION = '000_60d22344ceaed4cd.txt';
const ASTORP = '002_d8f4ead73eb6a353.txt';

/** Worker readers whose starts, warnings and log lines the test sees. */
function observed(options: Omit<WorkerReaderOptions, 'log' | 'onStart'> = {}) {
  const seen = { starts: 0, warnings: [] as string[], info: [] as string[] };
  const open = workerReaders({
    ...options,
    log: { warn: (line) => seen.warnings.push(line), info: (line) => seen.info.push(line) },
    onStart: () => seen.starts++,
  });
  return { open, seen };
}

describe('When reading a file takes longer than its bound', () => {
  test('the read fails with Timeout and the worker, busy parsing, is terminated', async () => {
    const { open, seen } = observed();
    const reader = open();
    try {
      // 4 MB of text keep the worker busy in one synchronous stretch: only terminating it stops that.
      const bytes = largeText(4_000_000);
      const error = await reader.read({ bytes, fileName: 'stor.txt' }, { timeoutMs: 1 }).catch((e: unknown) => e);
      expect(isRemissError(error, ErrorCode.Timeout)).toBe(true);
      // Logged once the worker has exited, not merely when the caller stopped waiting.
      expect(await waitFor(() => seen.info.find((l) => l.includes('terminated')), 'the worker terminated')).toContain(
        'stor.txt',
      );
    } finally {
      await reader.close();
    }
  });

  test('the next file gets a fresh worker and is read', async () => {
    const { open, seen } = observed();
    const reader = open();
    try {
      await reader.read({ bytes: largeText(4_000_000), fileName: 'stor.txt' }, { timeoutMs: 1 }).catch(() => null);
      const next = await reader.read({ path: join(SEEDS_DIR, ASTORP) });
      expect((await reader.parse(next, ASTORP, [])).respondent).toBe('Åstorps kommun');
      expect(seen.starts).toBe(2);
    } finally {
      await reader.close();
    }
  });
});

describe('When the worker runs out of memory on a file', () => {
  // 48 MB of heap: the seeds read within it; "stor.txt" does not (the worker of OOM_WORKER, see why there).
  const limits = { resourceLimits: { maxOldGenerationSizeMb: 48 }, entry: OOM_WORKER };

  test('a shared file fails with ReaderCrashed, and the next shared file is ingested', async () => {
    const { open, seen } = observed(limits);
    const crashed = await ingestBuffer(store, largeText(6_000_000), 'stor.txt', { openReader: open });
    expect(crashed).toMatchObject({ status: 'failed', error: { code: ErrorCode.ReaderCrashed } });
    expect(crashed.error?.message).toContain('out of memory');
    const next = await ingestBuffer(store, largeText(1, ASTORP), 'astorp.txt', { openReader: open });
    expect(next).toMatchObject({ status: 'added', respondent: 'Åstorps kommun' });
    expect(seen.starts).toBe(2);
    expect(seen.warnings).toEqual([]);
  });

  test('in a folder, the files before and after it are still ingested, one read again by a fresh worker', async () => {
    const dir = join(work.dir, 'oom');
    mkdirSync(dir, { recursive: true });
    // In order: a's text is held by the worker that b then crashes; c is read by the next worker.
    copyFileSync(join(SEEDS_DIR, VISION), join(dir, 'a-vision.txt'));
    writeFileSync(join(dir, 'b-stor.txt'), largeText(6_000_000));
    copyFileSync(join(SEEDS_DIR, ASTORP), join(dir, 'c-astorp.txt'));
    const { open } = observed(limits);
    const report = await ingestPaths(store, [dir], { openReader: open });
    expect(report.files.map((f) => [f.file.slice(dir.length + 1), f.status, f.error?.code])).toEqual([
      ['a-vision.txt', 'added', undefined],
      ['b-stor.txt', 'failed', ErrorCode.ReaderCrashed],
      ['c-astorp.txt', 'added', undefined],
    ]);
    expect(report.files[0].respondent).toBe('Vision');
  });
});

describe('When no worker can start', () => {
  test('files are read in this thread, and that is said once', async () => {
    const { open, seen } = observed({ entry: join(work.dir, 'no-such-worker.js') });
    const first = await ingestBuffer(store, largeText(1, VISION), 'vision.txt', { openReader: open });
    const second = await ingestBuffer(store, largeText(1, ASTORP), 'astorp.txt', { openReader: open });
    expect([first.status, second.status]).toEqual(['added', 'added']);
    expect(seen.warnings).toHaveLength(1);
    expect(seen.warnings[0]).toContain('in-thread');
  });
});
