import { runDigest } from '../../src/cli/digest.js';
import { CLI_SV } from '../../src/cli/strings-sv.js';
import { captureIo, tempFolder } from './cli-io.js';
import { seededDatabase } from './seeded-db.js';

const temp = tempFolder();
const db = temp.path('seeded.db');
beforeAll(() => seededDatabase(db, new Date('2026-11-20T08:00:00Z')));
afterAll(() => temp.remove());

describe('When remiss digest lists recent remissvar', () => {
  test('responses added since the day are listed with respondent and tally', async () => {
    const io = captureIo({ REMISS_DB: db });
    expect(await runDigest(['--since', '2026-11-20'], io)).toBe(0);
    expect(io.out()).toMatch(/^ {2}Åstorps kommun · SOU 2024:72 · .*avstyrker.* · 002_\w+\.txt \(2026-11-20 09:00\)$/m);
  });

  test("the inquiry's own report is not listed", async () => {
    const io = captureIo({ REMISS_DB: db });
    await runDigest(['--since', '2026-11-20'], io);
    expect(io.out().trim().split('\n')).toHaveLength(1 + 4);
  });

  test('a later day finds nothing and says so', async () => {
    const io = captureIo({ REMISS_DB: db });
    await runDigest(['--since', '2026-11-21'], io);
    expect(io.out()).toBe(`${CLI_SV.digestNothing('2026-11-21 00:00')}\n`);
  });

  test('without --since the last 24 hours are used', async () => {
    const io = captureIo({ REMISS_DB: db });
    await runDigest([], io, () => new Date('2026-11-20T20:00:00Z'));
    expect(io.out()).toContain('Åstorps kommun');
  });

  test('an impossible date is refused with exit 2', async () => {
    const io = captureIo({ REMISS_DB: db });
    expect(await runDigest(['--since', '2026-02-30'], io)).toBe(2);
    expect(io.err()).toContain(CLI_SV.badDate('2026-02-30'));
  });
});
