import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseCatalogFile } from '../../src/core/catalog/catalog-file.js';
import { ErrorCode, isRemissError } from '../../src/errors.js';
import { ingestBuffer, ingestPaths } from '../../src/ingest/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { SEED_FILES, SEEDS_DIR, workDir } from './pipeline-files.js';

const work = workDir();
afterAll(() => work.remove());

let store: Store;
beforeEach(async () => {
  store = await openSqliteStore(work.db());
});
afterEach(async () => {
  await store.close();
});

describe('When the seed folder is ingested', () => {
  test('every seed remissvar is added', async () => {
    const report = await ingestPaths(store, [SEEDS_DIR]);
    expect(report.files.map((f) => [basename(f.file), f.status])).toEqual(SEED_FILES.map((name) => [name, 'added']));
  });

  test('each file reports its respondent and remiss', async () => {
    const report = await ingestPaths(store, [SEEDS_DIR]);
    const astorp = report.files.find((f) => f.respondent === 'Åstorps kommun');
    expect(astorp).toMatchObject({ remiss: 'SOU 2024:72', status: 'added' });
    expect(astorp!.stances).toBeGreaterThan(0);
  });

  test('the stances stored are the stances reported', async () => {
    const report = await ingestPaths(store, [SEEDS_DIR]);
    expect((await store.status()).stances).toBe(report.newStances);
  });

  test('Åstorps kommun is found to oppose 7.2.2', async () => {
    await ingestPaths(store, [SEEDS_DIR]);
    const answers = await store.answersForProposal('7.2.2', 'SOU 2024:72');
    expect(answers.find((a) => a.respondent === 'Åstorps kommun')?.stance).toBe('against');
  });

  test('the curated catalog in seeds/catalogs fills the proposal list', async () => {
    await ingestPaths(store, [SEEDS_DIR]);
    const curated = parseCatalogFile(readFileSync(join(SEEDS_DIR, 'catalogs', 'sou-2024-72.tsv'), 'utf8')).proposals;
    expect(curated.length).toBeGreaterThan(10);
    expect((await store.listProposals('SOU 2024:72')).length).toBeGreaterThanOrEqual(curated.length);
  });

  test('ingesting the same folder again changes nothing', async () => {
    await ingestPaths(store, [SEEDS_DIR]);
    const before = await store.status();
    const again = await ingestPaths(store, [SEEDS_DIR]);
    expect(again.counts).toEqual({ added: 0, replaced: 0, unchanged: SEED_FILES.length, failed: 0 });
    expect(await store.status()).toEqual(before);
  });

  test('an unchanged file still reports what is stored for it', async () => {
    const first = await ingestPaths(store, [SEEDS_DIR]);
    const again = await ingestPaths(store, [SEEDS_DIR]);
    expect(again.files.map((f) => [f.respondent, f.stances])).toEqual(
      first.files.map((f) => [f.respondent, f.stances]),
    );
  });

  test('progress is reported for every file', async () => {
    const seen: string[] = [];
    await ingestPaths(store, [SEEDS_DIR], { onProgress: (p) => seen.push(`${p.phase} ${p.done}/${p.total}`) });
    const n = SEED_FILES.length;
    expect(seen.filter((s) => s.startsWith('read')).at(-1)).toBe(`read ${n}/${n}`);
    expect(seen.filter((s) => s.startsWith('save')).at(-1)).toBe(`save ${n}/${n}`);
  });

  test('each file is announced before its work starts, then reported when done', async () => {
    const seen: string[] = [];
    const name = (file: string) => file.split('/').at(-1)?.slice(0, 3);
    await ingestPaths(store, [SEEDS_DIR], {
      onFileStart: (p) => seen.push(`start ${p.phase} ${p.done} ${name(p.file)}`),
      onProgress: (p) => seen.push(`done ${p.phase} ${p.done} ${name(p.file)}`),
    });
    expect(seen.slice(0, 4)).toEqual(['start read 0 000', 'done read 1 000', 'start read 1 001', 'done read 2 001']);
    expect(seen).toContain('start save 0 000');
  });

  test('the injected clock dates the documents', async () => {
    await ingestPaths(store, [SEEDS_DIR], { now: () => new Date('2026-11-23T06:00:00Z') });
    expect((await store.status()).lastAddedAt).toBe('2026-11-23T06:00:00.000Z');
  });
});

