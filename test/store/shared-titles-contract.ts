import { stanceKey } from '../../src/core/review/correction.js';
import { correctedAnswers } from '../../src/search/corrections.js';
import type { Store } from '../../src/store/store.js';
import { correction } from './corrections-contract.js';
import { record, SOU, stance } from './documents.js';
import { totalsByRemiss } from './totals-by-remiss.js';

const DS = 'Ds 2023:5';

/** A constructed letter of `respondent` that names a proposal only by its words (`title`), no number. */
function naming(respondent: string, title: string, overrides: Parameters<typeof stance>[0] = {}) {
  return stance({
    proposal: null,
    title,
    stance: 'for',
    quote: `${respondent} tillstyrker förslaget om ${title.toLowerCase()}.`,
    confidence: 'low',
    reason: 'proposal named by its words, no number',
    ...overrides,
  });
}

function letter(respondent: string, file: string, ...stances: ReturnType<typeof stance>[]) {
  return record({ file, respondent, stances });
}

/**
 * Title-only answers (a proposal named by its words) of one remiss are filed under one title per proposal, so two
 * respondents naming it in other words are one match with the whole tally. Called from describeStoreContract.
 */
export function describeSharedTitlesContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`The ${name} store, when respondents name one proposal in other words`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const exempelby = () =>
      letter('Exempelby kommun', 'exempelby.pdf', naming('Exempelby kommun', 'En nationell läkarreserv'));
    const provinsen = () =>
      letter(
        'Region Provinsen',
        'provinsen.pdf',
        naming('Region Provinsen', 'Den nationella läkarreserven', { stance: 'against' }),
      );
    const talliesOf = async (remiss: string) =>
      (await store.proposalTallies(remiss)).filter((t) => t.proposal === null).map((t) => [t.title, t.tally]);

    test("both answers are one title-only proposal under the first letter's words, with the whole tally", async () => {
      await store.saveDocument(exempelby());
      await store.saveDocument(provinsen());
      expect(await talliesOf(SOU)).toEqual([
        ['En nationell läkarreserv', { for: 1, partly: 0, against: 1, neutral: 0 }],
      ]);
      const answers = await store.allAnswers(SOU);
      expect(answers.map((a) => [a.respondent, a.title])).toEqual([
        ['Exempelby kommun', 'En nationell läkarreserv'],
        ['Region Provinsen', 'En nationell läkarreserv'],
      ]);
      expect(answers[1].quote).toBe('Region Provinsen tillstyrker förslaget om den nationella läkarreserven.');
    });

    test("saved in the other order they are one proposal too, under the other letter's words", async () => {
      await store.saveDocument(provinsen());
      await store.saveDocument(exempelby());
      expect(await talliesOf(SOU)).toEqual([
        ['Den nationella läkarreserven', { for: 1, partly: 0, against: 1, neutral: 0 }],
      ]);
    });

    test("each respondent's answer is one match of its respondent under the shared title", async () => {
      await store.saveDocument(exempelby());
      await store.saveDocument(provinsen());
      const page = await store.respondentMatches('Region Provinsen', { remiss: SOU, offset: 0, limit: 10 });
      expect(page.answers.map((a) => a.title)).toEqual(['En nationell läkarreserv']);
      expect(await totalsByRemiss(store, 'Region Provinsen')).toEqual([
        { remiss: SOU, matches: 1, answers: 1, tally: { for: 0, partly: 0, against: 1, neutral: 0 } },
      ]);
    });

    test('proposals with words in common stay apart, each row with its own tally', async () => {
      // The last two share four words of five: one letter restating itself would be one proposal (sameProposalTitle).
      const titles = [
        'Läkarreserv i kommunerna',
        'Läkarreserv i regionerna',
        'Stärkt medicinsk kompetens på ledningsnivå i kommunerna',
        'Stärkt medicinsk kompetens på ledningsnivå i regionerna',
      ];
      for (const [i, title] of titles.entries()) {
        await store.saveDocument(letter(`Kommun ${i + 1}`, `${i + 1}.pdf`, naming(`Kommun ${i + 1}`, title)));
      }
      const tallies = await talliesOf(SOU);
      expect(tallies.map(([title]) => title).sort()).toEqual(titles);
      expect(tallies.map(([, tally]) => tally)).toEqual(
        titles.map(() => ({ for: 1, partly: 0, against: 0, neutral: 0 })),
      );
    });

    test('the same words under another remiss are another proposal, left as written', async () => {
      await store.saveDocument(exempelby());
      await store.saveDocument(
        record({
          file: 'provinsen-ds.pdf',
          respondent: 'Region Provinsen',
          remiss: { id: DS, title: null },
          stances: [naming('Region Provinsen', 'Den nationella läkarreserven')],
        }),
      );
      expect(await talliesOf(DS)).toEqual([
        ['Den nationella läkarreserven', { for: 1, partly: 0, against: 0, neutral: 0 }],
      ]);
    });

    test('answers of letters whose remiss is unknown are left as written', async () => {
      const unknown = (respondent: string, title: string) =>
        record({ file: `${respondent}.pdf`, respondent, remiss: null, stances: [naming(respondent, title)] });
      await store.saveDocument(unknown('Exempelby kommun', 'En nationell läkarreserv'));
      await store.saveDocument(unknown('Region Provinsen', 'Den nationella läkarreserven'));
      expect((await store.allAnswers()).map((a) => a.title).sort()).toEqual([
        'Den nationella läkarreserven',
        'En nationell läkarreserv',
      ]);
    });

    test("a numbered answer is no title-only one: neither takes the other's title", async () => {
      await store.saveDocument(
        letter(
          'Region Provinsen',
          'provinsen.pdf',
          stance({ title: 'Den nationella läkarreserven', proposal: '7.2.2' }),
        ),
      );
      await store.saveDocument(exempelby());
      const titles = (await store.proposalTallies(SOU)).map((t) => `${t.proposal ?? '–'} ${t.title}`);
      expect(titles.sort()).toEqual(['7.2.2 Den nationella läkarreserven', '– En nationell läkarreserv']);
    });

    test('the shared title stays when the letter whose words it is goes', async () => {
      await store.saveDocument(exempelby());
      await store.saveDocument(provinsen());
      // Exempelby's new version answers only a numbered proposal.
      await store.saveDocument(letter('Exempelby kommun', 'exempelby.pdf', stance()));
      await store.saveDocument(letter('Kommun C', 'c.pdf', naming('Kommun C', 'Nationell läkarreserv')));
      expect(await talliesOf(SOU)).toEqual([
        ['En nationell läkarreserv', { for: 1, partly: 0, against: 1, neutral: 0 }],
      ]);
    });

    test("a new version of a letter keeps its answer's title, so an analyst's correction of it still applies", async () => {
      await store.saveDocument(exempelby());
      const { documentId } = await store.saveDocument(provinsen());
      const [answer] = (await store.allAnswers(SOU)).filter((a) => a.respondent === 'Region Provinsen');
      await store.addCorrection(
        correction(documentId, {
          respondent: 'Region Provinsen',
          proposal: stanceKey(answer.proposal, answer.title),
          oldProposal: stanceKey(answer.proposal, answer.title),
          newProposal: stanceKey(answer.proposal, answer.title),
          oldStance: 'against',
          newStance: 'for',
          oldQuote: answer.quote,
          newQuote: answer.quote,
        }),
      );
      await store.saveDocument(
        letter(
          'Region Provinsen',
          'provinsen.pdf',
          naming('Region Provinsen', 'Inrättandet av en nationell läkarreserv', { stance: 'against' }),
        ),
      );
      expect(await store.orphanedCorrections(SOU)).toEqual([]);
      const corrected = (await correctedAnswers(store, SOU)).find((a) => a.respondent === 'Region Provinsen');
      expect(corrected).toMatchObject({ title: 'En nationell läkarreserv', stance: 'for' });
    });
  });
}
