import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { SEED_FILES, SEEDS_DIR, workDir } from './pipeline-files.js';

const work = workDir();
afterAll(() => work.remove());

const COPIES = 400;
const KILL_AFTER = 40;

/** Many distinct remissvar: each seed again with a numbered closing line, so every copy has its own hash. */
function writeCorpus(): string {
  const dir = join(work.dir, 'corpus');
  mkdirSync(dir);
  for (let i = 0; i < COPIES; i++) {
    const seed = SEED_FILES[i % SEED_FILES.length];
    const text = readFileSync(join(SEEDS_DIR, seed), 'utf8');
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}-${seed}`), `${text}\nDiarienummer ${i}\n`);
  }
  return dir;
}

interface Saved {
  hash: string;
  stances: number;
}

/** Runs the ingest child, SIGKILLs it after KILL_AFTER committed documents, returns what it reported. */
function ingestAndKill(dbPath: string, folder: string): Promise<{ saved: Saved[]; finished: boolean }> {
  const script = resolve(__dirname, 'ingest-until-killed.script.ts');
  const child = spawn('npx', ['tsx', script, dbPath, folder], { cwd: resolve(__dirname, '../..') });
  const saved: Saved[] = [];
  let finished = false;
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const [word, hash, stances] = line.split(' ');
      if (word === 'saved') saved.push({ hash, stances: Number(stances) });
      if (word === 'done') finished = true;
      if (saved.length === KILL_AFTER && !child.killed) child.kill('SIGKILL');
    }
  });
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('exit', () => resolvePromise({ saved, finished }));
  });
}

describe('When an ingest is killed half-way', () => {
  const dbPath = work.db();
  let result: { saved: Saved[]; finished: boolean };

  beforeAll(async () => {
    result = await ingestAndKill(dbPath, writeCorpus());
  }, 120_000);

  test('the child was killed before it finished', () => {
    expect(result.finished).toBe(false);
    expect(result.saved.length).toBeGreaterThanOrEqual(KILL_AFTER);
  });

  test('the database passes SQLite integrity check', () => {
    const db = new DatabaseSync(dbPath);
    expect(db.prepare('PRAGMA integrity_check').get()?.integrity_check).toBe('ok');
    db.close();
  });

  test('every document committed before the kill is there with all its stances', async () => {
    const store = await openSqliteStore(dbPath);
    const found: Saved[] = [];
    for (const { hash } of result.saved) {
      const doc = await store.documentByHash(hash);
      const t = doc?.tally;
      found.push({ hash, stances: t ? t.for + t.partly + t.against + t.neutral : -1 });
    }
    await store.close();
    expect(found).toEqual(result.saved);
  });

  test('a second ingest completes the rest', async () => {
    const store = await openSqliteStore(dbPath);
    const { ingestPaths } = await import('../../src/ingest/pipeline.js');
    const report = await ingestPaths(store, [join(work.dir, 'corpus')]);
    await store.close();
    expect(report.counts.failed).toBe(0);
    expect(report.counts.unchanged).toBeGreaterThanOrEqual(KILL_AFTER);
  });
});
