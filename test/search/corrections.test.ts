import type { CorrectionInput } from '../../src/core/review/correction.js';
import { createSearchIndex } from '../../src/search/ask.js';
import { correctedAnswers } from '../../src/search/corrections.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { DOCUMENTS, fillStore } from './fixture-corpus.js';

const SOU = 'SOU 2024:72';
const ASTORP_722 =
  'Svar: Vi instämmer inte till förslaget. Vi ser inte nyttan, då det innebär en ny certifiering vart fjärde år.';

/** Åstorps kommun's 7.2.2 (parsed: avstyrker), corrected by U0ANNA. */
function astorp(documentId: number, overrides: Partial<CorrectionInput> = {}): CorrectionInput {
  return {
    userId: 'U0ANNA',
    respondent: 'Åstorps kommun',
    remiss: SOU,
    proposal: '7.2.2',
    oldProposal: '7.2.2',
    newProposal: '7.2.2',
    oldStance: 'against',
    newStance: 'partly',
    oldQuote: ASTORP_722,
    newQuote: 'Vi ser inte nyttan, då det innebär en ny certifiering vart fjärde år.',
    comment: 'Invändningen gäller certifieringen.',
    documentId,
    expectedCurrent: null,
    at: new Date('2026-11-23T10:00:00Z'),
    ...overrides,
  };
}

describe('When an analyst has corrected a stance', () => {
  let store: Store;
  let engine: SearchEngine;
  let astorpDocument: number;

  beforeEach(async () => {
    store = await fillStore(await openSqliteStore(':memory:'));
    engine = await createSearchIndex(store);
    const found = await store.answersForRespondent('Åstorps kommun');
    astorpDocument = found[0].documentId;
  });
  afterEach(async () => {
    await store.close();
  });

  const astorpAnswer = async (query: string) => {
    const result = await engine.ask(query);
    return result.matches.flatMap((m) => m.answers).find((a) => a.respondent === 'Åstorps kommun');
  };

  test('the proposal query shows the corrected stance and quote with who and when', async () => {
    await store.addCorrection(astorp(astorpDocument));
    const answer = await astorpAnswer('7.2.2 SOU 2024:72');
    expect(answer).toMatchObject({
      stance: 'partly',
      quote: 'Vi ser inte nyttan, då det innebär en ny certifiering vart fjärde år.',
      corrected: { by: 'U0ANNA', at: '2026-11-23T10:00:00.000Z', comment: 'Invändningen gäller certifieringen.' },
    });
  });

  test('the tally counts the corrected stance', async () => {
    await store.addCorrection(astorp(astorpDocument));
    const result = await engine.ask('7.2.2 SOU 2024:72');
    expect(result.matches[0].tally).toEqual({ for: 0, partly: 1, against: 1, neutral: 0 });
  });

  test('an uncorrected answer carries no corrected mark', async () => {
    await store.addCorrection(astorp(astorpDocument));
    const result = await engine.ask('7.2.2 SOU 2024:72');
    const fss = result.matches[0].answers.find((a) => a.respondent === 'Föreningen Sveriges socialchefer');
    expect(fss?.corrected).toBeUndefined();
  });

  test('the latest of two corrections is the one shown', async () => {
    await store.addCorrection(astorp(astorpDocument, { newStance: 'for' }));
    await store.addCorrection(astorp(astorpDocument, { newStance: 'neutral', userId: 'U0BERIT' }));
    expect(await astorpAnswer('7.2.2 SOU 2024:72')).toMatchObject({ stance: 'neutral', corrected: { by: 'U0BERIT' } });
  });

  test('"tar inte ställning" removes the answer from the proposal', async () => {
    await store.addCorrection(astorp(astorpDocument, { newStance: 'none', newQuote: null }));
    expect(await astorpAnswer('7.2.2 SOU 2024:72')).toBeUndefined();
  });

  test('an answer moved to another proposal is shown there and no longer under the old one', async () => {
    await store.addCorrection(astorp(astorpDocument, { newProposal: '7.2.4', newStance: 'against' }));
    expect(await astorpAnswer('7.2.2 SOU 2024:72')).toBeUndefined();
    const moved = await engine.ask('7.2.4 SOU 2024:72');
    const answer = moved.matches.flatMap((m) => m.answers).find((a) => a.respondent === 'Åstorps kommun');
    expect(answer).toMatchObject({ stance: 'against', corrected: { by: 'U0ANNA' } });
  });

  test("the respondent's own list shows the corrected stance", async () => {
    await store.addCorrection(astorp(astorpDocument));
    const result = await engine.ask('Åstorps kommun');
    const answer = result.matches.find((m) => m.proposal === '7.2.2')?.answers[0];
    expect(answer).toMatchObject({ stance: 'partly', corrected: { by: 'U0ANNA' } });
  });

  test('the export input has the corrections applied', async () => {
    await store.addCorrection(astorp(astorpDocument));
    const answers = await correctedAnswers(store, SOU);
    const corrected = answers.filter((a) => a.corrected);
    expect(corrected.map((a) => [a.respondent, a.proposal, a.stance])).toEqual([['Åstorps kommun', '7.2.2', 'partly']]);
  });

  test('a re-ingested new version of the document keeps the correction', async () => {
    await store.addCorrection(astorp(astorpDocument));
    const astorpDoc = DOCUMENTS.find((d) => d.respondent === 'Åstorps kommun');
    if (!astorpDoc) throw new Error('fixture missing');
    const outcome = await store.saveDocument({
      file: astorpDoc.file,
      contentHash: 'hash-astorp-v2',
      parsed: astorpDoc,
    });
    expect(outcome.status).toBe('replaced');
    await engine.refresh();
    expect(await astorpAnswer('7.2.2 SOU 2024:72')).toMatchObject({ stance: 'partly', corrected: { by: 'U0ANNA' } });
  });
});
