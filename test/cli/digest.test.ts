import { runDigest } from '../../src/cli/digest.js';
import { CLI_SV } from '../../src/cli/strings-sv.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { correction } from '../store/corrections-contract.js';
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

describe('When an analyst corrected a listed remissvar', () => {
  test('its tally counts the corrected stance', async () => {
    const corrected = temp.path('corrected.db');
    await seededDatabase(corrected, new Date('2026-11-20T08:00:00Z'));
    const store = await openSqliteStore(corrected);
    try {
      const [objection] = (await store.answersForRespondent('Åstorps kommun')).filter((a) => a.proposal === '7.2.2');
      await store.addCorrection(
        correction(objection.documentId, { oldQuote: objection.quote, newQuote: objection.quote, newStance: 'partly' }),
      );
    } finally {
      await store.close();
    }
    const line = async (database: string) => {
      const io = captureIo({ REMISS_DB: database });
      await runDigest(['--since', '2026-11-20'], io);
      return (
        io
          .out()
          .split('\n')
          .find((l) => l.includes('Åstorps kommun')) ?? ''
      );
    };
    const count = (text: string, word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(text)?.[1] ?? 0);
    const [before, after] = [await line(db), await line(corrected)];
    expect(count(after, 'avstyrker')).toBe(count(before, 'avstyrker') - 1);
    expect(count(after, 'tillstyrker delvis')).toBe(count(before, 'tillstyrker delvis') + 1);
  });
});
