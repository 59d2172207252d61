import type { Store } from '../../src/store/store.js';
import { record, SOU, stance } from './documents.js';
import { totalsByRemiss } from './totals-by-remiss.js';

const OTHER = 'SOU 2023:10';

/**
 * The same bytes filed again under another remiss (ingest with another `--remiss` hint): `refile` replaces the
 * stored document with these bytes instead of reporting it unchanged. Called from describeStoreContract, so both
 * backends keep the rule.
 */
export function describeRefileContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`The ${name} store, when stored bytes are filed again under another remiss`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const unfiled = () =>
      record({ remiss: null, respondent: 'Exempelkommunen', stances: [stance({ quote: 'Vi tillstyrker.' })] });
    const filed = (first: ReturnType<typeof unfiled>, remiss: string) => ({
      ...first,
      parsed: { ...first.parsed, remiss: { id: remiss, title: null } },
      addedAt: new Date('2026-11-21T09:00:00Z'),
      refile: true,
    });

    test('without refile the same bytes are unchanged, whatever their new parse says', async () => {
      const first = unfiled();
      await store.saveDocument(first);
      const { refile: _, ...again } = filed(first, SOU);
      expect((await store.saveDocument(again)).status).toBe('unchanged');
      expect(await store.answersForProposal('7.2.2', SOU)).toEqual([]);
    });

    test('with refile the document is replaced and its answers are under the new remiss', async () => {
      const first = unfiled();
      const stored = await store.saveDocument(first);
      const outcome = await store.saveDocument(filed(first, SOU));
      expect(outcome.status).toBe('replaced');
      expect(outcome.replaced.map((r) => r.documentId)).toEqual([stored.documentId]);
      expect((await store.answersForProposal('7.2.2', SOU)).map((a) => a.respondent)).toEqual(['Exempelkommunen']);
      expect((await store.status()).responses).toBe(1);
    });

    test('the refiled bytes are found by their hash under the new remiss', async () => {
      const first = unfiled();
      await store.saveDocument(first);
      await store.saveDocument(filed(first, SOU));
      expect((await store.documentByHash(first.contentHash))?.remiss?.id).toBe(SOU);
    });

    test('filed again under a third remiss, the answers move and the tallies follow', async () => {
      const first = unfiled();
      await store.saveDocument(first);
      await store.saveDocument(filed(first, SOU));
      await store.saveDocument(filed(first, OTHER));
      expect(await store.answersForProposal('7.2.2', SOU)).toEqual([]);
      expect((await store.answersForProposal('7.2.2', OTHER)).length).toBe(1);
      const totals = await totalsByRemiss(store, 'Exempelkommunen');
      expect(totals.map((t) => [t.remiss, t.answers])).toEqual([[OTHER, 1]]);
    });

    test('refile of bytes never stored adds them as usual', async () => {
      expect((await store.saveDocument({ ...unfiled(), refile: true })).status).toBe('added');
    });
  });
}
