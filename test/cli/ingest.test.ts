import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { runIngest } from '../../src/cli/ingest.js';
import { CLEAR_LINE } from '../../src/cli/progress-bar.js';
import { CLI_SV } from '../../src/cli/strings-sv.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { captureIo, SEEDS, tempFolder } from './cli-io.js';

const temp = tempFolder();
afterAll(() => temp.remove());
let n = 0;
const freshDb = () => temp.path(`ingest-${++n}.db`);

describe('When remiss ingest reads the seed folder', () => {
  test('each file gets one line naming its respondent, and the exit code is 0', async () => {
    const io = captureIo({ REMISS_DB: freshDb() });
    expect(await runIngest([SEEDS], io)).toBe(0);
    expect(io.out()).toMatch(/\+ tillagd .*002_.*Åstorps kommun · SOU 2024:72 · \d+ ståndpunkter/);
  });

  test('the last line sums up the files in Swedish', async () => {
    const io = captureIo({ REMISS_DB: freshDb() });
    await runIngest([SEEDS], io);
    expect(io.out().trim().split('\n').at(-1)).toMatch(/^5 filer: 5 tillagda, 0 ersatta, 0 oförändrade, 0 misslyckade/);
  });

  test('a second run reports every file as unchanged', async () => {
    const db = freshDb();
    await runIngest([SEEDS], captureIo({ REMISS_DB: db }));
    const io = captureIo({ REMISS_DB: db });
    await runIngest([SEEDS], io);
    expect(io.out()).toContain('0 tillagda, 0 ersatta, 5 oförändrade');
  });

  test('no progress bar is drawn when stdout is not a terminal', async () => {
    const io = captureIo({ REMISS_DB: freshDb() }, { tty: false });
    await runIngest([SEEDS], io);
    expect(io.out()).not.toContain('\r');
  });

  test('a progress bar is drawn on a terminal', async () => {
    const io = captureIo({ REMISS_DB: freshDb() }, { tty: true });
    await runIngest([SEEDS], io);
    expect(io.out()).toContain('\rläser  [');
  });
});

describe("When a protokollsutdrag without stances follows a respondent's answer", () => {
  test('it is not stored, the line says the answer with stances is kept, and the exit code is 1', async () => {
    const db = freshDb();
    await runIngest([SEEDS], captureIo({ REMISS_DB: db }));
    const cover = temp.path('fss-protokollsutdrag.txt');
    writeFileSync(
      cover,
      [
        'Föreningen Sveriges socialchefer',
        'Protokollsutdrag',
        'Remiss av betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)',
        'Styrelsen beslutade den 3 oktober 2024 att anta bifogat yttrande som föreningens remissvar.',
      ].join('\n\n'),
    );
    const io = captureIo({ REMISS_DB: db });
    expect(await runIngest([cover], io)).toBe(1);
    expect(io.out()).toContain(CLI_SV.failure.answer_kept);
    const store = await openSqliteStore(db);
    try {
      const answers = await store.answersForProposal('7.2.2', 'SOU 2024:72');
      expect(answers.map((a) => a.respondent)).toContain('Föreningen Sveriges socialchefer');
    } finally {
      await store.close();
    }
  });
});

describe("When a respondent's letter is ingested again under another file name", () => {
  test('the line says it replaced the earlier answer and names that file', async () => {
    const db = freshDb();
    await runIngest([SEEDS], captureIo({ REMISS_DB: db }));
    const copy = temp.path('fss-remissvar.txt');
    writeFileSync(copy, `${readFileSync(join(SEEDS, '001_ddd1ef1438ff4d2c.txt'), 'utf8')}\n`);
    const io = captureIo({ REMISS_DB: db });
    expect(await runIngest([copy], io)).toBe(0);
    expect(io.out()).toContain(
      `↻ ersatt       ${copy}  Föreningen Sveriges socialchefer · SOU 2024:72 · 6 ståndpunkter`,
    );
    const line = io.out().split('\n')[0];
    expect(line.endsWith(` · ${CLI_SV.replacesEarlier(['001_ddd1ef1438ff4d2c.txt'])}`)).toBe(true);
  });
});

describe('When some paths are bad', () => {
  test('a missing file is reported in Swedish and the exit code is 1', async () => {
    const io = captureIo({ REMISS_DB: freshDb() });
    expect(await runIngest([SEEDS, temp.path('finns-inte.pdf')], io)).toBe(1);
    expect(io.out()).toMatch(/✗ misslyckades .*finns-inte\.pdf {2}filen finns inte/);
  });

  test('the good files are still stored', async () => {
    const db = freshDb();
    await runIngest([SEEDS, temp.path('finns-inte.pdf')], captureIo({ REMISS_DB: db }));
    const store = await openSqliteStore(db);
    expect((await store.status()).stances).toBeGreaterThan(0);
    await store.close();
  });

  test('no paths gives the usage and exit code 2', async () => {
    const io = captureIo({ REMISS_DB: freshDb() });
    expect(await runIngest([], io)).toBe(2);
    expect(io.err()).toContain(CLI_SV.ingestUsage);
  });

  test('a folder without remissvar files says so', async () => {
    const io = captureIo({ REMISS_DB: freshDb() });
    expect(await runIngest([join(SEEDS, 'catalogs')], io)).toBe(1);
    expect(io.err()).toContain(CLI_SV.noFiles);
  });
});

