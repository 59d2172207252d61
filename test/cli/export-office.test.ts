import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runExport } from '../../src/cli/export.js';
import { CLI_SV } from '../../src/cli/strings-sv.js';
import { EXPORT_SV } from '../../src/core/render/export-strings-sv.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { ASTORP_QUOTE, MAGNET_TITLE } from '../helpers/fake-slack-results.js';
import { docxParagraphs, docxTables, readWorkbook, sheetRows } from '../helpers/office-files.js';
import { captureIo, SEEDS, tempFolder } from './cli-io.js';
import { seededDatabase } from './seeded-db.js';

const temp = tempFolder();
const db = temp.path('seeded.db');
beforeAll(() => seededDatabase(db));
afterAll(() => temp.remove());

const today = () => new Date('2026-11-23T10:00:00Z');

async function runIn(cwd: string, args: string[], options: { tty?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const io = captureIo({ REMISS_DB: db, ...options.env }, { tty: options.tty });
  const code = await runExport(args, io, today, cwd);
  return { code, out: io.out(), err: io.err() };
}

/** Exports once per format into its own folder and returns the file's bytes. */
async function exported(format: 'docx' | 'xlsx'): Promise<Uint8Array> {
  const file = temp.path(`sammanstallning.${format}`);
  if (!existsSync(file)) {
    const { code, err } = await runIn(temp.path(''), ['--format', format, '--remiss', 'SOU 2024:72', '--out', file]);
    if (code !== 0) throw new Error(err);
  }
  return new Uint8Array(readFileSync(file));
}

describe('When the seeded remissammanställning is exported as DOCX', () => {
  test('each proposal is a heading with its number and title', async () => {
    const headings = docxParagraphs(await exported('docx')).filter((p) => p.style === 'Heading2');
    expect(headings.map((p) => p.text)).toContain(`7.2.2 ${MAGNET_TITLE}`);
  });

  test('the tally of 7.2.2 follows its heading', async () => {
    const paragraphs = docxParagraphs(await exported('docx'));
    const at = paragraphs.findIndex((p) => p.text.startsWith('7.2.2 '));
    expect(paragraphs[at + 1].text).toBe('2 avstyrker · 0 tillstyrker delvis · 0 tillstyrker · 0 neutral');
  });

  test("Åstorp's verbatim quote on 7.2.2 is in the table with its file and page", async () => {
    const rows = docxTables(await exported('docx')).flat();
    expect(rows).toContainEqual(['Åstorps kommun', 'avstyrker', `”${ASTORP_QUOTE}”`, '002_d8f4ead73eb6a353.txt, s. 4']);
  });

  test('the basis line counts the responses and stances of the remiss', async () => {
    const store = await openSqliteStore(db, { readOnly: true });
    const stances = (await store.allAnswers('SOU 2024:72')).length;
    await store.close();
    const texts = docxParagraphs(await exported('docx')).map((p) => p.text);
    expect(texts).toContainEqual(
      expect.stringMatching(
        new RegExp(`^Underlag: \\d+ remissvar, ${stances} ståndpunkter\\. Sammanställd 2026-11-23\\.$`),
      ),
    );
  });
});

describe('When the seeded remissammanställning is exported as XLSX', () => {
  test('"Ståndpunkter" has one row per stored stance of the remiss', async () => {
    const store = await openSqliteStore(db, { readOnly: true });
    const stances = (await store.allAnswers('SOU 2024:72')).length;
    await store.close();
    const sheet = (await readWorkbook(await exported('xlsx'))).getWorksheet('Ståndpunkter')!;
    expect(sheetRows(sheet)).toHaveLength(stances + 1);
  });

  test("Åstorp's 7.2.2 row holds the verbatim quote and page", async () => {
    const sheet = (await readWorkbook(await exported('xlsx'))).getWorksheet('Ståndpunkter')!;
    const row = sheetRows(sheet).find((r) => r[1] === '7.2.2' && r[3] === 'Åstorps kommun');
    expect(row?.slice(4, 8)).toEqual(['avstyrker', ASTORP_QUOTE, '002_d8f4ead73eb6a353.txt', 4]);
  });

  test('the grid cell of Åstorp under 7.2.2 reads "avstyrker"', async () => {
    const rows = sheetRows((await readWorkbook(await exported('xlsx'))).getWorksheet('Översikt')!);
    const column = rows[0].indexOf('7.2.2');
    expect(rows.find((r) => r[0] === 'Åstorps kommun')?.[column]).toBe('avstyrker');
  });
});

describe('When an analyst has corrected a stance before the export', () => {
  const correctedDb = temp.path('corrected.db');
  beforeAll(async () => {
    await seededDatabase(correctedDb);
    const store = await openSqliteStore(correctedDb);
    const astorp = (await store.answersForProposal('7.2.2', 'SOU 2024:72')).find(
      (a) => a.respondent === 'Åstorps kommun',
    )!;
    await store.addCorrection({
      respondent: astorp.respondent,
      remiss: astorp.remiss,
      proposal: '7.2.2',
      userId: 'U0ANNA',
      oldProposal: '7.2.2',
      newProposal: '7.2.2',
      oldStance: astorp.stance,
      newStance: 'partly',
      oldQuote: astorp.quote,
      newQuote: astorp.quote,
      documentId: astorp.documentId,
      expectedCurrent: null,
      at: new Date('2026-11-22T09:00:00Z'),
    });
    await store.close();
  });

  async function exportCorrected(format: 'docx' | 'xlsx'): Promise<Uint8Array> {
    const out = temp.path(`corrected.${format}`);
    const { code, err } = await runIn(temp.path(''), ['--format', format, '--remiss', 'SOU 2024:72', '--out', out], {
      env: { REMISS_DB: correctedDb },
    });
    if (code !== 0) throw new Error(err);
    return new Uint8Array(readFileSync(out));
  }

  test('the XLSX row shows the corrected stance and who corrected it when', async () => {
    const sheet = (await readWorkbook(await exportCorrected('xlsx'))).getWorksheet('Ståndpunkter')!;
    const row = sheetRows(sheet).find((r) => r[1] === '7.2.2' && r[3] === 'Åstorps kommun');
    expect([row?.[4], row?.[9]]).toEqual(['tillstyrker delvis', 'rättad av U0ANNA 2026-11-22']);
  });

  test('the DOCX table shows the corrected stance with its marker', async () => {
    const rows = docxTables(await exportCorrected('docx')).flat();
    const astorp = rows.find((r) => r[0] === 'Åstorps kommun' && r[2] === `”${ASTORP_QUOTE}”`);
    expect(astorp?.[1]).toBe('tillstyrker delvis\nrättad av U0ANNA 2026-11-22');
  });
});

describe('When a DOCX or XLSX export names no file', () => {
  test('it is written to remissammanstallning-SOU-2024-72.docx in the current folder', async () => {
    const { code, out } = await runIn(temp.path(''), ['--format', 'docx', '--remiss', 'SOU 2024:72']);
    expect(code).toBe(0);
    expect(out).toContain(join(temp.path(''), 'remissammanstallning-SOU-2024-72.docx'));
    expect(out).toContain('Remissammanställningen (1 remiss) skrevs till');
    expect(readFileSync(temp.path('remissammanstallning-SOU-2024-72.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  test('nothing binary reaches a terminal on stdout', async () => {
    const { out } = await runIn(temp.path(''), ['--format', 'xlsx', '--remiss', 'SOU 2024:72'], { tty: true });
    expect(out).not.toContain('PK');
    expect(out).toContain('remissammanstallning-SOU-2024-72.xlsx');
  });

  test('a lower-case remiss id finds the stored one', async () => {
    const { code } = await runIn(temp.path(''), ['--format', 'xlsx', '--remiss', 'sou 2024:72']);
    expect(code).toBe(0);
  });
});

describe('When a DOCX or XLSX export cannot be made', () => {
  test('an unknown remiss is named with the known ones, exit 1, and no file is written', async () => {
    const cwd = temp.path('');
    const { code, err } = await runIn(cwd, ['--format', 'docx', '--remiss', 'SOU 1999:1']);
    expect(code).toBe(1);
    expect(err).toBe(
      'Remissen SOU 1999:1 finns inte. Kända remisser: Förslag till nationell plan för hälso- och sjukvårdens kompetensförsörjning, SOU 2024:72\n',
    );
    expect(existsSync(join(cwd, 'remissammanstallning-SOU-1999-1.docx'))).toBe(false);
  });

  test('an unwritable file is reported in Swedish, exit 1', async () => {
    const { code, err } = await runIn(temp.path(''), ['--format', 'xlsx', '--out', temp.path('no/such/folder/x.xlsx')]);
    expect(code).toBe(1);
    expect(err).toContain('Kunde inte skriva');
  });

  test('an empty database has nothing to export, exit 1', async () => {
    const empty = temp.path('empty.db');
    const store = await openSqliteStore(empty);
    await store.close();
    const { code, err } = await runIn(temp.path(''), ['--format', 'docx'], { env: { REMISS_DB: empty } });
    expect(code).toBe(1);
    expect(err).toBe(`${CLI_SV.noResponses(empty)}\n`);
  });

  test('a remiss nobody has answered yet has nothing to export, in any format, exit 1', async () => {
    // Stockholm answers the nationell plan; SOU 2024:72 is known only from its own report.
    const db = temp.path('unanswered.db');
    const store = await openSqliteStore(db);
    await ingestPaths(store, [join(SEEDS, '003_07777d2dab1cb254.txt'), join(SEEDS, '004_4a378a17ca59cf5e.txt')], {
      curatedCatalogDir: join(SEEDS, 'catalogs'),
    });
    await store.close();
    for (const format of ['md', 'csv', 'docx']) {
      const args = ['--format', format, '--remiss', 'SOU 2024:72'];
      const { code, err } = await runIn(temp.path(''), args, { env: { REMISS_DB: db } });
      expect([format, code, err]).toEqual([format, 1, `${EXPORT_SV.empty}\n`]);
    }
  });
});
