import type { CorrectionInput } from '../../src/core/review/correction.js';
import type { SearchResult } from '../../src/core/search/types.js';
import type { ParsedDocument, Stance, StanceRecord } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/ask.js';
import type { SearchEngine } from '../../src/search/engine.js';
import type { Store } from '../../src/store/store.js';

/**
 * Paging a respondent's answers, as one suite run against every Store (the in-memory double, SQLite, PostgreSQL).
 * CONSTRUCTED corpus: "Region Skåne" answers three remisser, whose ids sort differently in Swedish ("Skr." before
 * "SOU") than by code point ("SOU" before "Skr."), with a title-only answer, "*", numbers past 9, and 4.2 answered
 * twice in one letter (one answer per respondent and remiss: a second document would replace the first).
 */

const SKANE = 'Region Skåne';
const DS = 'Ds 2099:1';
const SKR = 'Skr. 2023/24:10';
const SOU = 'SOU 2024:72';

function stance(proposal: string | null, s: Stance, title: string | null = null): StanceRecord {
  const quote = `Region Skåne om ${proposal ?? title}: ${s}.`;
  return { proposal, title, stance: s, quote, page: 1, confidence: 'high', reason: 'constructed' };
}

function doc(file: string, remiss: string, respondent: string, stances: StanceRecord[]): ParsedDocument {
  return { file, kind: 'response', remiss: { id: remiss, title: null }, respondent, stances, warnings: [] };
}

const DOCUMENTS: ParsedDocument[] = [
  doc('constructed-skane-sou.txt', SOU, SKANE, [
    stance('4.1', 'for'),
    stance('4.10', 'against'),
    stance('4.2', 'partly'),
    // The letter comes back to 4.2 further down.
    stance('4.2', 'for'),
  ]),
  doc('constructed-skane-ds.txt', DS, SKANE, [stance('3.1', 'for'), stance('7.2.2', 'against')]),
  doc('constructed-skane-skr.txt', SKR, SKANE, [
    stance(null, 'against', 'Översyn av tillsynen'),
    stance('10.1', 'partly'),
    stance('2.1', 'for'),
    stance('*', 'neutral'),
  ]),
  doc('constructed-vision.txt', SOU, 'Vision', [stance('4.1', 'against')]),
];

/** Every match of Region Skåne, in the order search shows them. */
const ALL = [
  `${DS} 3.1`,
  `${DS} 7.2.2`,
  `${SKR} *`,
  `${SKR} 2.1`,
  `${SKR} 10.1`,
  `${SKR} Översyn av tillsynen`,
  `${SOU} 4.1`,
  `${SOU} 4.2`,
  `${SOU} 4.10`,
];

const labels = (result: SearchResult) => result.matches.map((m) => `${m.remiss} ${m.proposal ?? m.title}`);

