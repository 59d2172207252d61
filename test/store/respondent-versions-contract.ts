import { ErrorCode, isRemissError } from '../../src/errors.js';
import type { Store } from '../../src/store/store.js';
import { correction } from './corrections-contract.js';
import { record, SOU, stance } from './documents.js';
import { totalsByRemiss } from './totals-by-remiss.js';

const DS = 'Ds 2023:5';
const ASTORP = 'Åstorps kommun';

/**
 * One current answer per known respondent and remiss: a respondent's letter ingested again under another file
 * name (the DOCX of a stored PDF, "svar (1).pdf", a copy with one added newline) is a new version of that answer,
 * not a second respondent. Called from describeStoreContract, so both backends keep the rule.
 */
export function describeRespondentVersionsContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`The ${name} store, when a respondent's answer arrives again under another file name`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const pdf = () =>
      record(
        { file: 'seeds/astorp.pdf', stances: [stance(), stance({ proposal: '7.3', stance: 'for' })] },
        { addedAt: new Date('2026-11-01T08:00:00Z') },
      );
    const docx = () =>
      record(
        { file: 'inkommet/astorp.docx', stances: [stance(), stance({ proposal: '7.3', stance: 'for' })] },
        { addedAt: new Date('2026-11-10T08:00:00Z') },
      );

    test('the new file replaces the earlier one, and the outcome names the file it replaced', async () => {
      const first = await store.saveDocument(pdf());
      const outcome = await store.saveDocument(docx());
      expect(outcome).toMatchObject({ status: 'replaced', stances: 2 });
      expect(outcome.replaced).toEqual([
        { documentId: first.documentId, file: 'astorp.pdf', respondent: ASTORP, remiss: SOU },
      ]);
      expect((await store.status()).responses).toBe(1);
      expect((await store.answersForProposal('7.2.2', SOU)).map((a) => a.file)).toEqual(['astorp.docx']);
    });

    test('the respondent is matched regardless of case and spacing', async () => {
      await store.saveDocument(pdf());
      const shouted = record({ file: 'ASTORP.docx', respondent: 'ÅSTORPS  KOMMUN' });
      expect((await store.saveDocument(shouted)).status).toBe('replaced');
      expect((await store.status()).responses).toBe(1);
    });

    test("the respondent's tallies and totals count the answer once", async () => {
      await store.saveDocument(pdf());
      await store.saveDocument(docx());
      expect(await totalsByRemiss(store, ASTORP)).toEqual([
        { remiss: SOU, matches: 2, answers: 2, tally: { for: 1, partly: 0, against: 1, neutral: 0 } },
      ]);
      const page = await store.respondentMatches(ASTORP, { offset: 0, limit: 10 });
      expect(page.totals).toEqual({ matches: 2, answers: 2, tally: { for: 1, partly: 0, against: 1, neutral: 0 } });
      const magnet = (await store.proposalTallies(SOU)).find((t) => t.proposal === '7.2.2');
      expect(magnet?.tally).toEqual({ for: 0, partly: 0, against: 1, neutral: 0 });
    });

    test('the earlier version is gone from quote search', async () => {
      await store.saveDocument(
        record({ file: 'a.pdf', stances: [stance({ quote: 'Kommunen avstyrker hemtjänsten.' })] }),
      );
      await store.saveDocument(record({ file: 'b.docx', stances: [stance({ quote: 'Kommunen tillstyrker.' })] }));
      expect(await store.searchQuotes('hemtjänsten', 10)).toEqual([]);
    });

    test('the new version counts as newly added, so the digest reports it', async () => {
      await store.saveDocument(pdf());
      await store.saveDocument(docx());
      const recent = await store.responsesAddedSince(new Date('2026-11-05T00:00:00Z'));
      expect(recent.map((r) => r.file)).toEqual(['astorp.docx']);
    });

    test('the same respondent answering another remiss keeps both answers', async () => {
      await store.saveDocument(pdf());
      const outcome = await store.saveDocument(record({ file: 'astorp-ds.pdf', remiss: { id: DS, title: null } }));
      expect(outcome).toMatchObject({ status: 'added', replaced: [] });
      expect((await store.listRespondents()).map((r) => r.remiss).sort()).toEqual([DS, SOU]);
    });

    test('documents whose respondent is unknown are never merged', async () => {
      await store.saveDocument(record({ file: 'okand-1.pdf', respondent: null }));
      const outcome = await store.saveDocument(record({ file: 'okand-2.pdf', respondent: null }));
      expect(outcome.status).toBe('added');
      expect((await store.status()).responses).toBe(2);
    });

    test('documents whose remiss is unknown are never merged', async () => {
      await store.saveDocument(record({ file: 'utan-remiss-1.pdf', remiss: null }));
      const outcome = await store.saveDocument(record({ file: 'utan-remiss-2.pdf', remiss: null }));
      expect(outcome.status).toBe('added');
      expect((await store.status()).responses).toBe(2);
    });

    test("the inquiry's own report is never replaced by an answer, nor replaces one", async () => {
      // Constructed: a report that names a respondent, so only its kind keeps it out of the rule.
      const report = (file: string) => record({ file, kind: 'report', respondent: ASTORP, stances: [] });
      const saved = [
        await store.saveDocument(report('betankande.pdf')),
        await store.saveDocument(pdf()),
        await store.saveDocument(report('betankande-kortversion.pdf')),
      ];
      expect(saved.map((o) => o.status)).toEqual(['added', 'added', 'added']);
      const stored = await Promise.all(saved.map((o) => store.documentStances(o.documentId)));
      expect(stored.every((d) => d !== null)).toBe(true);
    });

    describe('a document without stances (a protokollsutdrag, a bilaga) after an answer with stances', () => {
      const cover = () => record({ file: 'inkommet/protokollsutdrag.pdf', stances: [] });

      test('is refused and the answer with stances is kept, whole', async () => {
        await store.saveDocument(pdf());
        const error = await store.saveDocument(cover()).catch((e: unknown) => e);
        expect(isRemissError(error, ErrorCode.AnswerKept)).toBe(true);
        expect((error as Error).message).toContain('astorp.pdf');
        expect((await store.status()).responses).toBe(1);
        expect((await store.answersForProposal('7.2.2', SOU)).map((a) => a.file)).toEqual(['astorp.pdf']);
        expect(await totalsByRemiss(store, ASTORP)).toEqual([
          { remiss: SOU, matches: 2, answers: 2, tally: { for: 1, partly: 0, against: 1, neutral: 0 } },
        ]);
      });

      test('a new version under the same file name still replaces, even without stances', async () => {
        await store.saveDocument(pdf());
        const emptied = record({ file: 'seeds/astorp.pdf', stances: [] });
        expect((await store.saveDocument(emptied)).status).toBe('replaced');
        expect(await store.answersForProposal('7.2.2', SOU)).toEqual([]);
      });

      test('comes first, it is replaced by the answer with stances as before', async () => {
        await store.saveDocument(cover());
        expect((await store.saveDocument(pdf())).status).toBe('replaced');
        expect((await store.status()).responses).toBe(1);
      });

      test("another respondent's or another remiss's answer does not keep it out", async () => {
        await store.saveDocument(pdf());
        const other = record({ file: 'vision.pdf', respondent: 'Vision', stances: [] });
        expect((await store.saveDocument(other)).status).toBe('added');
        const ds = record({ file: 'ds.pdf', remiss: { id: DS, title: null }, stances: [] });
        expect((await store.saveDocument(ds)).status).toBe('added');
      });
    });

    test('a new version with the same file name still replaces, naming that file', async () => {
      const first = await store.saveDocument(pdf());
      const outcome = await store.saveDocument(record({ file: 'seeds/astorp.pdf', warnings: ['version 2'] }));
      expect(outcome.status).toBe('replaced');
      expect(outcome.replaced.map((r) => [r.documentId, r.file])).toEqual([[first.documentId, 'astorp.pdf']]);
    });

    test('a replacement moves the change marker, also when the replaced document was the last one saved', async () => {
      await store.saveDocument(pdf());
      const before = await store.changeMarker();
      await store.saveDocument(record({ file: 'seeds/astorp.pdf', warnings: ['version 2'] }));
      expect(await store.changeMarker()).not.toBe(before);
    });

    test('an added or unchanged document replaced nothing', async () => {
      const saved = pdf();
      expect((await store.saveDocument(saved)).replaced).toEqual([]);
      expect((await store.saveDocument({ ...saved, file: 'kopia.pdf' })).replaced).toEqual([]);
    });

    describe('and the replaced file is ingested again (both files stay in the folder)', () => {
      test('its bytes are unchanged: the newer answer stays, and nothing is written', async () => {
        const older = pdf();
        await store.saveDocument(older);
        const newer = await store.saveDocument(docx());
        const before = await store.changeMarker();
        const again = await store.saveDocument(older);
        expect(again).toEqual({ status: 'unchanged', documentId: newer.documentId, stances: 2, replaced: [] });
        expect((await store.answersForProposal('7.2.2', SOU)).map((a) => a.file)).toEqual(['astorp.docx']);
        expect(await store.changeMarker()).toBe(before);
      });

      test('looking its bytes up finds the answer that replaced it, so ingest skips it before reading', async () => {
        const older = pdf();
        await store.saveDocument(older);
        await store.saveDocument(docx());
        expect(await store.documentByHash(older.contentHash)).toMatchObject({
          file: 'astorp.docx',
          respondent: ASTORP,
          tally: { for: 1, partly: 0, against: 1, neutral: 0 },
        });
      });

      test('an edited copy of it (new bytes) is a new version again', async () => {
        await store.saveDocument(pdf());
        await store.saveDocument(docx());
        const edited = await store.saveDocument(record({ file: 'seeds/astorp.pdf', warnings: ['redigerad'] }));
        expect(edited.status).toBe('replaced');
        expect(edited.replaced.map((r) => r.file)).toEqual(['astorp.docx']);
      });

      test('once the respondent has no answer to the remiss, its bytes are stored again', async () => {
        const older = pdf();
        await store.saveDocument(older);
        await store.saveDocument(docx());
        // A new version of astorp.docx in which no respondent was found: it replaces the answer by file name.
        await store.saveDocument(record({ file: 'astorp.docx', respondent: null }));
        expect((await store.saveDocument(older)).status).toBe('added');
      });

      test('the old bytes of a file changed under its own name are a new version, as before', async () => {
        const first = record({ file: 'astorp.pdf' });
        await store.saveDocument(first);
        await store.saveDocument(record({ file: 'astorp.pdf', warnings: ['version 2'] }));
        expect((await store.saveDocument(first)).status).toBe('replaced');
      });
    });

    describe("and an analyst had corrected the earlier file's stance", () => {
      test('the correction carries over when the new file answers the same proposal', async () => {
        const { documentId } = await store.saveDocument(pdf());
        await store.addCorrection(correction(documentId));
        await store.saveDocument(docx());
        expect(await store.currentCorrections()).toHaveLength(1);
        expect(await store.orphanedCorrections()).toEqual([]);
      });

      test('it is reported as orphaned, not lost, when the new file no longer answers the proposal', async () => {
        const { documentId } = await store.saveDocument(pdf());
        await store.addCorrection(correction(documentId));
        await store.saveDocument(record({ file: 'astorp.docx', stances: [stance({ proposal: '7.3' })] }));
        expect((await store.orphanedCorrections()).map((c) => c.proposal)).toEqual(['7.2.2']);
        expect(await store.correctionsSince()).toHaveLength(1);
      });

      test('a correction made on the replaced file after the fact is refused', async () => {
        const { documentId } = await store.saveDocument(pdf());
        const seen = await store.documentStances(documentId);
        await store.saveDocument(docx());
        const error = await store
          .addCorrection(correction(documentId, { contentHash: seen?.contentHash }))
          .catch((e: unknown) => e);
        expect(isRemissError(error, ErrorCode.CorrectionDocumentGone)).toBe(true);
      });
    });
  });
}
