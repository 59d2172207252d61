import { Pool } from 'pg';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { record, SOU, stance } from './documents.js';
import { createTestDatabase, describePostgres, type TestDatabase } from './postgres-test-db.js';

// A page read for the first time comes whole in one statement; read again, as ids with the answers kept in the
// process (answer-cache.ts). Both must hand out the same answers.

const letter = (respondent: string, stances: Array<[string, 'for' | 'against']>) =>
  record({
    file: `${respondent}.pdf`,
    respondent,
    stances: stances.map(([proposal, position]) =>
      stance({ proposal, stance: position, quote: `${respondent} om ${proposal}: ${position}.` }),
    ),
  });

describePostgres(
  'PostgreSQL search reads: a first read in one statement, the same read again from kept answers',
  (adminUrl) => {
    let db: TestDatabase;
    let store: Store;
    let uncached: Store;
    beforeAll(async () => {
      db = await createTestDatabase(adminUrl, 'first_read');
      const writer = await openPostgresStore(db.url);
      await writer.saveDocument(
        letter('Åstorps kommun', [
          ['7.2.2', 'against'],
          ['7.2.1', 'for'],
          ['4.1', 'for'],
        ]),
      );
      await writer.saveDocument(
        letter('Region Skåne', [
          ['7.2.2', 'for'],
          ['5.3', 'against'],
        ]),
      );
      await writer.close();
    });
    beforeEach(async () => {
      [store, uncached] = await Promise.all([
        openPostgresStore(db.url),
        openPostgresStore(db.url, { answerCacheSize: 0 }),
      ]);
    });
    afterEach(async () => {
      jest.restoreAllMocks();
      await Promise.all([store.close(), uncached.close()]);
    });
    afterAll(async () => {
      await db?.drop();
    });

    /** How many statements `read` sends through any pool. */
    async function statements<T>(read: () => Promise<T>): Promise<{ result: T; sent: number }> {
      const spy = jest.spyOn(Pool.prototype, 'query');
      try {
        const result = await read();
        return { result, sent: spy.mock.calls.length };
      } finally {
        spy.mockRestore();
      }
    }

    test("a proposal's answers: one statement the first time, one (ids, nothing missing) the second, the same answers", async () => {
      const first = await statements(() => store.answersForProposal('7.2.2', SOU));
      const second = await statements(() => store.answersForProposal('7.2.2', SOU));
      expect(first.sent).toBe(1);
      expect(second.sent).toBe(1);
      expect(first.result.map((a) => [a.respondent, a.stance, a.quote])).toEqual([
        ['Region Skåne', 'for', 'Region Skåne om 7.2.2: for.'],
        ['Åstorps kommun', 'against', 'Åstorps kommun om 7.2.2: against.'],
      ]);
      expect(second.result).toEqual(first.result);
      expect(await uncached.answersForProposal('7.2.2', SOU)).toEqual(first.result);
    });

    test("a respondent's page: one statement the first time and again, the same page and totals", async () => {
      const page = { offset: 0, limit: 2, remissOrder: [SOU] };
      const first = await statements(() => store.respondentMatches('Åstorps kommun', page));
      const second = await statements(() => store.respondentMatches('Åstorps kommun', page));
      expect(first.sent).toBe(1);
      expect(second.sent).toBe(1);
      expect(first.result.answers.map((a) => a.proposal)).toEqual(['4.1', '7.2.1']);
      expect(first.result.totals).toMatchObject({ matches: 3, answers: 3 });
      expect(second.result).toEqual(first.result);
      expect(await uncached.respondentMatches('Åstorps kommun', page)).toEqual(first.result);
    });

    test('answers kept by one read serve another: the page after a proposal read asks only for ids', async () => {
      await store.answersForProposal('7.2.2', SOU);
      await store.respondentMatches('Region Skåne', { offset: 0, limit: 10, remissOrder: [SOU] });
      const again = await statements(() =>
        store.respondentMatches('Region Skåne', { offset: 0, limit: 10, remissOrder: [SOU] }),
      );
      expect(again.sent).toBe(1);
      expect(again.result.answers.map((a) => a.proposal)).toEqual(['5.3', '7.2.2']);
    });

    test('a store that keeps no answers reads every page whole, in one statement each time', async () => {
      const page = { offset: 0, limit: 10, remissOrder: [SOU] };
      for (let i = 0; i < 2; i++) {
        const read = await statements(() => uncached.respondentMatches('Region Skåne', page));
        expect(read.sent).toBe(1);
        expect(read.result.answers).toHaveLength(2);
      }
    });
  },
);
