import type { CorrectionInput } from '../../src/core/review/correction.js';
import { ErrorCode, isRemissError } from '../../src/errors.js';
import { correctedAnswers } from '../../src/search/corrections.js';
import type { Store } from '../../src/store/store.js';
import { record, SOU, stance } from './documents.js';

/** A correction of Åstorps kommun's 7.2.2 (parsed: avstyrker) to "tillstyrker delvis". */
export function correction(documentId: number, overrides: Partial<CorrectionInput> = {}): CorrectionInput {
  return {
    userId: 'U0ANNA',
    respondent: 'Åstorps kommun',
    remiss: SOU,
    proposal: '7.2.2',
    oldProposal: '7.2.2',
    newProposal: '7.2.2',
    oldStance: 'against',
    newStance: 'partly',
    oldQuote: 'Åstorps kommun avstyrker förslaget om magnetmodellen.',
    newQuote: 'Åstorps kommun avstyrker förslaget om magnetmodellen.',
    comment: 'Läs hela stycket: kommunen stödjer syftet.',
    documentId,
    expectedCurrent: null,
    at: new Date('2026-11-23T10:00:00Z'),
    ...overrides,
  };
}

/** The correction rules every Store backend must keep; called from describeStoreContract. */
export function describeCorrectionContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`The ${name} store's corrections`, () => {
    let store: Store;
    let documentId: number;
    beforeEach(async () => {
      store = await makeStore();
      ({ documentId } = await store.saveDocument(record()));
    });
    afterEach(async () => {
      await store.close();
    });

    test('a correction is stored with who, when, old and new value, comment and the document hash', async () => {
      const saved = record({ file: 'seeds/vision.pdf', respondent: 'Vision' });
      const { documentId: vision } = await store.saveDocument(saved);
      const outcome = await store.addCorrection(correction(vision, { respondent: 'Vision' }));
      expect(outcome).toMatchObject({ status: 'stored', stale: false });
      expect(outcome.correction).toMatchObject({
        userId: 'U0ANNA',
        createdAt: '2026-11-23T10:00:00.000Z',
        respondent: 'Vision',
        remiss: SOU,
        proposal: '7.2.2',
        oldStance: 'against',
        newStance: 'partly',
        comment: 'Läs hela stycket: kommunen stödjer syftet.',
        documentId: vision,
        contentHash: saved.contentHash,
        basedOn: null,
      });
    });

    test('the audit trail lists every correction oldest first, and --since leaves out older ones', async () => {
      await store.addCorrection(correction(documentId, { at: new Date('2026-11-01T10:00:00Z') }));
      await store.addCorrection(correction(documentId, { newStance: 'for', at: new Date('2026-11-20T10:00:00Z') }));
      expect((await store.correctionsSince()).map((c) => c.newStance)).toEqual(['partly', 'for']);
      const recent = await store.correctionsSince(new Date('2026-11-10T00:00:00Z'));
      expect(recent.map((c) => c.newStance)).toEqual(['for']);
    });

    test('a second correction of the same stance keeps the first in the history and wins as current', async () => {
      const first = await store.addCorrection(correction(documentId));
      await store.addCorrection(
        correction(documentId, { newStance: 'for', oldStance: 'partly', expectedCurrent: first.correction.id }),
      );
      expect(await store.correctionsSince()).toHaveLength(2);
      expect((await store.currentCorrections()).map((c) => c.newStance)).toEqual(['for']);
    });

    test('a correction based on the latest one is not stale', async () => {
      const first = await store.addCorrection(correction(documentId));
      const second = await store.addCorrection(correction(documentId, { expectedCurrent: first.correction.id }));
      expect(second.stale).toBe(false);
    });

    test('a correction made without seeing a concurrent one is stored, wins, and is reported stale', async () => {
      await store.addCorrection(correction(documentId, { userId: 'U0ANNA', newStance: 'for' }));
      const late = await store.addCorrection(correction(documentId, { userId: 'U0BERIT', newStance: 'neutral' }));
      expect(late).toMatchObject({ status: 'stored', stale: true });
      expect((await store.currentCorrections()).map((c) => c.userId)).toEqual(['U0BERIT']);
      expect(await store.correctionsSince()).toHaveLength(2);
    });

    test('two corrections submitted at the same moment are both kept and exactly one is told it was stale', async () => {
      const outcomes = await Promise.all([
        store.addCorrection(correction(documentId, { userId: 'U0ANNA' })),
        store.addCorrection(correction(documentId, { userId: 'U0BERIT' })),
      ]);
      expect(outcomes.filter((o) => o.stale)).toHaveLength(1);
      expect(await store.correctionsSince()).toHaveLength(2);
    });

    test('the same request submitted twice is stored once', async () => {
      const first = await store.addCorrection(correction(documentId, { requestKey: 'V0VIEW1' }));
      const again = await store.addCorrection(correction(documentId, { requestKey: 'V0VIEW1' }));
      expect(again).toMatchObject({ status: 'duplicate', correction: { id: first.correction.id } });
      expect(await store.correctionsSince()).toHaveLength(1);
    });

    test('a correction of a document that has been replaced is refused and nothing is stored', async () => {
      const seen = await store.documentStances(documentId);
      await store.saveDocument(record({ warnings: ['version 2'] }));
      const input = correction(documentId, { contentHash: seen?.contentHash });
      const error = await store.addCorrection(input).catch((e: unknown) => e);
      expect(isRemissError(error, ErrorCode.CorrectionDocumentGone)).toBe(true);
      expect(await store.correctionsSince()).toEqual([]);
    });

    test('a correction of a document id that no longer exists is refused', async () => {
      const error = await store.addCorrection(correction(documentId + 1000)).catch((e: unknown) => e);
      expect(isRemissError(error, ErrorCode.CorrectionDocumentGone)).toBe(true);
    });

    test("a document's stances and content hash are there for the correction modal", async () => {
      const saved = record({
        file: 'vision.pdf',
        respondent: 'Vision',
        stances: [stance(), stance({ proposal: '7.3' })],
      });
      const { documentId: vision } = await store.saveDocument(saved);
      const found = await store.documentStances(vision);
      expect(found?.contentHash).toBe(saved.contentHash);
      expect(found?.path).toBe('vision.pdf');
      expect(found?.answers.map((a) => a.proposal)).toEqual(['7.2.2', '7.3']);
      expect(await store.documentStances(vision + 1000)).toBeNull();
    });

    test('a correction saved while an answer without a respondent was named by its file still applies', async () => {
      const unknown = await store.saveDocument(record({ file: 'okand.pdf', respondent: null }));
      // How such a correction was keyed before these answers were named "Okänd remissinstans (okand.pdf)".
      await store.addCorrection(correction(unknown.documentId, { respondent: 'okand.pdf', newStance: 'neutral' }));
      const answers = (await correctedAnswers(store)).filter((a) => a.file === 'okand.pdf');
      expect(answers.map((a) => [a.respondent, a.stance, a.corrected?.by])).toEqual([
        ['Okänd remissinstans (okand.pdf)', 'neutral', 'U0ANNA'],
      ]);
    });

    test('current corrections can be asked for one remiss', async () => {
      const other = await store.saveDocument(
        record({ file: 'ds.pdf', remiss: { id: 'Ds 2023:5', title: null }, respondent: 'Vision' }),
      );
      await store.addCorrection(correction(documentId));
      await store.addCorrection(correction(other.documentId, { remiss: 'Ds 2023:5', respondent: 'Vision' }));
      expect((await store.currentCorrections(SOU)).map((c) => c.respondent)).toEqual(['Åstorps kommun']);
      expect(await store.currentCorrections()).toHaveLength(2);
    });

    test('a respondent written in other case is the same target', async () => {
      await store.addCorrection(correction(documentId, { newStance: 'for' }));
      await store.addCorrection(correction(documentId, { respondent: 'ÅSTORPS  KOMMUN', newStance: 'neutral' }));
      expect((await store.currentCorrections()).map((c) => c.newStance)).toEqual(['neutral']);
    });

    test('a correction survives a new version of the document that still has the proposal', async () => {
      await store.addCorrection(correction(documentId));
      await store.saveDocument(record({ stances: [stance({ quote: 'Ny lydelse om magnetmodellen.' })] }));
      expect(await store.currentCorrections()).toHaveLength(1);
      expect(await store.orphanedCorrections()).toEqual([]);
    });

    test('a correction whose proposal the new version no longer has is reported as orphaned, not lost', async () => {
      await store.addCorrection(correction(documentId));
      await store.saveDocument(record({ stances: [stance({ proposal: '7.3' })] }));
      expect((await store.orphanedCorrections()).map((c) => c.proposal)).toEqual(['7.2.2']);
      expect(await store.correctionsSince()).toHaveLength(1);
    });

    test('a correction of a title-only stance is matched by its title key', async () => {
      const titled = await store.saveDocument(
        record({ file: 'vision.pdf', respondent: 'Vision', stances: [stance({ proposal: null, title: 'Ledarskap' })] }),
      );
      await store.addCorrection(correction(titled.documentId, { respondent: 'Vision', proposal: 'title:ledarskap' }));
      expect(await store.orphanedCorrections()).toEqual([]);
    });
  });
}
