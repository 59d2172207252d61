import { join } from 'node:path';
import { loadDigestPlan } from '../../src/digest/plan.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { correction } from '../store/corrections-contract.js';
import { createTestDatabase, describePostgres, type TestDatabase } from '../store/postgres-test-db.js';
import { tempDir } from '../store/temp-db.js';

// The digest's line for a response counts the stances users see: an analyst's correction moves the tally as it
// moves the list of proposals the response avstyrker ("5 avstyrker" over a list of 4 was the bug).

const SEEDS = join(__dirname, '..', '..', 'seeds');

async function planAfterCorrection(store: Store) {
  await ingestPaths(store, [SEEDS], {
    curatedCatalogDir: join(SEEDS, 'catalogs'),
    now: () => new Date('2026-11-20T08:00:00Z'),
  });
  const [before] = (await store.responsesAddedSince(new Date(0))).filter((r) => r.respondent === 'Åstorps kommun');
  const [objection] = (await store.answersForRespondent('Åstorps kommun')).filter((a) => a.proposal === '7.2.2');
  expect(objection.stance).toBe('against');
  await store.addCorrection(
    correction(objection.documentId, { oldQuote: objection.quote, newQuote: objection.quote, newStance: 'partly' }),
  );
  const plan = await loadDigestPlan(store, null, new Date('2026-11-21T08:00:00Z'));
  const entry = plan.entries.find((e) => e.respondent === 'Åstorps kommun');
  return { before: before.tally, entry };
}

function expectCorrectedTally({ before, entry }: Awaited<ReturnType<typeof planAfterCorrection>>) {
  expect(entry?.against.map((p) => p.proposal)).not.toContain('7.2.2');
  expect(entry?.tally).toEqual({ ...before, against: before.against - 1, partly: before.partly + 1 });
  expect(entry?.tally.against).toBe(entry?.against.length);
}

describe('When an analyst corrected a new response on SQLite', () => {
  const dir = tempDir('remiss-digest-corr-');
  afterAll(() => dir.remove());

  test("the response's tally counts the corrected stance, as its list does", async () => {
    const store = await openSqliteStore(dir.path());
    try {
      expectCorrectedTally(await planAfterCorrection(store));
    } finally {
      await store.close();
    }
  });
});

describePostgres('When an analyst corrected a new response on PostgreSQL', (adminUrl) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, 'digest_corrections');
  });
  afterAll(async () => {
    await db?.drop();
  });

  test("the response's tally counts the corrected stance, as its list does", async () => {
    const store = await openPostgresStore(db.url);
    try {
      expectCorrectedTally(await planAfterCorrection(store));
    } finally {
      await store.close();
    }
  });
});
