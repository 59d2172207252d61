import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { record, stance } from './documents.js';
import { createTestDatabase, describePostgres, type TestDatabase } from './postgres-test-db.js';
import { totalsByRemiss } from './totals-by-remiss.js';

// Two stores = two connection pools, as two instances have: the database, not the app, must settle each race.
describePostgres('PostgreSQL races between two instances', (adminUrl) => {
  let db: TestDatabase;
  let a: Store;
  let b: Store;
  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, 'races');
  });
  beforeEach(async () => {
    [a, b] = await Promise.all([openPostgresStore(db.url), openPostgresStore(db.url)]);
    await db.query(
      'TRUNCATE remisser, proposals, documents, stances, respondent_tallies, superseded_documents, digest_runs, handled_keys RESTART IDENTITY',
    );
  });
  afterEach(async () => {
    await Promise.all([a.close(), b.close()]);
  });
  afterAll(async () => {
    await db?.drop();
  });

  test('the same file saved by both at once is stored once, added by exactly one save', async () => {
    const same = record({ stances: [stance(), stance({ proposal: '7.3' })] });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).saveDocument({ ...same, file: `kopia-${i}.pdf` })),
    );
    expect(outcomes.filter((o) => o.status === 'added')).toHaveLength(1);
    expect(
      await db.query('SELECT count(*)::int AS d, (SELECT count(*)::int FROM stances) AS s FROM documents'),
    ).toEqual([{ d: 1, s: 2 }]);
  });

  test('two new versions of one file saved at once leave exactly one version', async () => {
    // Twenty files, each given two new versions by the two instances at once: one race per file.
    const names = Array.from({ length: 20 }, (_, i) => `svar-${i}.pdf`);
    for (const file of names) await a.saveDocument(record({ file }));
    await Promise.all(
      names.flatMap((file) => [
        a.saveDocument(record({ file, warnings: ['version 2'] })),
        b.saveDocument(record({ file, warnings: ['version 3'] })),
      ]),
    );
    const rows = await db.query(
      'SELECT file_name, count(*)::int AS n FROM documents GROUP BY file_name HAVING count(*) > 1',
    );
    expect(rows).toEqual([]);
  });

  test('the PDF and the DOCX of one letter saved by both at once leave one answer, counted once', async () => {
    // Twenty respondents; for each, one instance saves the PDF while the other saves the DOCX (other bytes).
    const respondents = Array.from({ length: 20 }, (_, i) => `Kommun ${i + 1}`);
    const letter = (respondent: string, file: string) =>
      record({ file, respondent, stances: [stance(), stance({ proposal: '7.3', stance: 'for' })] });
    const outcomes = await Promise.all(
      respondents.flatMap((respondent, i) => [
        a.saveDocument(letter(respondent, `svar-${i}.pdf`)),
        b.saveDocument(letter(respondent, `svar-${i}.docx`)),
      ]),
    );
    expect(outcomes.filter((o) => o.status === 'replaced')).toHaveLength(20);
    expect(await db.query('SELECT respondent_key FROM documents GROUP BY respondent_key HAVING count(*) > 1')).toEqual(
      [],
    );
    for (const respondent of respondents) {
      expect(await totalsByRemiss(a, respondent)).toEqual([
        { remiss: 'SOU 2024:72', matches: 2, answers: 2, tally: { for: 1, partly: 0, against: 1, neutral: 0 } },
      ]);
    }
  });

  test("documents of one respondent saved by both at once are all in the respondent's tally", async () => {
    // Twenty answers of one respondent, each to its own remiss, answering its own proposal and 7.2.2, saved at once.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? a : b).saveDocument(
          record({
            file: `svar-${i}.pdf`,
            remiss: { id: `Ds 2030:${i + 1}`, title: null },
            stances: [stance({ proposal: `9.${i + 1}`, stance: 'for' }), stance()],
          }),
        ),
      ),
    );
    const recount = await db.query(
      `SELECT count(DISTINCT (s.remiss, s.sort_key))::int AS proposals, count(*)::int AS answers
       FROM documents d JOIN stances s ON s.document_id = d.id WHERE d.respondent_key = 'åstorps kommun'`,
    );
    expect(recount).toEqual([{ proposals: 40, answers: 40 }]);
    const { totals } = await a.respondentMatches('Åstorps kommun', { offset: 0, limit: 1 });
    expect(totals).toEqual({ matches: 40, answers: 40, tally: { for: 20, partly: 0, against: 20, neutral: 0 } });
  });

  test('of many digest claims for one day at the same instant, exactly one wins', async () => {
    const now = new Date('2026-11-23T07:00:00Z');
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).claimDigest('2026-11-23', now, 600_000)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  test('of many takeovers of an expired claim at the same instant, exactly one wins', async () => {
    await a.claimDigest('2026-11-23', new Date('2026-11-23T07:00:00Z'), 600_000);
    const later = new Date('2026-11-23T08:00:00Z');
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).claimDigest('2026-11-23', later, 600_000)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  test('of many claims of one Slack event at the same instant, from both instances, exactly one wins', async () => {
    const now = new Date('2026-11-23T07:00:00Z');
    const window = { windowMs: 15 * 60_000, leaseMs: 2 * 60_000 };
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).claimKey('event:Ev0RACE', now, window)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  test("of many takeovers of a dead holder's event at the same instant, exactly one wins", async () => {
    const window = { windowMs: 15 * 60_000, leaseMs: 2 * 60_000 };
    await a.claimKey('event:Ev0RACE', new Date('2026-11-23T07:00:00Z'), window);
    const later = new Date('2026-11-23T07:05:00Z');
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).claimKey('event:Ev0RACE', later, window)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
});
