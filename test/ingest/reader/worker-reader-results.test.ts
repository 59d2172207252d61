import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalogFile } from '../../../src/core/catalog/catalog-file.js';
import { ingestFailure } from '../../../src/ingest/ingest-failure.js';
import { ingestPaths } from '../../../src/ingest/pipeline.js';
import { type DocumentReader, inThreadReader, type ReadInput } from '../../../src/ingest/reader/document-reader.js';
import { workerReaders } from '../../../src/ingest/reader/worker-reader.js';
import { openSqliteStore } from '../../../src/store/sqlite-store.js';
import { buildDocx, buildPdf, seedPages, seedText } from '../../fixtures/constructed/build-constructed-documents.js';
import { SEED_FILES, SEEDS_DIR, workDir } from '../pipeline-files.js';

const work = workDir();
afterAll(() => work.remove());

const curated = parseCatalogFile(readFileSync(join(SEEDS_DIR, 'catalogs', 'sou-2024-72.tsv'), 'utf8')).proposals;

interface Item {
  name: string;
  input: ReadInput;
}

/** A seed's pages with what the PDF's standard font cannot draw ("►") as "?"; the rest of the text as it is. */
function drawablePages(name: string): string[][] {
  return seedPages(name).map((lines) => lines.map((line) => line.replace(/[^\t\u0020-\u00ff–—‘’“”•…€]/g, '?')));
}

/** Every seed as its text file, and constructed as PDF and DOCX bytes; and inputs every reader must refuse. */
async function inputs(): Promise<Item[]> {
  const items: Item[] = [];
  for (const name of SEED_FILES) {
    items.push({ name, input: { path: join(SEEDS_DIR, name) } });
    const pdf = `constructed-${name.replace('.txt', '.pdf')}`;
    items.push({ name: pdf, input: { bytes: await buildPdf(drawablePages(name)), fileName: pdf } });
    const docx = `constructed-${name.replace('.txt', '.docx')}`;
    items.push({ name: docx, input: { bytes: await buildDocx(seedText(name).split('\n')), fileName: docx } });
  }
  const broken = await buildPdf(drawablePages(SEED_FILES[0]));
  items.push(
    { name: 'tom.txt', input: { bytes: new Uint8Array(), fileName: 'tom.txt' } },
    {
      name: 'foto.pdf',
      input: { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0]), fileName: 'foto.pdf' },
    },
    { name: 'trasig.pdf', input: { bytes: broken.subarray(0, broken.length / 2), fileName: 'trasig.pdf' } },
    { name: 'finns-inte.txt', input: { path: join(work.dir, 'finns-inte.txt') } },
  );
  return items;
}

/** The two steps as the pipeline takes them: read and harvest every file, then parse each with one catalog. */
async function readAndParse(open: () => DocumentReader, items: Item[]) {
  const reader = open();
  try {
    const failures: unknown[] = [];
    const read = [];
    for (const item of items) {
      try {
        read.push({ item, file: await reader.read(item.input) });
      } catch (error) {
        failures.push({ name: item.name, failure: ingestFailure(error) });
      }
    }
    const harvested = read.flatMap((r) => r.file.harvested);
    const catalog = [curated, [], harvested];
    const parsed = [];
    for (const r of read) parsed.push(await reader.parse(r.file, r.item.name, catalog));
    return { harvested, parsed, failures };
  } finally {
    await reader.close();
  }
}

describe('When the seeds are read and parsed in the ingest worker', () => {
  let items: Item[];
  let inThread: Awaited<ReturnType<typeof readAndParse>>;
  let inWorker: Awaited<ReturnType<typeof readAndParse>>;
  let workersStarted = 0;
  beforeAll(async () => {
    items = await inputs();
    inThread = await readAndParse(inThreadReader, items);
    inWorker = await readAndParse(workerReaders({ onStart: () => workersStarted++ }), items);
  });

  test('one worker reads them all (not this thread, as when no worker can start)', () => {
    expect(workersStarted).toBe(1);
  });

  test('every seed, as text, PDF and DOCX, parses exactly as it does in this thread', () => {
    expect(inWorker.parsed).toStrictEqual(inThread.parsed);
    // Not equal by being empty: Åstorp's reply is read with its 16 stances in each of its three forms.
    const astorp = inThread.parsed.filter((p) => p.respondent === 'Åstorps kommun');
    expect(astorp.map((p) => p.stances.length)).toEqual([16, 16, 16]);
  });

  test('the headings harvested for the catalog are the same', () => {
    expect(inWorker.harvested).toStrictEqual(inThread.harvested);
    expect(inThread.harvested.length).toBeGreaterThan(0);
  });

  test('files that cannot be read fail with the same code and message', () => {
    expect(inWorker.failures).toStrictEqual(inThread.failures);
    expect(inThread.failures.map((f) => (f as { failure: { code: string } }).failure.code)).toEqual([
      'empty_file',
      'unsupported_format',
      'corrupt_file',
      'file_not_found',
    ]);
  });
});

describe('When the seed folder is ingested through the worker', () => {
  test('the reports and the stored answers are those of an in-thread ingest', async () => {
    const stores = [await openSqliteStore(work.db()), await openSqliteStore(work.db())];
    try {
      const now = () => new Date('2026-11-20T08:00:00Z');
      const viaThread = await ingestPaths(stores[0], [SEEDS_DIR], { now });
      let workersStarted = 0;
      const openReader = workerReaders({ onStart: () => workersStarted++ });
      const viaWorker = await ingestPaths(stores[1], [SEEDS_DIR], { now, openReader });
      expect(workersStarted).toBe(1);
      expect(viaWorker).toStrictEqual(viaThread);
      expect(viaThread.counts.added).toBe(SEED_FILES.length);
      const answers = await Promise.all(stores.map((store) => store.answersForProposal('7.2.2', 'SOU 2024:72')));
      expect(answers[1]).toEqual(answers[0]);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });
});
