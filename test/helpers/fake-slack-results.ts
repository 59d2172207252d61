/**
 * SearchResult builders for renderer and listener tests. Quotes come from the seed remissvar
 * (seeds/002: Åstorps kommun on 7.2.2); the 300-answer proposal is constructed and says so.
 */
import type { ExportAnswer } from '../../src/core/render/export-model.js';
import type { Answer, Match, SearchResult } from '../../src/core/search/types.js';
import type { Stance } from '../../src/core/types.js';

export const ASTORP_QUOTE =
  'Vi instämmer inte till förslaget. Vi ser inte nyttan, då det innebär en ny certifiering vart fjärde år.';
export const MAGNET_TITLE = 'Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård';

export function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    stanceId: 1,
    documentId: 1,
    respondent: 'Åstorps kommun',
    stance: 'against',
    quote: ASTORP_QUOTE,
    file: '002_d8f4ead73eb6a353.txt',
    page: 2,
    confidence: 'high',
    reason: 'explicit',
    ...overrides,
  };
}

/** Åstorp on 7.2.2 as the export takes it from the store (seed text, seeds/002, page 4). */
export function exportAnswer(overrides: Partial<ExportAnswer> = {}): ExportAnswer {
  return {
    documentId: 2,
    remiss: 'SOU 2024:72',
    proposal: '7.2.2',
    title: MAGNET_TITLE,
    respondent: 'Åstorps kommun',
    stance: 'against',
    quote: ASTORP_QUOTE,
    file: '002_d8f4ead73eb6a353.txt',
    page: 4,
    confidence: 'high',
    ...overrides,
  };
}

export function tallyOf(answers: Answer[]): Match['tally'] {
  const t: Record<Stance, number> = { for: 0, partly: 0, against: 0, neutral: 0 };
  for (const a of answers) t[a.stance]++;
  return t;
}

export function match(answers: Answer[], overrides: Partial<Match> = {}): Match {
  return {
    remiss: 'SOU 2024:72',
    proposal: '7.2.2',
    title: MAGNET_TITLE,
    tally: tallyOf(answers),
    answers,
    ...overrides,
  };
}

export function proposalResult(answers: Answer[] = [answer()], query = '7.2.2'): SearchResult {
  return { query, kind: 'proposal', matches: [match(answers)], choices: [], suggestions: [] };
}

/** Vision's answers (or another respondent's) as a respondent query returns them; `totals` when paged by the search. */
export function respondentResult(
  matches: Match[],
  totals?: SearchResult['totals'],
  respondent = 'Vision',
): SearchResult {
  return {
    query: respondent,
    kind: 'respondent',
    respondent,
    matches,
    ...(totals ? { totals } : {}),
    choices: [],
    suggestions: [],
  };
}

const STANCE_CYCLE: Stance[] = ['for', 'against', 'partly', 'neutral'];

/** Constructed: 300 respondents on one proposal, to exercise pagination. */
export function manyAnswers(n: number, quoteLength = 200): Answer[] {
  return Array.from({ length: n }, (_, i) =>
    answer({
      stanceId: 1000 + i,
      documentId: 1000 + i,
      respondent: `Kommun nummer ${i + 1}`,
      stance: STANCE_CYCLE[i % 4],
      quote: `${ASTORP_QUOTE} `.repeat(Math.ceil(quoteLength / ASTORP_QUOTE.length)).slice(0, quoteLength),
    }),
  );
}

/** A query that finds nothing (no suggestions). */
export function emptyResult(query: string): SearchResult {
  return { query, kind: 'none', matches: [], choices: [], suggestions: [] };
}
