import { readFileSync } from 'node:fs';
import { CORRECTIONS_SV } from '../../src/cli/corrections-strings-sv.js';
import { runCli } from '../../src/cli/main.js';
import type { CorrectionInput } from '../../src/core/review/correction.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { captureIo, tempFolder } from './cli-io.js';
import { seededDatabase } from './seeded-db.js';

const temp = tempFolder();
afterAll(() => temp.remove());

const db = temp.path('corrected.db');

/** Two corrections of Åstorps kommun's 7.2.2 (the second supersedes the first) and one of Vision's 7.2.1. */
beforeAll(async () => {
  await seededDatabase(db);
  const store = await openSqliteStore(db);
  const astorp = (await store.answersForRespondent('Åstorps kommun')).find((a) => a.proposal === '7.2.2');
  const vision = (await store.answersForRespondent('Vision')).find((a) => a.proposal === '7.2.1');
  if (!astorp || !vision) throw new Error('seed answers missing');
  const base = (a: typeof astorp, overrides: Partial<CorrectionInput>): CorrectionInput => ({
    userId: 'U0ANNA',
    respondent: a.respondent,
    remiss: a.remiss,
    proposal: a.proposal ?? '',
    oldProposal: a.proposal ?? '',
    newProposal: a.proposal ?? '',
    oldStance: a.stance,
    newStance: 'partly',
    oldQuote: a.quote,
    newQuote: a.quote,
    documentId: a.documentId,
    expectedCurrent: null,
    ...overrides,
  });
  const first = await store.addCorrection(base(astorp, { at: new Date('2026-11-02T09:00:00Z'), comment: 'Läs om' }));
  await store.addCorrection(
    base(astorp, { newStance: 'for', at: new Date('2026-11-21T09:00:00Z'), expectedCurrent: first.correction.id }),
  );
  await store.addCorrection(
    base(vision, { userId: 'U0BERIT', newStance: 'for', newProposal: '7.2.2', at: new Date('2026-11-22T09:00:00Z') }),
  );
  await store.close();
});

describe('When remiss corrections lists the audit trail', () => {
  test('every correction is listed oldest first with who, old → new and the document', async () => {
    const io = captureIo({ REMISS_DB: db });
    expect(await runCli(['corrections'], io)).toBe(0);
    const lines = io.out().trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^#1 2026-11-02 \d\d:\d\d U0ANNA · Åstorps kommun · SOU 2024:72 · 7\.2\.2: avstyrker → tillstyrker delvis/,
    );
    expect(lines[0]).toContain('kommentar: Läs om');
    expect(lines[0]).toMatch(/dokument \d+, sha256 [0-9a-f]{12}/);
  });

  test('a superseded correction says which one replaced it', async () => {
    const io = captureIo({ REMISS_DB: db });
    await runCli(['corrections'], io);
    expect(io.out().split('\n')[0]).toContain(CORRECTIONS_SV.superseded(2));
  });

  test('a moved proposal is shown as from → to', async () => {
    const io = captureIo({ REMISS_DB: db });
    await runCli(['corrections'], io);
    expect(io.out()).toContain(CORRECTIONS_SV.moved('7.2.1', '7.2.2'));
  });

  test('--since leaves out older corrections', async () => {
    const io = captureIo({ REMISS_DB: db });
    await runCli(['corrections', '--since', '2026-11-20'], io);
    expect(
      io
        .out()
        .trim()
        .split('\n')
        .map((l) => l.split(' ')[0]),
    ).toEqual(['#2', '#3']);
  });

  test('a malformed date is a Swedish usage error with exit code 2', async () => {
    const io = captureIo({ REMISS_DB: db });
    expect(await runCli(['corrections', '--since', 'igår'], io)).toBe(2);
    expect(io.err()).toContain(CORRECTIONS_SV.badDate('igår'));
  });

  test('a database with no corrections says so', async () => {
    const empty = temp.path('empty.db');
    await seededDatabase(empty);
    const io = captureIo({ REMISS_DB: empty });
    await runCli(['corrections'], io);
    expect(io.out().trim()).toBe(CORRECTIONS_SV.none);
  });
});

describe('When DIGEST_TZ names another zone', () => {
  test('the audit trail shows the time there, as ask shows the day there', async () => {
    const io = captureIo({ REMISS_DB: db, DIGEST_TZ: 'Pacific/Pago_Pago' });
    expect(await runCli(['corrections'], io)).toBe(0);
    // 09:00 UTC on 2 November is 22:00 on 1 November in Pago Pago (UTC−11).
    expect(io.out()).toMatch(/^#1 2026-11-01 22:00 U0ANNA/);
  });
});

describe('When remiss corrections --as-gold writes a gold file', () => {
  const read = async (args: string[] = []) => {
    const out = temp.path(`gold-${Math.random().toString(36).slice(2)}.json`);
    const io = captureIo({ REMISS_DB: db });
    expect(await runCli(['corrections', '--as-gold', '--out', out, ...args], io)).toBe(0);
    return JSON.parse(readFileSync(out, 'utf8')) as {
      documents: Array<{
        file: string;
        respondent: string;
        stances: Array<{ proposal: string; stance: string; note?: string }>;
      }>;
    };
  };

  test('it has the shape of seeds.gold.json: documents with file, remiss, respondent and stances', async () => {
    const gold = await read();
    expect(gold.documents.map((d) => d.respondent).sort()).toEqual(['Vision', 'Åstorps kommun']);
    for (const d of gold.documents) expect(d).toMatchObject({ kind: 'response', remiss: 'SOU 2024:72' });
    expect(gold.documents[0].file).toMatch(/seeds\/\d{3}_[0-9a-f]+\.txt$/);
  });

  test('the corrected stance is the latest correction, with a note saying who corrected it', async () => {
    const gold = await read();
    const astorp = gold.documents.find((d) => d.respondent === 'Åstorps kommun');
    expect(astorp?.stances.find((s) => s.proposal === '7.2.2')).toEqual({
      proposal: '7.2.2',
      stance: 'for',
      note: 'rättad av U0ANNA 2026-11-21',
    });
  });

  test("the document's uncorrected stances are kept, so the gold file is complete for it", async () => {
    const gold = await read();
    const astorp = gold.documents.find((d) => d.respondent === 'Åstorps kommun');
    expect(astorp?.stances.filter((s) => !s.note).length).toBeGreaterThan(5);
  });

  test('a stance moved to another proposal is labelled under the new one', async () => {
    const gold = await read();
    const vision = gold.documents.find((d) => d.respondent === 'Vision');
    expect(vision?.stances.map((s) => s.proposal)).toContain('7.2.2');
    expect(vision?.stances.map((s) => s.proposal)).not.toContain('7.2.1');
  });
});

describe('When remiss ask shows a corrected answer', () => {
  test("the answer carries the latest correction's author and day", async () => {
    const io = captureIo({ REMISS_DB: db });
    expect(await runCli(['ask', '7.2.2 SOU 2024:72'], io)).toBe(0);
    expect(io.out()).toMatch(/ {2}Åstorps kommun\n {4}”[^\n]+”\n {4}[^\n]+ · rättad av U0ANNA 21 nov\n/);
  });

  test('the day is read in DIGEST_TZ when it is set', async () => {
    const io = captureIo({ REMISS_DB: db, DIGEST_TZ: 'Pacific/Pago_Pago' });
    expect(await runCli(['ask', '7.2.2 SOU 2024:72'], io)).toBe(0);
    expect(io.out()).toContain('rättad av U0ANNA 20 nov');
  });
});
