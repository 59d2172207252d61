import type { Confidence, Stance } from '../types.js';

/** Pure result objects: the CLI, `ask --json`, Slack and the digest all render these. */

export type Tally = Record<Stance, number>;

export interface Answer {
  stanceId: number;
  documentId: number;
  respondent: string;
  stance: Stance;
  quote: string;
  file: string;
  page: number | null;
  confidence: Confidence;
  reason: string;
  /** Set when an analyst corrected this answer: the fields above then hold the corrected values. */
  corrected?: { by: string; at: string; comment?: string };
  /**
   * In a quote search: 'title' when the quote lacks some of the words searched for, which the proposal's title
   * holds ("förbjudet oklarheter": "förbjudet" is only in the title of 5.4). Absent when the quote holds them all.
   */
  matchedBy?: 'title';
}

/** One proposal (or, for a respondent query, one proposal of that respondent) with its answers. */
export interface Match {
  remiss: string;
  /** "7.2.2", "*" (the remiss as a whole) or null (title only). */
  proposal: string | null;
  title: string | null;
  tally: Tally;
  /**
   * 'hits' in a quote search (kind 'search'): `tally` and `answers` are then only the quotes that matched the
   * query, not all of the proposal's answers, and renderers say so ("av träffarna"). Absent otherwise.
   */
  tallyOf?: 'hits';
  /**
   * Set when `answers` are one respondent's only (a query such as "Åstorp 7.2.2"): the respondent's proper name.
   * `tally` still counts every answer to the proposal, and renderers say whose answer it is and what the tally
   * counts. `answers` may then be empty: the respondent took no stance on the proposal.
   */
  answersOf?: string;
  answers: Answer[];
}

/** An alternative the user can pick when a query is ambiguous or finds nothing. */
export interface Choice {
  /** What to show: "7.2.2 Genomför försöksverksamhet med Magnetmodellen…" or "Åstorps kommun". */
  label: string;
  /** The query that picks it: "7.2.2 SOU 2024:72", "Åstorps kommun". */
  query: string;
  /**
   * A proposal's remiss, which `label` then leaves out: renderers name it on each row when a list spans several
   * remisser, and once for the whole list when all its rows are in one.
   */
  remiss?: string;
}

/** The whole of a result that shows one page of it: a respondent's proposals, answers and stance tally. */
export interface ResultTotals {
  /** Matches (proposals) in all; `matches` holds at most the page asked for. */
  matches: number;
  /** Answers in all. */
  answers: number;
  tally: Tally;
}

export type ResultKind = 'proposal' | 'respondent' | 'search' | 'none';

export interface SearchResult {
  query: string;
  kind: ResultKind;
  /** For a respondent query: the respondent's proper name. */
  respondent?: string;
  matches: Match[];
  /** Non-empty when the query matched several proposals/respondents equally: a pick list, not a guess. */
  choices: Choice[];
  /**
   * How many equally good choices there were, when `choices` holds only the first of them (search lists at most
   * MAX_CHOICES of a tie); absent when `choices` is the whole list (a remiss's or a chapter's proposals).
   */
  choicesTotal?: number;
  /** When nothing was found: the closest proposals. */
  suggestions: Choice[];
  /**
   * For a respondent query: the respondent's totals over all their answers (in the remiss asked for), corrections
   * applied, while `matches` is one page (AskOptions `limit`, `offset`). For one respondent's answer to a proposal
   * they took no stance on ("Vision 7.2.2"): their totals in that remiss, with `suggestions` the first of their
   * proposals there. Absent otherwise.
   */
  totals?: ResultTotals;
  /**
   * For a respondent query: the remisser their answers (in the scope asked for) belong to, in display order, so a
   * renderer can name the remiss on each proposal when there is more than one.
   */
  remisser?: string[];
  /** Why the result looks the way it does (empty query, truncated query, empty database); absent when nothing to say. */
  notices?: SearchNotice[];
  /**
   * Section numbers the query named that this result does not answer ("7.2.2 7.9.9": 7.9.9 is no proposal), so
   * renderers can say so instead of dropping them; absent when every number named is answered.
   */
  otherNumbers?: string[];
}

/**
 * Why a result looks the way it does, for the renderers (added by search):
 * `empty_query` (nothing to search for), `truncated` (the query was cut to MAX_QUERY_LENGTH characters),
 * `empty_database` (nothing ingested yet: run ingest), `unknown_remiss` (the query names a remiss the database does
 * not have; `suggestions` then lists the known remisser), `quotes_capped` (a quote search found more than
 * MAX_QUOTE_HITS quotes: only the first MAX_QUOTE_HITS are in `matches` and in their tallies).
 */
export type SearchNotice = 'empty_query' | 'truncated' | 'empty_database' | 'unknown_remiss' | 'quotes_capped';
