import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from '../../src/cli/ingest.js';
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
