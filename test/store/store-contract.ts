import { SLACK_SV } from '../../src/core/render/strings-sv.js';
import type { Store } from '../../src/store/store.js';
import { describeCorrectionContract } from './corrections-contract.js';
import { parsed, record, SOU, stance } from './documents.js';
import { describeRefileContract } from './refile-contract.js';
import { describeRespondentVersionsContract } from './respondent-versions-contract.js';
import { describeSharedTitlesContract } from './shared-titles-contract.js';
import { totalsByRemiss } from './totals-by-remiss.js';

/**
 * The behaviour every Store backend must have. Run it with a factory that returns a fresh, empty store:
 * `describeStoreContract('SQLite', () => openSqliteStore(tmpPath()))`.
 */
export function describeStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`The ${name} store`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('when saving documents', () => {
      test('a new document is added with its stance count', async () => {
        const outcome = await store.saveDocument(record({ stances: [stance(), stance({ proposal: '7.3' })] }));
        expect(outcome).toMatchObject({ status: 'added', stances: 2 });
      });

      test('the same content twice is one document, reported unchanged', async () => {
        const first = record();
        await store.saveDocument(first);
        const again = await store.saveDocument({ ...first, file: 'elsewhere/copy.pdf' });
        expect(again).toMatchObject({ status: 'unchanged', stances: 1 });
        expect((await store.status()).responses).toBe(1);
      });

      test('a changed file with the same name replaces the old stances', async () => {
        await store.saveDocument(record({ stances: [stance({ quote: 'Gammal lydelse om magnetmodellen.' })] }));
        const outcome = await store.saveDocument(
          record({ stances: [stance({ quote: 'Ny lydelse om magnetmodellen.', stance: 'for' })] }),
        );
        expect(outcome.status).toBe('replaced');
        const answers = await store.answersForProposal('7.2.2');
        expect(answers.map((a) => a.quote)).toEqual(['Ny lydelse om magnetmodellen.']);
      });

      test('the replaced version is no longer found by quote search', async () => {
        await store.saveDocument(record({ stances: [stance({ quote: 'Kommunen avstyrker hemtjänstmodellen.' })] }));
        await store.saveDocument(record({ stances: [stance({ quote: 'Kommunen tillstyrker förslaget.' })] }));
        expect(await store.searchQuotes('hemtjänstmodellen', 10)).toEqual([]);
      });

      test('a replaced document counts as newly added', async () => {
        await store.saveDocument(record({}, { addedAt: new Date('2026-11-01T08:00:00Z') }));
        await store.saveDocument(record({ warnings: ['v2'] }, { addedAt: new Date('2026-11-10T08:00:00Z') }));
        const recent = await store.responsesAddedSince(new Date('2026-11-05T00:00:00Z'));
        expect(recent.map((r) => r.respondent)).toEqual(['Åstorps kommun']);
      });

      test('files that share a name but come from different respondents are both kept', async () => {
        await store.saveDocument(record({ file: 'a/remissvar.pdf', respondent: 'Vision' }));
        const outcome = await store.saveDocument(record({ file: 'b/remissvar.pdf', respondent: 'Åstorps kommun' }));
        expect(outcome.status).toBe('added');
        expect((await store.status()).responses).toBe(2);
      });

      test('a save that fails half-way leaves the store as it was', async () => {
        await store.saveDocument(record({ file: 'first.pdf' }));
        const bad = record({ file: 'bad.pdf', stances: [stance(), stance({ stance: 'maybe' as never })] });
        await expect(store.saveDocument(bad)).rejects.toThrow();
        expect(await store.status()).toMatchObject({ responses: 1, stances: 1, lastAddedFile: 'first.pdf' });
        expect(await store.documentByHash(bad.contentHash)).toBeNull();
      });

      test('a document is found again by its content hash, with its tally', async () => {
        const saved = record({ stances: [stance(), stance({ proposal: '7.3', stance: 'for' })] });
        await store.saveDocument(saved);
        const found = await store.documentByHash(saved.contentHash);
        expect(found).toMatchObject({
          file: 'astorp.pdf',
          respondent: 'Åstorps kommun',
          remiss: { id: SOU },
          tally: { for: 1, partly: 0, against: 1, neutral: 0 },
        });
      });
    });

    describe('when asking about a proposal', () => {
      beforeEach(async () => {
        await store.saveDocument(record({ file: 'astorp.pdf' }));
        await store.saveDocument(
          record({
            file: 'vision.pdf',
            respondent: 'Vision',
            stances: [stance({ stance: 'for', quote: 'Vision tillstyrker 7.2.2.' })],
          }),
        );
        await store.saveDocument(
          record({ file: 'ds.pdf', remiss: { id: 'Ds 2023:5', title: null }, respondent: 'Vision' }),
        );
      });

      test('every respondent answering that number is returned with file and page', async () => {
        const answers = await store.answersForProposal('7.2.2', SOU);
        expect(answers.map((a) => [a.respondent, a.stance, a.file, a.page])).toEqual([
          ['Vision', 'for', 'vision.pdf', 2],
          ['Åstorps kommun', 'against', 'astorp.pdf', 2],
        ]);
      });

      test('without a remiss, answers from every remiss with that number are returned', async () => {
        const answers = await store.answersForProposal('7.2.2');
        expect(new Set(answers.map((a) => a.remiss))).toEqual(new Set([SOU, 'Ds 2023:5']));
      });

      test('a number nobody answered gives an empty list', async () => {
        expect(await store.answersForProposal('99.9')).toEqual([]);
      });
    });

    describe('when asking about a respondent', () => {
      beforeEach(async () => {
        await store.saveDocument(
          record({ stances: [stance({ proposal: '10.1' }), stance({ proposal: '7.2.2' }), stance({ proposal: '*' })] }),
        );
      });

      test('the name matches regardless of case, also for Å Ä Ö', async () => {
        const answers = await store.answersForRespondent('ÅSTORPS KOMMUN');
        expect(answers).toHaveLength(3);
      });

      test('answers come in proposal order, the whole remiss first', async () => {
        const answers = await store.answersForRespondent('Åstorps kommun');
        expect(answers.map((a) => a.proposal)).toEqual(['*', '7.2.2', '10.1']);
      });

      test('a partial name finds nothing (fuzzy matching belongs to search)', async () => {
        expect(await store.answersForRespondent('Åstorp')).toEqual([]);
      });

      test('respondents are listed with their remiss', async () => {
        expect(await store.listRespondents()).toEqual([{ respondent: 'Åstorps kommun', remiss: SOU }]);
      });
    });

    describe("when paging a respondent's answers", () => {
      const SKANE = 'Region Skåne';
      const DS = 'Ds 2023:5';
      beforeEach(async () => {
        await store.saveDocument(
          record({
            file: 'skane.pdf',
            respondent: SKANE,
            stances: [
              stance({ proposal: '4.10', stance: 'against' }),
              stance({ proposal: '4.2', stance: 'partly' }),
              stance({ proposal: '4.1', stance: 'for' }),
              stance({ proposal: '*', stance: 'neutral' }),
              stance({ proposal: null, title: 'Översyn av tillsynen', stance: 'against' }),
              stance({ proposal: null, title: 'Ändring i lagen', stance: 'for' }),
              stance({ proposal: '07.2', stance: 'for' }),
              stance({ proposal: 'bilaga', stance: 'neutral' }),
              // The letter answers 4.2 a second time, further down.
              stance({ proposal: '4.2', stance: 'for' }),
            ],
          }),
        );
        await store.saveDocument(
          record({
            file: 'skane-ds.pdf',
            respondent: SKANE,
            remiss: { id: DS, title: null },
            stances: [stance({ proposal: '3.1', stance: 'for' })],
          }),
        );
      });

      test('answers come by remiss, then "*", numbers as numbers, other markers, and title-only answers last', async () => {
        const answers = await store.answersForRespondent(SKANE);
        expect(answers.map((a) => [a.remiss, a.proposal ?? a.title])).toEqual([
          [DS, '3.1'],
          [SOU, '*'],
          [SOU, '4.1'],
          [SOU, '4.2'],
          [SOU, '4.2'],
          [SOU, '4.10'],
          [SOU, '07.2'],
          [SOU, 'bilaga'],
          [SOU, 'Ändring i lagen'],
          [SOU, 'Översyn av tillsynen'],
        ]);
      });

      test('answers to the same proposal come in the order they were stored', async () => {
        const answers = await store.answersForRespondent(SKANE);
        expect(answers.filter((a) => a.proposal === '4.2').map((a) => a.stance)).toEqual(['partly', 'for']);
      });

      test('per remiss, the totals count proposals and stances, a proposal answered twice once', async () => {
        expect(await totalsByRemiss(store, SKANE)).toEqual([
          { remiss: DS, matches: 1, answers: 1, tally: { for: 1, partly: 0, against: 0, neutral: 0 } },
          { remiss: SOU, matches: 8, answers: 9, tally: { for: 4, partly: 1, against: 2, neutral: 2 } },
        ]);
      });

      test("a replaced document's answers leave its remiss's totals, and the other remiss's stay", async () => {
        await store.saveDocument(
          record({
            file: 'skane-ds.pdf',
            respondent: SKANE,
            remiss: { id: DS, title: null },
            stances: [stance({ proposal: '3.1', stance: 'against' }), stance({ proposal: '3.2', stance: 'against' })],
          }),
        );
        expect(await totalsByRemiss(store, SKANE)).toEqual([
          { remiss: DS, matches: 2, answers: 2, tally: { for: 0, partly: 0, against: 2, neutral: 0 } },
          { remiss: SOU, matches: 8, answers: 9, tally: { for: 4, partly: 1, against: 2, neutral: 2 } },
        ]);
      });

      const label = (a: { remiss: string; proposal: string | null; title: string | null }) =>
        `${a.remiss} ${a.proposal ?? a.title}`;

      test('a page of matches holds every answer of its matches, a proposal answered twice as one match', async () => {
        const page = await store.respondentMatches(SKANE, { offset: 2, limit: 3 });
        expect(page.answers.map(label)).toEqual([`${SOU} 4.1`, `${SOU} 4.2`, `${SOU} 4.2`, `${SOU} 4.10`]);
      });

      test('the totals count every match, answer and stance, not only the page', async () => {
        const page = await store.respondentMatches('region skåne', { offset: 0, limit: 1 });
        expect(page.answers.map(label)).toEqual([`${DS} 3.1`]);
        expect(page.totals).toEqual({ matches: 9, answers: 10, tally: { for: 5, partly: 1, against: 2, neutral: 2 } });
      });

      test('pages read in turn give the whole list once, in the order of the answers list', async () => {
        const all = (await store.answersForRespondent(SKANE)).map((a) => a.stanceId);
        const paged: number[] = [];
        for (let offset = 0; offset < 9; offset += 2) {
          paged.push(...(await store.respondentMatches(SKANE, { offset, limit: 2 })).answers.map((a) => a.stanceId));
        }
        expect(paged).toEqual(all);
      });

      test('remisser come in the order asked for, unlisted ones after', async () => {
        const first = await store.respondentMatches(SKANE, { offset: 0, limit: 1, remissOrder: [SOU, DS] });
        expect(first.answers.map(label)).toEqual([`${SOU} *`]);
        const last = await store.respondentMatches(SKANE, { offset: 8, limit: 5, remissOrder: [SOU] });
        expect(last.answers.map(label)).toEqual([`${DS} 3.1`]);
      });

      test('one remiss: its matches and its totals only', async () => {
        const page = await store.respondentMatches(SKANE, { remiss: DS, offset: 0, limit: 10 });
        expect(page.answers.map(label)).toEqual([`${DS} 3.1`]);
        expect(page.totals).toEqual({ matches: 1, answers: 1, tally: { for: 1, partly: 0, against: 0, neutral: 0 } });
      });

      test("an offset within one remiss skips that remiss's matches only", async () => {
        const page = await store.respondentMatches(SKANE, { remiss: SOU, offset: 1, limit: 2 });
        expect(page.answers.map(label)).toEqual([`${SOU} 4.1`, `${SOU} 4.2`, `${SOU} 4.2`]);
      });

      test('a page past the end has no answers but still the totals', async () => {
        const page = await store.respondentMatches(SKANE, { offset: 9, limit: 5 });
        expect(page.answers).toEqual([]);
        expect(page.totals.matches).toBe(9);
      });

      test('an unknown respondent has no answers and zero totals', async () => {
        expect(await store.respondentMatches('Vision', { offset: 0, limit: 5 })).toEqual({
          answers: [],
          totals: { matches: 0, answers: 0, tally: { for: 0, partly: 0, against: 0, neutral: 0 } },
        });
      });

      test("a replaced document's answers leave the pages and the totals", async () => {
        // The same letter again as DOCX, now answering 4.2 once and 9.9 too: it replaces skane.pdf.
        await store.saveDocument(
          record({
            file: 'skane.docx',
            respondent: SKANE,
            stances: [stance({ proposal: '4.2', stance: 'for' }), stance({ proposal: '9.9', stance: 'for' })],
          }),
        );
        const page = await store.respondentMatches(SKANE, { remiss: SOU, offset: 0, limit: 20 });
        expect(page.answers.map((a) => [a.file, a.proposal])).toEqual([
          ['skane.docx', '4.2'],
          ['skane.docx', '9.9'],
        ]);
        expect(page.totals).toEqual({ matches: 2, answers: 2, tally: { for: 2, partly: 0, against: 0, neutral: 0 } });
        expect((await store.respondentMatches(SKANE, { offset: 0, limit: 20 })).totals.matches).toBe(3);
      });
    });

    describe('when counting proposals', () => {
      test('each proposal is counted per stance, title-only answers by title, over all documents', async () => {
        await store.saveDocument(
          record({
            stances: [
              stance({ proposal: '7.2.2', stance: 'against' }),
              stance({ proposal: null, title: 'Översyn av tillsynen', stance: 'for' }),
            ],
          }),
        );
        await store.saveDocument(
          record({ file: 'vision.pdf', respondent: 'Vision', stances: [stance({ proposal: '7.2.2', stance: 'for' })] }),
        );
        const tallies = (await store.proposalTallies(SOU)).sort((a, b) =>
          (a.proposal ?? '').localeCompare(b.proposal ?? ''),
        );
        expect(tallies).toEqual([
          {
            remiss: SOU,
            proposal: null,
            title: 'Översyn av tillsynen',
            tally: { for: 1, partly: 0, against: 0, neutral: 0 },
          },
          {
            remiss: SOU,
            proposal: '7.2.2',
            title: 'Magnetmodellen',
            tally: { for: 1, partly: 0, against: 1, neutral: 0 },
          },
        ]);
        expect(await store.proposalTallies('Ds 2099:1')).toEqual([]);
        expect(await store.proposalTallies()).toHaveLength(2);
      });
    });

    describe('when asking which remisser were answered lately', () => {
      test('each remiss has its number of remissvar and when the latest was added, the report not counted', async () => {
        const ds = { id: 'Ds 2025:3', title: null };
        await store.saveDocument(record({ file: 'a.pdf' }, { addedAt: new Date('2026-11-01T08:00:00Z') }));
        await store.saveDocument(
          record({ file: 'b.pdf', respondent: 'Vision' }, { addedAt: new Date('2026-11-03T08:00:00Z') }),
        );
        await store.saveDocument(
          record(
            { file: 'sou.txt', kind: 'report', respondent: null, stances: [] },
            { addedAt: new Date('2026-11-09T08:00:00Z') },
          ),
        );
        await store.saveDocument(
          record({ file: 'ds.pdf', remiss: ds, stances: [] }, { addedAt: new Date('2026-11-02T08:00:00Z') }),
        );
        await store.saveDocument(
          record({ file: 'okand.pdf', remiss: null, stances: [] }, { addedAt: new Date('2026-11-05T08:00:00Z') }),
        );
        const activity = (await store.remissActivity()).sort((a, b) => a.remiss.localeCompare(b.remiss));
        expect(activity).toEqual([
          { remiss: 'Ds 2025:3', responses: 1, lastAddedAt: '2026-11-02T08:00:00.000Z' },
          { remiss: SOU, responses: 2, lastAddedAt: '2026-11-03T08:00:00.000Z' },
        ]);
      });

      test('an empty store, or one with only the report, has no answered remiss', async () => {
        expect(await store.remissActivity()).toEqual([]);
        await store.saveDocument(record({ kind: 'report', respondent: null, stances: [] }));
        expect(await store.remissActivity()).toEqual([]);
      });
    });

    describe('when searching quotes', () => {
      beforeEach(async () => {
        await store.saveDocument(
          record({
            stances: [
              stance({ quote: 'Vi avstyrker magnetmodellen i sin helhet.' }),
              stance({ proposal: '7.3', title: 'Ledarskapsutbildning', quote: 'En nationell utbildning välkomnas.' }),
              stance({ proposal: '8.1', title: null, quote: 'Kostnaden på 50% är för hög (EU).' }),
            ],
          }),
        );
      });

      test('a word inside a quote is found, ignoring case', async () => {
        const hits = await store.searchQuotes('MAGNETMODELL', 10);
        expect(hits.map((h) => h.quote)).toEqual(['Vi avstyrker magnetmodellen i sin helhet.']);
      });

      test('a word in the proposal title is found', async () => {
        const hits = await store.searchQuotes('ledarskap', 10);
        expect(hits.map((h) => h.proposal)).toEqual(['7.3']);
      });

      test('every word must occur', async () => {
        expect(await store.searchQuotes('nationell magnetmodellen', 10)).toEqual([]);
      });

      test('a query shorter than three characters still finds text', async () => {
        const hits = await store.searchQuotes('EU', 10);
        expect(hits.map((h) => h.proposal)).toEqual(['8.1']);
      });

      test('FTS and LIKE syntax in user text is searched literally', async () => {
        expect((await store.searchQuotes('50%', 10)).map((h) => h.proposal)).toEqual(['8.1']);
        for (const query of ['"', 'magnet* OR x', '^(!|=', "'", 'NEAR(a b)', '_', '%', 'a"b"c']) {
          expect(Array.isArray(await store.searchQuotes(query, 10))).toBe(true);
        }
      });

      test('an empty query finds nothing', async () => {
        expect(await store.searchQuotes('   ', 10)).toEqual([]);
      });

      test('a 5,000-character query is answered without error', async () => {
        const hits = await store.searchQuotes('magnetmodellen '.repeat(340), 10);
        expect(hits.map((h) => h.proposal)).toEqual(['7.2.2']);
      });

      test('the limit caps the number of hits', async () => {
        expect(await store.searchQuotes('e', 2)).toHaveLength(2);
      });
    });

    describe('the catalog', () => {
      test('proposals are listed in numeric order per remiss', async () => {
        await store.upsertProposals(
          [
            { remiss: SOU, number: '10.1', title: 'Tio' },
            { remiss: SOU, number: '7.2.2', title: 'Magnetmodellen' },
            { remiss: SOU, number: '7.2', title: 'Sju två' },
          ],
          'harvested',
        );
        expect((await store.listProposals(SOU)).map((p) => p.number)).toEqual(['7.2', '7.2.2', '10.1']);
      });

      test('a curated title replaces a harvested one', async () => {
        await store.upsertProposals([{ remiss: SOU, number: '7.2.2', title: 'magnetmodellen (ur svar)' }], 'harvested');
        await store.upsertProposals([{ remiss: SOU, number: '7.2.2', title: 'Magnetmodellen' }], 'curated');
        expect(await store.listProposals()).toEqual([{ remiss: SOU, number: '7.2.2', title: 'Magnetmodellen' }]);
      });

      test('a harvested title does not overwrite a known one', async () => {
        await store.upsertProposals([{ remiss: SOU, number: '7.2.2', title: 'Magnetmodellen' }], 'curated');
        await store.upsertProposals([{ remiss: SOU, number: '7.2.2', title: 'Något annat' }], 'harvested');
        expect((await store.listProposals(SOU))[0].title).toBe('Magnetmodellen');
      });

      test('remisser come from catalogs and documents', async () => {
        await store.upsertProposals([{ remiss: 'Ds 2023:5', number: '1', title: 'Ett' }], 'curated');
        await store.saveDocument(record());
        expect((await store.listRemisser()).map((r) => r.id)).toEqual(['Ds 2023:5', SOU]);
      });
    });

    describe('responses added since a time', () => {
      test('only documents added at or after the time are returned, oldest first', async () => {
        const at = (day: string) => ({ addedAt: new Date(`2026-11-${day}T08:00:00Z`) });
        await store.saveDocument(record({ file: 'old.pdf', respondent: 'Vision' }, at('01')));
        await store.saveDocument(record({ file: 'b.pdf', respondent: 'Region Skåne' }, at('03')));
        await store.saveDocument(record({ file: 'a.pdf' }, at('02')));
        const recent = await store.responsesAddedSince(new Date('2026-11-02T08:00:00Z'));
        expect(recent.map((r) => r.file)).toEqual(['a.pdf', 'b.pdf']);
      });

      test("the inquiry's own report is not a response", async () => {
        await store.saveDocument(record({ kind: 'report', respondent: null, stances: [] }));
        expect(await store.responsesAddedSince(new Date(0))).toEqual([]);
      });
    });

    describe('status', () => {
      test('an empty store has nothing', async () => {
        expect(await store.status()).toEqual({
          remisser: 0,
          responses: 0,
          stances: 0,
          lastAddedAt: null,
          lastAddedFile: null,
        });
      });

      test('counts remisser, responses and stances and names the last file added', async () => {
        await store.saveDocument(record({ file: 'a.pdf' }, { addedAt: new Date('2026-11-01T08:00:00Z') }));
        await store.saveDocument(
          record(
            { file: 'b.pdf', respondent: 'Vision', stances: [stance(), stance()] },
            { addedAt: new Date('2026-11-02T08:00:00Z') },
          ),
        );
        expect(await store.status()).toEqual({
          remisser: 1,
          responses: 2,
          stances: 3,
          lastAddedAt: '2026-11-02T08:00:00.000Z',
          lastAddedFile: 'b.pdf',
        });
      });

      test("names the last remissvar added, not the inquiry's own report added after it", async () => {
        await store.saveDocument(
          record({ file: 'vision.pdf', respondent: 'Vision' }, { addedAt: new Date('2026-11-01T08:00:00Z') }),
        );
        await store.saveDocument(
          record(
            { file: 'betankande.txt', kind: 'report', respondent: null, stances: [] },
            { addedAt: new Date('2026-11-02T08:00:00Z') },
          ),
        );
        expect(await store.status()).toMatchObject({
          responses: 1,
          lastAddedAt: '2026-11-01T08:00:00.000Z',
          lastAddedFile: 'vision.pdf',
        });
      });

      test('with only the inquiry report stored, names no last remissvar', async () => {
        await store.saveDocument(record({ kind: 'report', respondent: null, stances: [] }));
        expect(await store.status()).toMatchObject({ responses: 0, lastAddedAt: null, lastAddedFile: null });
      });

      test('has responses only once a response is stored, not for the inquiry report alone', async () => {
        expect(await store.hasResponses()).toBe(false);
        await store.saveDocument(record({ kind: 'report', respondent: null, stances: [] }));
        expect(await store.hasResponses()).toBe(false);
        await store.saveDocument(record({ file: 'a.pdf' }));
        expect(await store.hasResponses()).toBe(true);
      });

      test('all answers of a remiss are listed', async () => {
        await store.saveDocument(record());
        await store.saveDocument(record({ file: 'ds.pdf', remiss: { id: 'Ds 2023:5', title: null } }));
        expect((await store.allAnswers(SOU)).map((a) => a.file)).toEqual(['astorp.pdf']);
        expect(await store.allAnswers()).toHaveLength(2);
      });

      test('all answers come by remiss (code points), then in the order they were stored', async () => {
        const ds = { id: 'Ds 2023:5', title: null };
        await store.saveDocument(record({ file: 'a.pdf', stances: [stance(), stance({ proposal: '7.3' })] }));
        await store.saveDocument(record({ file: 'b.pdf', respondent: 'Vision', remiss: ds }));
        await store.saveDocument(record({ file: 'c.pdf', respondent: 'Vision' }));
        await store.saveDocument(record({ file: 'd.pdf', respondent: 'Okänd', remiss: null }));
        const read = (await store.allAnswers()).map((a) => [a.remiss, a.file]);
        expect(read).toEqual([
          ['', 'd.pdf'],
          ['Ds 2023:5', 'b.pdf'],
          [SOU, 'a.pdf'],
          [SOU, 'a.pdf'],
          [SOU, 'c.pdf'],
        ]);
        const ids = (await store.allAnswers(SOU)).map((a) => a.stanceId);
        expect(ids).toEqual([...ids].sort((x, y) => x - y));
      });
    });

    describe('the daily digest turn', () => {
      const day = '2026-11-23';
      const nine = new Date('2026-11-23T08:00:00Z');
      const lease = 10 * 60_000;

      test('the first claim of a day wins', async () => {
        expect(await store.claimDigest(day, nine, lease)).toBe(true);
      });

      test('a second claim within the lease loses', async () => {
        await store.claimDigest(day, nine, lease);
        expect(await store.claimDigest(day, new Date(nine.getTime() + 1000), lease)).toBe(false);
      });

      test('a claim older than the lease is taken over', async () => {
        await store.claimDigest(day, nine, lease);
        expect(await store.claimDigest(day, new Date(nine.getTime() + lease + 1), lease)).toBe(true);
      });

      test('a sent day cannot be claimed again, even after the lease', async () => {
        await store.claimDigest(day, nine, lease);
        await store.completeDigest(day, nine);
        expect(await store.claimDigest(day, new Date(nine.getTime() + 2 * lease), lease)).toBe(false);
      });

      test('a released claim can be claimed again at once', async () => {
        await store.claimDigest(day, nine, lease);
        await store.releaseDigest(day);
        expect(await store.claimDigest(day, nine, lease)).toBe(true);
      });

      test('releasing does not undo a sent day', async () => {
        await store.completeDigest(day, nine);
        await store.releaseDigest(day);
        expect(await store.claimDigest(day, nine, lease)).toBe(false);
      });

      test("a day's run reads as nobody's, then claimed since the claim, then sent", async () => {
        expect(await store.digestRun(day)).toBeNull();
        await store.claimDigest(day, nine, lease);
        expect(await store.digestRun(day)).toEqual({ status: 'claimed', claimedAt: nine.toISOString() });
        await store.completeDigest(day, nine);
        expect((await store.digestRun(day))?.status).toBe('sent');
      });

      test('the last sent time is the latest completed digest', async () => {
        expect(await store.lastDigestSentAt()).toBeNull();
        await store.completeDigest('2026-11-22', new Date('2026-11-22T08:00:00Z'));
        await store.completeDigest(day, nine);
        expect(await store.lastDigestSentAt()).toEqual(nine);
      });
    });

    test('a parsed document without a respondent is named as unknown with its file, never by the file alone', async () => {
      await store.saveDocument(record({ file: 'okand.pdf', respondent: null }));
      expect((await store.answersForProposal('7.2.2'))[0].respondent).toBe(SLACK_SV.unknownRespondent('okand.pdf'));
      expect((await store.allAnswers())[0].respondent).toBe('Okänd remissinstans (okand.pdf)');
      expect(parsed().respondent).toBe('Åstorps kommun');
    });
  });
  describeRespondentVersionsContract(name, makeStore);
  describeCorrectionContract(name, makeStore);
  describeSharedTitlesContract(name, makeStore);
  describeRefileContract(name, makeStore);
}
