import { createSearchIndex } from '../../src/search/ask.js';
import type { SearchEngine } from '../../src/search/engine.js';
import type { Store } from '../../src/store/store.js';
import { fillStore } from './fixture-corpus.js';

/**
 * The behaviour of ask(), as one suite run against every Store implementation (the in-memory double and SQLite),
 * so search does not depend on which one it gets.
 */
export function describeAsk(name: string, openStore: () => Promise<Store>): void {
  describe(`ask() on ${name}`, () => {
    let store: Store;
    let engine: SearchEngine;

    beforeAll(async () => {
      store = await fillStore(await openStore());
      engine = await createSearchIndex(store);
    });
    afterAll(async () => {
      await store.close();
    });

    describe('When searching for a section number that two remisser have', () => {
      test('we get a pick list of both, not a guess', async () => {
        const result = await engine.ask('7.2.2');
        expect(result.matches).toEqual([]);
        expect(result.choices.map((c) => c.query).sort()).toEqual(['7.2.2 Ds 2099:1', '7.2.2 SOU 2024:72']);
      });
    });

    describe('When searching for "7.2.2 SOU 2024:72"', () => {
      test('we get exactly that proposal, its title and tally', async () => {
        const result = await engine.ask('7.2.2 SOU 2024:72');
        expect(result.kind).toBe('proposal');
        expect(result.matches).toHaveLength(1);
        const [match] = result.matches;
        expect(match.title).toBe('Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård');
        expect(match.tally).toEqual({ for: 0, partly: 0, against: 2, neutral: 0 });
      });

      test('each answer carries respondent, stance, quote, file and page', async () => {
        const [match] = (await engine.ask('SOU 2024:72 7.2.2')).matches;
        expect(match.answers.map((a) => [a.respondent, a.stance, a.file, a.page])).toEqual([
          ['Föreningen Sveriges socialchefer', 'against', '001_ddd1ef1438ff4d2c.txt', 2],
          ['Åstorps kommun', 'against', '002_d8f4ead73eb6a353.txt', 7],
        ]);
        expect(match.answers[1].quote).toContain('certifiering vart fjärde år');
      });
    });

    test('the remiss option settles an ambiguous section number', async () => {
      const result = await engine.ask('7.2.2', { remiss: 'Ds 2099:1' });
      expect(result.matches.map((m) => [m.remiss, m.tally.for])).toEqual([['Ds 2099:1', 1]]);
    });

    test('answers are grouped by stance: against, then partly, then for', async () => {
      const [match] = (await engine.ask('7.2.1')).matches;
      expect(match.answers.map((a) => a.stance)).toEqual(['partly', 'for', 'for']);
    });

    test('a section number only one remiss has is answered directly', async () => {
      const result = await engine.ask('avsnitt 4.1');
      expect(result.kind).toBe('proposal');
      expect(result.matches[0].answers.map((a) => a.respondent)).toEqual(['Åstorps kommun']);
    });

    test('a catalogued proposal nobody answered is shown with a zero tally', async () => {
      const result = await engine.ask('7.2.6');
      expect(result.kind).toBe('proposal');
      expect(result.matches[0]).toMatchObject({ proposal: '7.2.6', answers: [] });
    });

    describe('When searching for a section number that does not exist', () => {
      test('we get none, with the nearest proposals as suggestions', async () => {
        const result = await engine.ask('7.2.9');
        expect(result.kind).toBe('none');
        expect(result.suggestions.length).toBeGreaterThan(0);
        expect(result.suggestions[0].query).toMatch(/^7\.2\.\d /);
      });
    });

    describe('When searching for the title word "magnetmodellen"', () => {
      test('we get proposal 7.2.2 of SOU 2024:72', async () => {
        const result = await engine.ask('magnetmodellen');
        expect(result.kind).toBe('proposal');
        expect(result.matches.map((m) => [m.remiss, m.proposal])).toEqual([['SOU 2024:72', '7.2.2']]);
      });

      test('the misspelling "magnetmodelen" still finds 7.2.2', async () => {
        const result = await engine.ask('magnetmodelen');
        expect(result.matches.map((m) => m.proposal)).toEqual(['7.2.2']);
      });

      test('an inflected form "ledarskapsutbildningen" finds 7.2.1', async () => {
        const result = await engine.ask('ledarskapsutbildningen');
        expect(result.matches.map((m) => m.proposal)).toEqual(['7.2.1']);
      });
    });

    describe('When searching for a respondent', () => {
      test('"Vision" gives Vision\'s stances grouped by proposal', async () => {
        const result = await engine.ask('Vision');
        expect(result.kind).toBe('respondent');
        expect(result.respondent).toBe('Vision');
        expect(result.matches.map((m) => [m.proposal, m.answers[0].stance])).toEqual([
          ['4.6.4', 'partly'],
          ['7.2.1', 'partly'],
        ]);
      });

      test('"Åstorp" finds "Åstorps kommun"', async () => {
        const result = await engine.ask('Åstorp');
        expect(result.respondent).toBe('Åstorps kommun');
        expect(result.matches).toHaveLength(5);
      });

      test('respondent matching ignores case', async () => {
        expect((await engine.ask('åstorps KOMMUN')).respondent).toBe('Åstorps kommun');
      });

      test('"kommun" matches two municipalities equally and gives a pick list', async () => {
        const result = await engine.ask('kommun');
        expect(result.choices.map((c) => c.label)).toEqual(['Bjuvs kommun', 'Åstorps kommun']);
        expect(result.matches).toEqual([]);
      });

      test('"Åstorps kommun 7.2.2" gives that respondent\'s answer to that proposal only', async () => {
        const result = await engine.ask('Åstorps kommun 7.2.2');
        expect(result.kind).toBe('proposal');
        expect(result.respondent).toBe('Åstorps kommun');
        expect(result.matches[0].answers.map((a) => a.respondent)).toEqual(['Åstorps kommun']);
      });

      test('"Åstorps kommun 7.2.2": the match says whose answers it holds, and its tally is still the whole proposal\'s', async () => {
        const [match] = (await engine.ask('Åstorps kommun 7.2.2')).matches;
        expect(match.answersOf).toBe('Åstorps kommun');
        expect(match.tally).toEqual({ for: 0, partly: 0, against: 2, neutral: 0 });
      });

      test("a proposal query without a respondent is not marked as one respondent's", async () => {
        const [match] = (await engine.ask('7.2.2 SOU 2024:72')).matches;
        expect(match.answersOf).toBeUndefined();
      });
    });

    describe('When a respondent is asked about a proposal they took no stance on: "Vision 7.2.2"', () => {
      test("the proposal is shown as Vision's, empty, with the proposal's own tally", async () => {
        const result = await engine.ask('Vision 7.2.2');
        expect(result).toMatchObject({ kind: 'proposal', respondent: 'Vision' });
        expect(
          result.matches.map((m) => [m.remiss, m.proposal, m.answersOf, m.answers.length, m.tally.against]),
        ).toEqual([['SOU 2024:72', '7.2.2', 'Vision', 0, 2]]);
      });

      test("the proposals Vision did answer in that remiss are offered, each as Vision's answer there", async () => {
        const result = await engine.ask('Vision 7.2.2');
        expect(result.suggestions.map((s) => s.query)).toEqual([
          'Vision 4.6.4 SOU 2024:72',
          'Vision 7.2.1 SOU 2024:72',
        ]);
        expect(result.suggestions.every((s) => s.remiss === 'SOU 2024:72')).toBe(true);
        expect(result.totals?.matches).toBe(2);
      });
    });

    describe('When a query names a respondent and a title word, in any order', () => {
      test.each(['magnetmodellen Åstorp', 'Åstorp magnetmodellen', 'vad tycker Åstorp om magnetmodellen'])(
        '"%s" is Åstorps kommun\'s answer on 7.2.2',
        async (query) => {
          const result = await engine.ask(query);
          expect(result).toMatchObject({ kind: 'proposal', respondent: 'Åstorps kommun' });
          expect(result.matches.map((m) => [m.proposal, m.answersOf, m.answers.map((a) => a.respondent)])).toEqual([
            ['7.2.2', 'Åstorps kommun', ['Åstorps kommun']],
          ]);
        },
      );

      test('words that are neither a name nor a title still find nothing: "Åstorp qqqxxzzz"', async () => {
        const result = await engine.ask('Åstorp qqqxxzzz');
        expect(result.kind).toBe('none');
      });
    });

    describe('When a query names two section numbers', () => {
      test('"7.2.2 7.2.3 SOU 2024:72" answers both, in the order asked', async () => {
        const result = await engine.ask('7.2.2 7.2.3 SOU 2024:72');
        expect(result.kind).toBe('proposal');
        expect(result.matches.map((m) => m.proposal)).toEqual(['7.2.2', '7.2.3']);
        expect(result.otherNumbers).toBeUndefined();
      });

      test('"7.2.2 7.2.3" without a remiss: the one remiss that has both settles 7.2.2 too', async () => {
        const result = await engine.ask('7.2.2 7.2.3');
        expect(result.matches.map((m) => [m.remiss, m.proposal])).toEqual([
          ['SOU 2024:72', '7.2.2'],
          ['SOU 2024:72', '7.2.3'],
        ]);
      });

      test('a number that gives no answer is named, not dropped: "7.2.2 7.9.9 SOU 2024:72"', async () => {
        const result = await engine.ask('7.2.2 7.9.9 SOU 2024:72');
        expect(result.matches.map((m) => m.proposal)).toEqual(['7.2.2']);
        expect(result.otherNumbers).toEqual(['7.9.9']);
      });

      test('"Åstorps kommun 7.2.2 7.2.3" is Åstorp\'s answer on each', async () => {
        const result = await engine.ask('Åstorps kommun 7.2.2 7.2.3');
        expect(result.matches.map((m) => [m.proposal, m.answersOf, m.answers.length])).toEqual([
          ['7.2.2', 'Åstorps kommun', 1],
          ['7.2.3', 'Åstorps kommun', 1],
        ]);
      });
    });

    test('words found only in quotes give a quote search', async () => {
      const result = await engine.ask('certifiering');
      expect(result.kind).toBe('search');
      expect(result.matches.map((m) => m.proposal)).toEqual(['7.2.2']);
    });

    describe('When a quote search finds a proposal', () => {
      test('its tally counts the hits only and says so: 1 of the 2 against of 7.2.2', async () => {
        const result = await engine.ask('certifiering');
        expect(result.matches.map((m) => [m.proposal, m.tally.against, m.tallyOf])).toEqual([['7.2.2', 1, 'hits']]);
      });

      test("a proposal query's tally is the proposal's own and carries no such mark", async () => {
        const [match] = (await engine.ask('7.2.2 SOU 2024:72')).matches;
        expect(match.tallyOf).toBeUndefined();
      });
    });

    describe('When a multi-word query is not a title or a name as a whole', () => {
      test('"instämmer inte" searches the quotes instead of listing titles that contain "inte"', async () => {
        const result = await engine.ask('instämmer inte');
        expect(result.kind).toBe('search');
        expect(result.choices).toEqual([]);
        expect(result.matches.map((m) => m.proposal)).toEqual(['4.3', '5.4', '7.2.2']);
      });

      test('"kommunala självstyret" does not answer 7.2.1, whose title shares only "kommunala"', async () => {
        const result = await engine.ask('kommunala självstyret');
        expect(result).toMatchObject({ kind: 'none', matches: [], choices: [] });
      });

      test('two of three words still find a title: "nationell ledarskapsutbildning tandläkare" is 7.2.1', async () => {
        const result = await engine.ask('nationell ledarskapsutbildning tandläkare');
        expect(result.matches.map((m) => m.proposal)).toEqual(['7.2.1']);
      });

      test('a respondent and a title word together are that respondent on that proposal: "Vision magnetmodellen"', async () => {
        const result = await engine.ask('Vision magnetmodellen');
        expect(result.choices).toEqual([]);
        expect(result).toMatchObject({ kind: 'proposal', respondent: 'Vision' });
        expect(result.matches.map((m) => [m.proposal, m.answersOf, m.answers.length])).toEqual([
          ['7.2.2', 'Vision', 0],
        ]);
      });
    });

    describe('When searching for a chapter number', () => {
      test('"7" lists the proposals of chapter 7 in both remisser', async () => {
        const result = await engine.ask('7');
        const queries = result.choices.map((c) => c.query);
        expect(queries).toContain('7.1.1 SOU 2024:72');
        expect(queries).toContain('7.2.2 Ds 2099:1');
        expect(queries.every((q) => q.startsWith('7.'))).toBe(true);
      });

      test('"7 Ds 2099:1" lists only that remiss\'s chapter 7', async () => {
        const result = await engine.ask('7 Ds 2099:1');
        expect(result.choices.map((c) => c.query)).toEqual(['7.2.2 Ds 2099:1']);
      });

      test('"7.2" lists what is under 7.2, in order', async () => {
        const result = await engine.ask('7.2 SOU 2024:72');
        const numbers = result.choices.map((c) => c.query.split(' ')[0]);
        expect(numbers[0]).toBe('7.2.1');
        expect(numbers).toContain('7.2.7');
        expect(numbers.every((n) => n.startsWith('7.2.'))).toBe(true);
      });

      test('a number no proposal is under is still searched as text: "85" finds the title with "85 år"', async () => {
        const result = await engine.ask('85');
        expect(result.matches.map((m) => [m.remiss, m.proposal])).toEqual([['Ds 2099:1', '3.1']]);
      });
    });

    describe('When a respondent name is misspelt by two swapped letters', () => {
      test('"Visoin" finds Vision', async () => {
        expect((await engine.ask('Visoin')).respondent).toBe('Vision');
      });

      test('"Åstrop" finds Åstorps kommun', async () => {
        expect((await engine.ask('Åstrop')).respondent).toBe('Åstorps kommun');
      });
    });

    test('a misspelling close to no name or title suggests nothing rather than unrelated proposals', async () => {
      const result = await engine.ask('geriatrisk');
      expect(result).toMatchObject({ kind: 'none', suggestions: [] });
    });

    test('a query that finds nothing says none and suggests proposals', async () => {
      const result = await engine.ask('sanktioner mot regioner, budget och skatter');
      expect(result.kind).toBe('none');
      expect(result.matches).toEqual([]);
      expect(result.suggestions.map((s) => s.query)).toContain('4.4.3 SOU 2024:72');
    });

    test('a misspelt multi-word title is matched by its words', async () => {
      const result = await engine.ask('läkarmedverkn på regionens bekostnad');
      expect(result.matches.map((m) => m.proposal)).toEqual(['4.3']);
    });

    test('a query of gibberish finds nothing and does not throw', async () => {
      const result = await engine.ask('qqqxxzzz');
      expect(result.kind).toBe('none');
    });

    test('an empty query gives none with the empty_query notice', async () => {
      const result = await engine.ask('  ');
      expect(result).toMatchObject({ kind: 'none', notices: ['empty_query'], matches: [] });
    });

    test('a 5,000-character query is answered and marked truncated', async () => {
      const result = await engine.ask('magnetmodellen '.repeat(334));
      expect(result.notices).toContain('truncated');
      expect(result.matches.map((m) => m.proposal)).toEqual(['7.2.2']);
    });

    test.each([
      '^magnet',
      '!vision',
      "'kommun",
      '=Åstorp',
      'a | b',
      '(7.2',
      '"x" OR y*',
      'Åstorp)',
      "Vision'; DROP TABLE",
    ])('the metacharacter query %p is answered without an error', async (query) => {
      const result = await engine.ask(query);
      expect(['proposal', 'respondent', 'search', 'none']).toContain(result.kind);
    });

    test('"=Åstorp" still finds Åstorps kommun: "=" is a character, not an operator', async () => {
      expect((await engine.ask('=Åstorp')).respondent).toBe('Åstorps kommun');
    });

    test('a remiss named alone gives its proposals as a pick list', async () => {
      const result = await engine.ask('Ds 2099:1');
      expect(result.choices.map((c) => c.query)).toEqual(['3.1 Ds 2099:1', '7.2.2 Ds 2099:1']);
    });

    test('an unknown remiss gives none with the known remisser as suggestions', async () => {
      const result = await engine.ask('7.2.2 SOU 1999:1');
      expect(result).toMatchObject({ kind: 'none', notices: ['unknown_remiss'] });
      expect(result.suggestions.map((s) => s.query).sort()).toEqual(['Ds 2099:1', 'SOU 2024:72']);
    });
  });
}