export function describeRespondentPages(name: string, openStore: () => Promise<Store>): void {
  describe(`A respondent's answers, page by page, on ${name}`, () => {
    let store: Store;
    let engine: SearchEngine;

    beforeEach(async () => {
      store = await openStore();
      for (const [i, parsed] of DOCUMENTS.entries()) {
        await store.saveDocument({
          file: parsed.file,
          contentHash: `hash-page-${i}`,
          parsed,
          addedAt: new Date(2025, 2, i + 1),
        });
      }
      engine = await createSearchIndex(store);
    });
    afterEach(async () => {
      await store.close();
    });

    /** Corrects one of Region Skåne's answers, as the Rätta modal would. */
    async function correct(remiss: string, proposal: string, change: Partial<CorrectionInput>): Promise<void> {
      const row = (await store.answersForRespondent(SKANE)).find((a) => a.remiss === remiss && a.proposal === proposal);
      if (!row) throw new Error(`fixture has no ${remiss} ${proposal}`);
      await store.addCorrection({
        userId: 'U0ANNA',
        respondent: SKANE,
        remiss,
        proposal,
        oldProposal: proposal,
        newProposal: proposal,
        oldStance: row.stance,
        newStance: row.stance,
        oldQuote: row.quote,
        newQuote: row.quote,
        comment: null,
        documentId: row.documentId,
        expectedCurrent: null,
        at: new Date('2026-11-23T10:00:00Z'),
        ...change,
      });
    }

    test('the first page holds the first matches in display order, remisser in Swedish order', async () => {
      expect(labels(await engine.ask(SKANE, { limit: 4 }))).toEqual(ALL.slice(0, 4));
    });

    test('the totals count every proposal, answer and stance, not only the page', async () => {
      const result = await engine.ask(SKANE, { limit: 4 });
      expect(result.totals).toEqual({ matches: 9, answers: 10, tally: { for: 4, partly: 2, against: 3, neutral: 1 } });
    });

    test('pages read in turn give every match once, in order', async () => {
      const seen: string[] = [];
      for (let offset = 0; offset < ALL.length; offset += 2)
        seen.push(...labels(await engine.ask(SKANE, { limit: 2, offset })));
      expect(seen).toEqual(ALL);
    });

    test('pageSize sets the respondent page when limit is high (as Slack asks: a proposal whole, a respondent by page)', async () => {
      const slack = { limit: 2000, pageSize: 3 };
      expect(labels(await engine.ask(SKANE, { ...slack, offset: 3 }))).toEqual(ALL.slice(3, 6));
      expect((await engine.ask(SKANE, slack)).totals?.matches).toBe(9);
    });

    test('without limit or offset the whole list is one page', async () => {
      expect(labels(await engine.ask(SKANE))).toEqual(ALL);
    });

    test('a proposal answered twice is one match with both answers, also at the start of a page', async () => {
      const [match] = (await engine.ask(SKANE, { offset: 7, limit: 1 })).matches;
      expect([match.proposal, match.tally]).toEqual(['4.2', { for: 1, partly: 1, against: 0, neutral: 0 }]);
    });

    test('an offset past the end gives no matches, and still the totals', async () => {
      const result = await engine.ask(SKANE, { offset: 40 });
      expect([result.kind, result.matches, result.totals?.matches]).toEqual(['respondent', [], 9]);
    });

    test('the remiss option limits the page and the totals to that remiss', async () => {
      const result = await engine.ask(SKANE, { remiss: SKR, offset: 1, limit: 2 });
      expect(labels(result)).toEqual([`${SKR} 2.1`, `${SKR} 10.1`]);
      expect(result.totals).toEqual({ matches: 4, answers: 4, tally: { for: 1, partly: 1, against: 1, neutral: 1 } });
    });

    test('a corrected stance is shown on its page and counted in the totals', async () => {
      await correct(SKR, '2.1', { newStance: 'against' });
      const result = await engine.ask(SKANE, { offset: 2, limit: 2 });
      expect(result.matches[1].answers[0]).toMatchObject({ stance: 'against', corrected: { by: 'U0ANNA' } });
      expect(result.totals?.tally).toEqual({ for: 3, partly: 2, against: 4, neutral: 1 });
    });

    test('an answer corrected to "tar inte ställning" leaves the pages and the totals', async () => {
      await correct(DS, '7.2.2', { newStance: 'none', newQuote: null });
      const result = await engine.ask(SKANE, { limit: 2 });
      expect(labels(result)).toEqual([`${DS} 3.1`, `${SKR} *`]);
      expect(result.totals).toEqual({ matches: 8, answers: 9, tally: { for: 4, partly: 2, against: 2, neutral: 1 } });
    });

    test('an answer moved to another proposal is paged at its new place', async () => {
      await correct(SOU, '4.10', { newProposal: '4.3' });
      const result = await engine.ask(SKANE, { offset: 6, limit: 3 });
      expect(labels(result)).toEqual([`${SOU} 4.1`, `${SOU} 4.2`, `${SOU} 4.3`]);
      expect(result.matches[2].answers[0].corrected).toMatchObject({ by: 'U0ANNA' });
    });

    test("a correction of another respondent's answer leaves this respondent's pages as they were", async () => {
      const vision = (await store.answersForRespondent('Vision'))[0];
      await store.addCorrection({
        userId: 'U0ANNA',
        respondent: 'Vision',
        remiss: SOU,
        proposal: '4.1',
        oldProposal: '4.1',
        newProposal: '4.1',
        oldStance: 'against',
        newStance: 'for',
        oldQuote: vision.quote,
        newQuote: vision.quote,
        comment: null,
        documentId: vision.documentId,
        expectedCurrent: null,
      });
      const result = await engine.ask(SKANE, { limit: 3 });
      expect(labels(result)).toEqual(ALL.slice(0, 3));
      expect(result.totals?.answers).toBe(10);
    });
  });
}
