import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode, RemissError } from '../../src/errors.js';
import { type SeedsWatcher, watchSeeds } from '../../src/slack/seeds-watcher.js';
import { waitFor } from '../helpers/fake-slack.js';

// Files dropped into SEEDS_DIR while the database is down must be stored once it is back, without a restart.

const down = new RemissError(ErrorCode.DatabaseUnavailable, 'PostgreSQL is unavailable (ECONNREFUSED)');

describe('When the ingest of dropped files fails as a whole (the database is down)', () => {
  let dir: string;
  let watcher: SeedsWatcher | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'remiss-watch-'));
  });
  afterEach(() => {
    watcher?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function watch(failures: number) {
    const calls: string[][] = [];
    const errors: Array<{ error: unknown; waiting?: readonly string[] }> = [];
    watcher = watchSeeds({
      dir,
      debounceMs: 20,
      retryMs: 50,
      onFiles: async (paths) => {
        calls.push(paths);
        if (calls.length <= failures) throw down;
      },
      onError: (error, waiting) => errors.push({ error, waiting }),
    });
    return { calls, errors };
  }

  test('the files are ingested again after the retry wait, without a new file arriving', async () => {
    const { calls } = watch(1);
    writeFileSync(join(dir, 'table.constructed.txt'), 'text');
    await waitFor(() => (calls.length >= 2 ? calls : undefined), 'the retry');
    expect(calls[1]).toEqual([join(dir, 'table.constructed.txt')]);
  });

  test('they are retried until the ingest succeeds, then no more', async () => {
    const { calls } = watch(3);
    writeFileSync(join(dir, 'a.txt'), 'a');
    await waitFor(() => (calls.length >= 4 ? calls : undefined), 'three retries');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).toHaveLength(4);
  });

  test('the error names the files that wait', async () => {
    const { errors } = watch(1);
    writeFileSync(join(dir, 'a.txt'), 'a');
    writeFileSync(join(dir, 'b.txt'), 'b');
    const [first] = await waitFor(() => (errors.length > 0 ? errors : undefined), 'the error');
    expect(first.error).toBe(down);
    expect([...(first.waiting ?? [])].sort()).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')]);
  });

  test('a file that arrives while others wait is ingested with them', async () => {
    const { calls } = watch(1);
    writeFileSync(join(dir, 'a.txt'), 'a');
    await waitFor(() => (calls.length >= 1 ? calls : undefined), 'the first attempt');
    writeFileSync(join(dir, 'b.txt'), 'b');
    await waitFor(() => (calls.flat().filter((p) => p.endsWith('b.txt')).length > 0 ? calls : undefined), 'b.txt');
    const stored = calls[calls.length - 1];
    expect(new Set(calls.slice(1).flat())).toEqual(new Set([join(dir, 'a.txt'), join(dir, 'b.txt')]));
    expect(stored.length).toBeGreaterThan(0);
  });

  test('after stop nothing is retried', async () => {
    const { calls } = watch(1);
    writeFileSync(join(dir, 'a.txt'), 'a');
    await waitFor(() => (calls.length >= 1 ? calls : undefined), 'the first attempt');
    watcher?.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).toHaveLength(1);
  });
});

describe('When a file is dropped into a folder inside the seeds folder (seeds/SOU 2024-72/…)', () => {
  let dir: string;
  let watcher: SeedsWatcher | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'remiss-watch-'));
  });
  afterEach(() => {
    watcher?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function watch() {
    const calls: string[][] = [];
    watcher = watchSeeds({ dir, debounceMs: 20, onFiles: async (paths) => void calls.push(paths), onError: () => {} });
    return calls;
  }

  test('it is ingested with its path inside that folder, so the folder names its remiss', async () => {
    mkdirSync(join(dir, 'SOU 2024-72'));
    const calls = watch();
    writeFileSync(join(dir, 'SOU 2024-72', 'svar.txt'), 'text');
    await waitFor(() => (calls.length > 0 ? calls : undefined), 'the ingest');
    expect(calls.flat()).toEqual([join(dir, 'SOU 2024-72', 'svar.txt')]);
  });

  test('files in hidden folders and catalogs/ are not ingested', async () => {
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'catalogs'));
    const calls = watch();
    writeFileSync(join(dir, '.git', 'notes.txt'), 'text');
    writeFileSync(join(dir, 'catalogs', 'lista.txt'), 'text');
    writeFileSync(join(dir, 'svar.txt'), 'text');
    await waitFor(() => (calls.length > 0 ? calls : undefined), 'the ingest');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls.flat()).toEqual([join(dir, 'svar.txt')]);
  });
});