describe('When a file is refused for its size or kind', () => {
  test('a file over the limit is reported with the limit: 25 MB, 1000 PDF pages', async () => {
    const big = temp.path('stor.txt');
    writeFileSync(big, '');
    truncateSync(big, 26 * 1024 * 1024);
    const io = captureIo({ REMISS_DB: freshDb() });
    expect(await runIngest([big], io)).toBe(1);
    expect(io.out()).toContain('stor.txt  filen är för stor (gränsen är 25 MB per fil och 1000 sidor per PDF)');
  });

  test('a photo renamed .pdf is a format not supported, not "not a remissvar"', async () => {
    const photo = temp.path('foto.pdf');
    writeFileSync(photo, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x4a, 0x46, 0x49, 0x46]));
    const io = captureIo({ REMISS_DB: freshDb() });
    await runIngest([photo], io);
    expect(io.out()).toContain(`foto.pdf  ${CLI_SV.failure.unsupported_format}`);
  });

  test('a .docx that is a broken zip is damaged, not a format not supported', async () => {
    const broken = temp.path('trasig.docx');
    writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('junkjunkjunk')]));
    const io = captureIo({ REMISS_DB: freshDb() });
    await runIngest([broken], io);
    expect(io.out()).toContain(`trasig.docx  ${CLI_SV.failure.corrupt_file}`);
  });
});

describe('When the database file is corrupt', () => {
  test('ingest stops with one Swedish line and leaves the file untouched', async () => {
    const db = temp.path('corrupt.db');
    const garbage = Buffer.from('Detta är ingen SQLite-databas. '.repeat(200));
    writeFileSync(db, garbage);
    const io = captureIo({ REMISS_DB: db });
    expect(await runIngest([SEEDS], io)).toBe(1);
    expect(io.err()).toBe(`${CLI_SV.database.database_corrupt(db)}\n`);
    expect(readFileSync(db).equals(garbage)).toBe(true);
  });
});

describe('When output is not a terminal (a script, CI, nohup)', () => {
  /** Documents stored so far, read through a second connection at the moment a line is written. */
  function storedDocuments(db: string): number {
    const reader = new DatabaseSync(db, { readOnly: true });
    try {
      return Number((reader.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n);
    } finally {
      reader.close();
    }
  }

  test("each file's line is written as soon as that file is done, not after the whole batch", async () => {
    const db = freshDb();
    const empty = temp.path('tom.txt');
    writeFileSync(empty, '');
    const seen: Array<{ line: string; stored: number }> = [];
    const io = captureIo({ REMISS_DB: db }, { tty: false });
    io.stdout.write = (text: string) => {
      for (const line of text.split('\n').filter(Boolean)) seen.push({ line, stored: storedDocuments(db) });
      return true;
    };
    await runIngest([empty, join(SEEDS, '002_d8f4ead73eb6a353.txt')], io);
    // The empty file fails while it is read, before the seed is stored: its line is out by then.
    expect(seen[0]).toEqual({ line: expect.stringMatching(/^✗ misslyckades .*tom\.txt {2}filen är tom$/), stored: 0 });
    expect(seen[1]).toEqual({ line: expect.stringMatching(/^\+ tillagd .*002_.*Åstorps kommun/), stored: 1 });
    expect(seen[2].line).toMatch(/^2 filer: /);
  });

  test('every file gets exactly one line', async () => {
    const io = captureIo({ REMISS_DB: freshDb() }, { tty: false });
    await runIngest([SEEDS], io);
    const lines = io.out().trim().split('\n');
    expect(lines).toHaveLength(6);
    for (const seed of ['000_', '001_', '002_', '003_', '004_']) {
      expect(lines.filter((l) => l.includes(seed))).toHaveLength(1);
    }
  });
});

describe('When output is a terminal', () => {
  test('the progress bar names the file being read, not the one before it', async () => {
    const io = captureIo({ REMISS_DB: freshDb() }, { tty: true });
    await runIngest([join(SEEDS, '000_60d22344ceaed4cd.txt'), join(SEEDS, '001_ddd1ef1438ff4d2c.txt')], io);
    expect(io.out()).toMatch(/läser {2}\[-+\] 0\/2 {2}\S*000_60d22344ceaed4cd\.txt/);
    expect(io.out()).toMatch(/läser {2}\[#+-+\] 1\/2 {2}\S*001_ddd1ef1438ff4d2c\.txt/);
  });

  test("each file's line is printed above the bar once, and the bar is cleared at the end", async () => {
    const io = captureIo({ REMISS_DB: freshDb() }, { tty: true });
    await runIngest([SEEDS], io);
    const text = io.out();
    expect(text.match(/\+ tillagd .*002_/g)).toHaveLength(1);
    expect(text.split(CLEAR_LINE).at(-1)).toMatch(/^[^\r]*5 filer: [^\r]*\n$/);
  });
});

describe('When the summary counts one of something', () => {
  test('one file is "1 fil: 1 tillagd … · 1 ny ståndpunkt", in the singular', async () => {
    const one = temp.path('en.txt');
    writeFileSync(
      one,
      [
        'Yttrande från Testkommunen',
        '',
        'Yttrande över SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
        '',
        '7.2.2 Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård',
        'Testkommunen avstyrker förslaget.',
        '',
      ].join('\n'),
    );
    const io = captureIo({ REMISS_DB: freshDb() });
    await runIngest([one], io);
    expect(io.out().trim().split('\n').at(-1)).toBe(
      '1 fil: 1 tillagd, 0 ersatta, 0 oförändrade, 0 misslyckade · 1 ny ståndpunkt',
    );
  });

  test('one failure among several files is "1 misslyckad"', () => {
    expect(CLI_SV.ingestSummary({ files: 6, added: 5, replaced: 1, unchanged: 1, failed: 1 })).toBe(
      '6 filer: 5 tillagda, 1 ersatt, 1 oförändrad, 1 misslyckad',
    );
  });
});
