import { existsSync } from 'node:fs';
import { runStatus } from '../../src/cli/status.js';
import { CLI_SV } from '../../src/cli/strings-sv.js';
import { captureIo, tempFolder } from './cli-io.js';
import { seededDatabase } from './seeded-db.js';

const temp = tempFolder();
afterAll(() => temp.remove());

describe('When remiss status runs before anything is ingested', () => {
  test('it says the database does not exist, exit 1', async () => {
    const db = temp.path('none.db');
    const io = captureIo({ REMISS_DB: db });
    expect(await runStatus([], io)).toBe(1);
    expect(io.err()).toBe(`${CLI_SV.noDatabase(db)}\n`);
  });

  test('it does not create the database file', async () => {
    const db = temp.path('still-none.db');
    await runStatus([], captureIo({ REMISS_DB: db }));
    expect(existsSync(db)).toBe(false);
  });
});

describe('When remiss status runs on the ingested seeds', () => {
  const db = temp.path('seeded.db');
  beforeAll(() => seededDatabase(db));

  test('it counts remisser, remissvar and stances in Swedish', async () => {
    const io = captureIo({ REMISS_DB: db });
    await runStatus([], io);
    expect(io.out()).toMatch(/\d+ remiss(er)? · 4 remissvar · \d+ ståndpunkter/);
  });

  test('it lists the remisser with their titles', async () => {
    const io = captureIo({ REMISS_DB: db });
    await runStatus([], io);
    expect(io.out()).toContain('SOU 2024:72 – Stärkt medicinsk kompetens i kommunal hälso- och sjukvård');
  });

  test('it names the last file added in DIGEST_TZ when that names a zone', async () => {
    const io = captureIo({ REMISS_DB: db, DIGEST_TZ: 'UTC' });
    await runStatus([], io);
    expect(io.out()).toMatch(/Senast tillagd: \S+\.txt \(2026-11-20 08:00\)/);
  });

  test('it names the last file added, in Swedish local time', async () => {
    const io = captureIo({ REMISS_DB: db });
    await runStatus([], io);
    expect(io.out()).toMatch(/Senast tillagd: \S+\.txt \(2026-11-20 09:00\)/);
  });
});