describe('When a file changes', () => {
  test('a new version under the same name replaces the old one', async () => {
    const dir = work.copySeeds('changed');
    await ingestPaths(store, [dir]);
    const astorp = join(dir, SEED_FILES[2]);
    appendFileSync(astorp, '\nKommunen har inga ytterligare synpunkter.\n');
    const report = await ingestPaths(store, [dir]);
    expect(report.counts).toMatchObject({ replaced: 1, unchanged: SEED_FILES.length - 1 });
  });

  test('the replaced file leaves no old document behind', async () => {
    const dir = work.copySeeds('changed-count');
    const first = await ingestPaths(store, [dir]);
    appendFileSync(join(dir, SEED_FILES[2]), '\nKommunen har inga ytterligare synpunkter.\n');
    await ingestPaths(store, [dir]);
    expect((await store.status()).responses).toBe(first.counts.added - countReports(first));
  });
});

describe("When a respondent's letter arrives again under another file name", () => {
  // The QA reproduction: Föreningen Sveriges socialchefer's seed, copied with one added newline.
  const FSS = SEED_FILES[1];
  const copyOfFss = (name: string) => {
    const dir = join(work.dir, `fss-${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), `${readFileSync(join(SEEDS_DIR, FSS), 'utf8')}\n`);
    return join(dir, name);
  };

  test('the copy replaces the stored answer, and the report names the file it replaced', async () => {
    await ingestPaths(store, [SEEDS_DIR]);
    const report = await ingestPaths(store, [copyOfFss('fss-remissvar.txt')]);
    expect(report.files[0]).toMatchObject({
      status: 'replaced',
      respondent: 'Föreningen Sveriges socialchefer',
      replaces: [FSS],
    });
    expect(report.counts).toMatchObject({ added: 0, replaced: 1 });
  });

  test('7.2.2 lists the respondent once, from the new file', async () => {
    await ingestPaths(store, [SEEDS_DIR]);
    await ingestPaths(store, [copyOfFss('fss-remissvar.txt')]);
    const fss = (await store.answersForProposal('7.2.2', 'SOU 2024:72')).filter((a) =>
      a.respondent.startsWith('Föreningen'),
    );
    expect(fss.map((a) => a.file)).toEqual(['fss-remissvar.txt']);
  });

  test('a new version under the same name names no other file', async () => {
    const dir = work.copySeeds('same-name');
    await ingestPaths(store, [dir]);
    appendFileSync(join(dir, FSS), '\n');
    const report = await ingestPaths(store, [dir]);
    expect(report.files.find((f) => f.status === 'replaced')).toMatchObject({ file: join(dir, FSS), replaces: [] });
  });

  test('shared as bytes (Slack), the copy replaces the stored answer too', async () => {
    await ingestPaths(store, [SEEDS_DIR]);
    const report = await ingestBuffer(store, readFileSync(copyOfFss('fss.txt')), 'fss.txt');
    expect(report).toMatchObject({ status: 'replaced', replaces: [FSS] });
  });

  test('a folder holding both files is ingested again without change (the Slack app rereads its seeds)', async () => {
    const dir = copyOfFss('fss (1).txt').replace(/\/[^/]+$/, '');
    writeFileSync(join(dir, 'fss.txt'), readFileSync(join(SEEDS_DIR, FSS)));
    const first = await ingestPaths(store, [dir]);
    expect(first.files.map((f) => f.status)).toEqual(['added', 'replaced']);
    const before = await store.status();
    const again = await ingestPaths(store, [dir]);
    expect(again.counts).toMatchObject({ added: 0, replaced: 0, unchanged: 2 });
    expect(await store.status()).toEqual(before);
  });

  test('added and unchanged files replace nothing', async () => {
    const first = await ingestPaths(store, [SEEDS_DIR]);
    const again = await ingestPaths(store, [SEEDS_DIR]);
    expect([...first.files, ...again.files].every((f) => f.replaces.length === 0)).toBe(true);
  });
});

describe('When a new version of a file cannot be read', () => {
  test('the old version stays in place with its stances', async () => {
    const dir = work.copySeeds('unreadable-version');
    await ingestPaths(store, [dir]);
    const before = await store.answersForRespondent('Åstorps kommun');
    writeFileSync(join(dir, SEED_FILES[2]), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x00]));
    const report = await ingestPaths(store, [dir]);
    expect(report.counts.failed).toBe(1);
    expect(await store.answersForRespondent('Åstorps kommun')).toEqual(before);
  });
});

describe('When two files in one batch have the same content', () => {
  test('the second is reported unchanged and stored once', async () => {
    const dir = join(work.dir, 'twins');
    mkdirSync(dir);
    const text = readFileSync(join(SEEDS_DIR, SEED_FILES[2]));
    writeFileSync(join(dir, 'a.txt'), text);
    writeFileSync(join(dir, 'b.txt'), text);
    const report = await ingestPaths(store, [dir]);
    expect(report.files.map((f) => f.status)).toEqual(['added', 'unchanged']);
    expect((await store.status()).responses).toBe(1);
  });
});

function countReports(report: Awaited<ReturnType<typeof ingestPaths>>): number {
  return report.files.filter((f) => f.kind === 'report').length;
}

describe('When some files are bad', () => {
  test('a damaged file is reported failed and the others are still added', async () => {
    const dir = work.copySeeds('bad');
    writeFileSync(join(dir, 'trasig.pdf'), Buffer.from('%PDF-1.7 this is not really a pdf \x00\x01\x02'));
    const report = await ingestPaths(store, [dir]);
    expect(report.files.find((f) => f.file.endsWith('trasig.pdf'))).toMatchObject({ status: 'failed' });
    expect(report.counts.added).toBe(SEED_FILES.length);
  });

  test('an empty file is reported with its reason code', async () => {
    const dir = join(work.dir, 'empty');
    mkdirSync(dir);
    writeFileSync(join(dir, 'tom.txt'), '');
    const report = await ingestPaths(store, [dir]);
    expect(report.files[0].error?.code).toBe(ErrorCode.EmptyFile);
  });

  test('a path that does not exist is reported, not skipped', async () => {
    const report = await ingestPaths(store, [join(work.dir, 'finns-inte.pdf')]);
    expect(report.files.map((f) => [f.status, f.error?.code])).toEqual([['failed', 'file_not_found']]);
  });

  test('a failed file leaves the database as it was', async () => {
    const dir = join(work.dir, 'only-bad');
    mkdirSync(dir);
    writeFileSync(join(dir, 'brus.txt'), 'Lorem ipsum dolor sit amet. '.repeat(20));
    const report = await ingestPaths(store, [dir]);
    expect(report.counts.failed).toBe(1);
    expect(await store.status()).toMatchObject({ responses: 0, stances: 0, lastAddedFile: null });
  });

  test('a file the store cannot save is reported and the batch goes on', async () => {
    const failing: Store = Object.create(store);
    let calls = 0;
    failing.saveDocument = async (record) => {
      calls += 1;
      if (calls === 1) throw new Error('simulated failure while saving');
      return store.saveDocument(record);
    };
    const report = await ingestPaths(failing, [SEEDS_DIR]);
    expect(report.counts).toMatchObject({ failed: 1, added: SEED_FILES.length - 1 });
  });

  test('a read-only database stops the batch with DatabaseReadOnly', async () => {
    const path = work.db();
    await (await openSqliteStore(path)).close();
    const reader = await openSqliteStore(path, { readOnly: true });
    const error = await ingestPaths(reader, [SEEDS_DIR]).catch((e: unknown) => e);
    await reader.close();
    expect(isRemissError(error, ErrorCode.DatabaseReadOnly)).toBe(true);
  });
});

describe('When a folder is walked', () => {
  test('catalogs/ and dotfiles are skipped', async () => {
    const dir = work.copySeeds('walk');
    mkdirSync(join(dir, 'catalogs'));
    writeFileSync(join(dir, 'catalogs', 'extra.txt'), 'not a remissvar');
    writeFileSync(join(dir, '.DS_Store.txt'), 'hidden');
    writeFileSync(join(dir, 'notes.md'), 'not an ingest type');
    const report = await ingestPaths(store, [dir]);
    expect(report.files.map((f) => basename(f.file))).toEqual(SEED_FILES);
  });

  test('a file given twice is ingested once', async () => {
    const file = join(SEEDS_DIR, SEED_FILES[0]);
    const report = await ingestPaths(store, [file, SEEDS_DIR]);
    expect(report.files).toHaveLength(SEED_FILES.length);
  });
});

describe('When a file is shared as bytes (Slack)', () => {
  const bytes = () => readFileSync(join(SEEDS_DIR, SEED_FILES[2]));

  test('it is added under its file name', async () => {
    const report = await ingestBuffer(store, bytes(), 'astorp-remissvar.txt');
    expect(report).toMatchObject({ status: 'added', file: 'astorp-remissvar.txt', respondent: 'Åstorps kommun' });
  });

  test('the same bytes again are unchanged', async () => {
    await ingestBuffer(store, bytes(), 'astorp-remissvar.txt');
    expect((await ingestBuffer(store, bytes(), 'kopia.txt')).status).toBe('unchanged');
  });

  test('unreadable bytes are reported failed with a code', async () => {
    const report = await ingestBuffer(store, new Uint8Array([0, 1, 2, 3, 255, 254]), 'skräp.bin');
    expect(report.status).toBe('failed');
    expect(report.error?.code).toBeDefined();
  });
});
