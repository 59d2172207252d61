import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, isRemissError } from '../../../src/errors.js';
import { ingestBuffer, ingestPaths } from '../../../src/ingest/pipeline.js';
import { type WorkerReaderOptions, workerReaders } from '../../../src/ingest/reader/worker-reader.js';
import { openSqliteStore } from '../../../src/store/sqlite-store.js';
import type { Store } from '../../../src/store/store.js';
import { waitFor } from '../../helpers/fake-slack.js';
import { largeText } from '../../helpers/large-text.js';
import { isRunning } from '../../helpers/process-alive.js';
import { SEEDS_DIR, workDir } from '../pipeline-files.js';

const HOSTILE_WORKER = join(__dirname, '..', '..', 'fixtures', 'workers', 'hostile-file-worker.ts');

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

/** Worker readers whose starts (and their process ids), warnings and log lines the test sees. */
function observed(options: Omit<WorkerReaderOptions, 'log' | 'onStart'> = {}) {
  const seen = { starts: 0, pids: [] as number[], warnings: [] as string[], info: [] as string[] };
  const open = workerReaders({
    ...options,
    log: { warn: (line) => seen.warnings.push(line), info: (line) => seen.info.push(line) },
    onStart: (_ms, pid) => {
      seen.starts++;
      seen.pids.push(pid);
    },
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
      expect(isRunning(seen.pids[0])).toBe(false);
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
  // 48 MB of heap: the seeds are read within it; a file named as a marker is not (see hostile-file-worker.ts).
  const limits = { heapLimitMb: 48, entry: HOSTILE_WORKER };

  // V8 ends the growing array by aborting the whole process it runs in: were the worker a thread of this
  // process, this test run would end here.
  test.each(['oom-growing-array.txt', 'oom-many-strings.txt'])(
    '%s fails with ReaderCrashed, out of memory, and the next shared file is ingested',
    async (name) => {
      const { open, seen } = observed(limits);
      const crashed = await ingestBuffer(store, largeText(1, VISION), name, { openReader: open });
      expect(crashed).toMatchObject({ status: 'failed', error: { code: ErrorCode.ReaderCrashed } });
      expect(crashed.error?.message).toContain('out of memory');
      expect(isRunning(seen.pids[0])).toBe(false);
      const next = await ingestBuffer(store, largeText(1, ASTORP), 'astorp.txt', { openReader: open });
      expect(next).toMatchObject({ status: 'added', respondent: 'Åstorps kommun' });
      expect(seen.starts).toBe(2);
      expect(seen.warnings).toEqual([]);
    },
  );

  test('in a folder, the files before and after it are still ingested, one read again by a fresh worker', async () => {
    const dir = join(work.dir, 'oom');
    mkdirSync(dir, { recursive: true });
    // In order: a's text is held by the worker that b then crashes; c is read by the next worker.
    copyFileSync(join(SEEDS_DIR, VISION), join(dir, 'a-vision.txt'));
    copyFileSync(join(SEEDS_DIR, VISION), join(dir, 'b-oom-growing-array.txt'));
    copyFileSync(join(SEEDS_DIR, ASTORP), join(dir, 'c-astorp.txt'));
    const { open } = observed(limits);
    const report = await ingestPaths(store, [dir], { openReader: open });
    expect(report.files.map((f) => [f.file.slice(dir.length + 1), f.status, f.error?.code])).toEqual([
      ['a-vision.txt', 'added', undefined],
      ['b-oom-growing-array.txt', 'failed', ErrorCode.ReaderCrashed],
      ['c-astorp.txt', 'added', undefined],
    ]);
    expect(report.files[0].respondent).toBe('Vision');
  });
});

describe('When a reader is closed', () => {
  test('its worker process is gone', async () => {
    const { open, seen } = observed();
    const reader = open();
    await reader.read({ path: join(SEEDS_DIR, ASTORP) });
    expect(isRunning(seen.pids[0])).toBe(true);
    await reader.close();
    expect(isRunning(seen.pids[0])).toBe(false);
  });

  test('while its worker loops on a file, the worker process is gone and the file fails with ReaderCrashed', async () => {
    const { open, seen } = observed({ entry: HOSTILE_WORKER });
    const reader = open();
    const read = await reader.read({ path: join(SEEDS_DIR, ASTORP) });
    const name = join(work.dir, 'loops-forever.txt');
    const parsing = reader.parse(read, name, []).catch((error: unknown) => error);
    await waitFor(() => existsSync(`${name}.looping`), 'the worker looping');
    await reader.close();
    expect(isRunning(seen.pids[0])).toBe(false);
    expect(isRemissError(await parsing, ErrorCode.ReaderCrashed)).toBe(true);
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
