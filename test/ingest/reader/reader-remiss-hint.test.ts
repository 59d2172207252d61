import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalogFile } from '../../../src/core/catalog/catalog-file.js';
import { type DocumentReader, inThreadReader } from '../../../src/ingest/reader/document-reader.js';
import { SourceShelf } from '../../../src/ingest/reader/source-shelf.js';
import { workerReaders } from '../../../src/ingest/reader/worker-reader.js';
import { LETTER_WITHOUT_REMISS } from '../../helpers/letter-without-remiss.js';
import { SEEDS_DIR, workDir } from '../pipeline-files.js';

const work = workDir();
afterAll(() => work.remove());
const letter = join(work.dir, 'utan-remiss.txt');
writeFileSync(letter, LETTER_WITHOUT_REMISS);
const curated = parseCatalogFile(readFileSync(join(SEEDS_DIR, 'catalogs', 'sou-2024-72.tsv'), 'utf8')).proposals;

async function readAndParse(open: () => DocumentReader, input: Parameters<DocumentReader['read']>[0]) {
  const reader = open();
  try {
    const file = await reader.read(input);
    return { harvested: file.harvested, parsed: await reader.parse(file, 'utan-remiss.txt', [curated, [], []]) };
  } finally {
    await reader.close();
  }
}

describe.each([
  ['in this thread', inThreadReader],
  ['in the ingest worker', workerReaders()],
])('When a letter without a remiss is read with the hint SOU 2024:72 %s', (_where, open) => {
  test('a path is parsed under the hinted remiss, with its catalog', async () => {
    const { parsed, harvested } = await readAndParse(open, { path: letter, remissHint: 'SOU 2024:72' });
    expect(parsed.remiss?.id).toBe('SOU 2024:72');
    expect(parsed.stances.map((s) => s.proposal)).toContain('7.2.3');
    expect(harvested.every((p) => p.remiss === 'SOU 2024:72')).toBe(true);
  });

  test('bytes are parsed under the hinted remiss', async () => {
    const bytes = new TextEncoder().encode(LETTER_WITHOUT_REMISS);
    const { parsed } = await readAndParse(open, { bytes, fileName: 'delad.txt', remissHint: 'SOU 2024:72' });
    expect(parsed.remiss?.id).toBe('SOU 2024:72');
  });
});

describe('When a reader parses a file it must read again (its text was dropped or its worker stopped)', () => {
  test('the hint travels with the path to read again', async () => {
    const shelf = new SourceShelf();
    const parsed = await shelf.parse(1, 'utan-remiss.txt', { path: letter, options: {}, remissHint: 'SOU 2024:72' });
    expect(parsed.remiss?.id).toBe('SOU 2024:72');
  });
});

// The real worker, except that parsing a file whose name holds "oom-growing-array" exhausts its heap.
const HOSTILE_WORKER = join(__dirname, '..', '..', 'fixtures', 'workers', 'hostile-file-worker.ts');

describe('When the ingest worker that read a letter with a hint has crashed before the parse', () => {
  test('the next worker reads it again with the hint', async () => {
    const pids: number[] = [];
    const open = workerReaders({ entry: HOSTILE_WORKER, heapLimitMb: 48, onStart: (_ms, pid) => pids.push(pid) });
    const reader = open();
    try {
      const held = await reader.read({ path: letter, remissHint: 'SOU 2024:72' });
      const other = await reader.read({ path: letter });
      // The crash fails this parse once the worker is gone, so the next request goes to a fresh one.
      await expect(reader.parse(other, 'oom-growing-array.txt', [])).rejects.toThrow(/stopped/);
      const parsed = await reader.parse(held, 'utan-remiss.txt', [curated, [], []]);
      expect(pids.length).toBe(2);
      expect(parsed.remiss?.id).toBe('SOU 2024:72');
    } finally {
      await reader.close();
    }
  });
});
