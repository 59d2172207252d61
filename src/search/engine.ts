import { compareProposalNumbers } from '../core/catalog/catalog.js';
import type { Correction } from '../core/review/correction.js';
import {
  candidateChoice,
  candidateName,
  compareCandidates,
  inRemiss,
  pickList,
} from '../core/search/candidate-choices.js';
import { type Candidate, CandidateIndex } from '../core/search/candidates.js';
import {
  commonRemiss,
  MAX_NUMBERS,
  mergeNumberResults,
  splitRespondentAndTitle,
} from '../core/search/compound-query.js';
import { emptyTally, groupAnswers } from '../core/search/group-answers.js';
import { chapterNumber, type ParsedQuery, parseQuery } from '../core/search/parse-query.js';
import { isUnder, MAX_SUGGESTIONS, nearestByNumber, proposalChoice, respondentChoice } from '../core/search/suggest.js';
import { queryWords } from '../core/search/tokens.js';
import type { Choice, Match, ResultKind, SearchNotice, SearchResult } from '../core/search/types.js';
import type { Proposal, RemissRef } from '../core/types.js';
import type { Store, StoredAnswer } from '../store/store.js';
import { withCorrections } from './corrections.js';
import { searchQuotes } from './quote-search.js';
import { respondentPage } from './respondent-page.js';
import { respondentOnProposal, type ScopeContext } from './respondent-scope.js';

export interface AskOptions {
  /** Only this remiss ("SOU 2024:72"); a remiss named in the query wins over it. */
  remiss?: string;
  /** At most this many matches (proposals) in a result; default 50. */
  limit?: number;
  /** For a respondent query: matches to skip, for the next page (default 0); `totals` tells how many there are. */
  offset?: number;
  /**
   * For a respondent query: matches per page (default `limit`). Slack shows one page per message and asks for
   * just that, while other kinds still return every match up to `limit` (a proposal's answers are grouped whole).
   */
  pageSize?: number;
}

export interface SearchEngineOptions {
  /**
   * How old (ms) the in-memory index may get before the next query asks the store's changeMarker() (one cheap
   * read) whether another instance changed anything, and reloads if so. Default 2000. Changes made through the
   * same store object are seen at the next query (Store.writes); refresh() reloads at once.
   */
  revalidateAfterMs?: number;
  now?: () => number;
}

const collator = new Intl.Collator('sv-SE');

/** A query must match at least this well (mean word quality) to count as a hit on a title or name. */
const MIN_SCORE = 0.5;
/**
 * …and match this share of its words: both of two ("kommunala självstyret" is not 7.2.1, whose title has only
 * "kommunala"), two of three ("läkarmedverkn på regionens bekostnad" is still 4.3). Less goes to the quotes.
 */
const MIN_COVERAGE = 2 / 3;
/** Scores this close are "equally good": the user picks, we do not guess. */
const TIE = 0.02;
const DEFAULT_LIMIT = 50;

type Build = (kind: ResultKind, extra?: Partial<SearchResult>) => SearchResult;
type ProposalCandidate = Extract<Candidate, { kind: 'proposal' }>;
type RespondentCandidate = Extract<Candidate, { kind: 'respondent' }>;

/**
 * Answers queries from a warm in-memory index of the small sets (catalog, respondent names, their words) plus
 * indexed store lookups for the answers themselves. One engine per store; the Slack app and the REPL share it.
 */
export class SearchEngine {
  private index = new CandidateIndex([], []);
  private proposals: Proposal[] = [];
  private remisser: RemissRef[] = [];
  private remissOrder: string[] = [];
  private byNumber = new Map<string, Proposal[]>();
  private titles = new Map<string, string>();
  private corrections: Correction[] = [];
  private empty = false;
  private marker: string | null = null;
  private seenWrites = Number.NaN;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private reloading: Promise<void> | null = null;
  private readonly revalidateAfterMs: number;
  private readonly now: () => number;

  constructor(
    readonly store: Store,
    options: SearchEngineOptions = {},
  ) {
    this.revalidateAfterMs = options.revalidateAfterMs ?? 2000;
    this.now = options.now ?? Date.now;
  }

  /**
   * Reloads what the engine keeps (catalog, respondent names, remisser, current corrections) from the store.
   * Queries notice changes by themselves (see revalidateAfterMs); call this to see an ingest at once.
   */
  async refresh(): Promise<void> {
    // Both read before loading: a write that lands during the load (here, or on another instance, whose reads
    // may go to other connections) leaves them behind the data, so the next query loads again rather than never.
    const writes = this.store.writes;
    const marker = await this.store.changeMarker();
    const [proposals, respondents, remisser, hasResponses, corrections] = await Promise.all([
      this.store.listProposals(),
      this.store.listRespondents(),
      this.store.listRemisser(),
      this.store.hasResponses(),
      this.store.currentCorrections(),
    ]);
    this.corrections = corrections;
    this.marker = marker;
    this.seenWrites = writes;
    this.proposals = [...proposals].sort(
      (a, b) => collator.compare(a.remiss, b.remiss) || compareProposalNumbers(a.number, b.number),
    );
    this.remisser = remisser;
    this.remissOrder = remisser.map((r) => r.id).sort(collator.compare);
    this.index = new CandidateIndex(proposals, respondents);
    this.byNumber = new Map();
    this.titles = new Map();
    for (const p of proposals) {
      this.byNumber.set(p.number, [...(this.byNumber.get(p.number) ?? []), p]);
      this.titles.set(`${p.remiss}\u0000${p.number}`, p.title);
    }
    this.empty = !hasResponses;
    this.checkedAt = this.now();
  }

  /** Own writes: reload now. Others' (another instance, a CLI): ask the change marker every revalidateAfterMs. */
  private async ensureFresh(): Promise<void> {
    if (this.store.writes !== this.seenWrites) return this.reload();
    if (this.now() - this.checkedAt < this.revalidateAfterMs) return;
    const marker = await this.store.changeMarker();
    if (marker !== this.marker) return this.reload();
    this.checkedAt = this.now();
  }

  /** One reload at a time: queries arriving meanwhile wait for it instead of starting their own. */
  private reload(): Promise<void> {
    this.reloading ??= this.refresh().finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  async ask(input: string, options: AskOptions = {}): Promise<SearchResult> {
    await this.ensureFresh();
    const parsed = parseQuery(input);
    const notices: SearchNotice[] = parsed.truncated ? ['truncated'] : [];
    const result = (kind: ResultKind, extra: Partial<SearchResult> = {}): SearchResult => {
      const all = [...notices, ...(extra.notices ?? [])];
      return {
        query: parsed.query,
        kind,
        matches: [],
        choices: [],
        suggestions: [],
        ...extra,
        ...(all.length > 0 ? { notices: all } : {}),
      };
    };
    if (this.empty) {
      notices.push('empty_database');
      return result('none');
    }
    if (parsed.empty) {
      notices.push('empty_query');
      return result('none');
    }
    const remiss = parsed.remiss ?? options.remiss ?? null;
    const limit = Math.max(1, options.limit ?? DEFAULT_LIMIT);
    if (remiss !== null && !this.remisser.some((r) => r.id === remiss)) {
      notices.push('unknown_remiss');
      // Every known remiss: they are few, and one left off the list could be the one meant.
      const known = [...this.remisser].sort((a, b) => collator.compare(a.id, b.id));
      return result('none', { suggestions: known.map(remissChoice) });
    }
    if (parsed.proposals.length > 1) return this.askNumbers(parsed, remiss, limit, result);
    if (parsed.proposal) return this.askNumber(parsed.text, parsed.proposal, remiss, limit, result);
    if (!parsed.text) {
      // "SOU 2024:72" alone: which of its proposals?
      return result('none', {
        choices: this.proposals.filter((p) => p.remiss === remiss).map((p) => proposalChoice(p)),
      });
    }
    // "7", "kapitel 7": a chapter the catalog has is a number; "85" under no chapter is text ("över 85 år").
    const chapter = chapterNumber(parsed.text);
    if (chapter !== null && this.hasNumber(chapter, remiss)) {
      return this.askNumber('', chapter, remiss, limit, result);
    }
    const page = { offset: Math.max(0, Math.floor(options.offset ?? 0)), size: Math.max(1, options.pageSize ?? limit) };
    return this.askText(parsed.text, remiss, limit, page, result);
  }

  /**
   * "7.2.2 7.2.3": each number answered as its own match, in the order asked; a number that gives no answer (no
   * such proposal, a pick list) is named in `otherNumbers`, not dropped (compound-query.ts).
   */
  private async askNumbers(parsed: ParsedQuery, named: string | null, limit: number, result: Build) {
    const numbers = parsed.proposals;
    const remisserOf = (number: string) => (this.byNumber.get(number) ?? []).map((p) => p.remiss);
    const remiss = named ?? commonRemiss(numbers, remisserOf);
    const results: SearchResult[] = [];
    for (const number of numbers.slice(0, MAX_NUMBERS)) {
      results.push(await this.askNumber(parsed.text, number, remiss, limit, result));
    }
    return mergeNumberResults(numbers, results, limit);
  }

  /** A section number; `text` beside it may name a respondent ("Åstorps kommun 7.2.2"): then their answer. */
  private async askNumber(
    text: string,
    number: string,
    named: string | null,
    limit: number,
    result: Build,
  ): Promise<SearchResult> {
    // "Åstorps kommun 7.2.2": one respondent's answer; the respondent also tells which remiss is meant.
    if (text) {
      const ranked = this.rank(text, named, (c) => c.kind === 'respondent');
      if (ranked.length > 1) {
        const suffix = named ? `${number} ${named}` : number;
        return result(
          'respondent',
          pickList(ranked, (c) => respondentChoice(candidateName(c), suffix)),
        );
      }
      const hit = ranked[0];
      if (hit?.kind === 'respondent') return this.answerNumber(number, named, hit, limit, result);
    }
    return this.answerNumber(number, named, null, limit, result);
  }

  private async answerNumber(
    number: string,
    named: string | null,
    who: RespondentCandidate | null,
    limit: number,
    result: Build,
  ): Promise<SearchResult> {
    const remiss = named ?? (who?.remisser.length === 1 ? who.remisser[0] : null);
    const known = (this.byNumber.get(number) ?? []).filter((p) => remiss === null || p.remiss === remiss);
    // In two remisser: which one; "Åstorps kommun 7.2.2" stays Åstorp's answer in the one picked.
    if (remiss === null && known.length > 1) {
      return result('proposal', { choices: known.map((p) => proposalChoice(p, who?.respondent)) });
    }
    const stored = await this.store.answersForProposal(number, remiss ?? known[0]?.remiss);
    const scope = { number, remiss: remiss ?? known[0]?.remiss ?? null };
    const rows = await withCorrections(this.store, stored, this.corrections, scope);
    const remisserInRows = [...new Set(rows.map((r) => r.remiss))];
    if (remiss === null && known.length === 0 && remisserInRows.length > 1) {
      const whose = who ? `${who.respondent} ` : '';
      const choices = remisserInRows.map((id) => ({ label: number, query: `${whose}${number} ${id}`, remiss: id }));
      return result('proposal', { choices });
    }
    const target = remiss ?? known[0]?.remiss ?? remisserInRows[0];
    if (rows.length === 0 && known.length === 0) {
      const pool = this.proposals.filter((p) => remiss === null || p.remiss === remiss);
      // "7.2", "7": a chapter or section with proposals under it lists them all, as a remiss named alone does.
      const under = pool.filter((p) => isUnder(p.number, number));
      if (under.length > 0) return result('none', { choices: under.map((p) => proposalChoice(p)) });
      return result('none', { suggestions: nearestByNumber(pool, number).map((p) => proposalChoice(p)) });
    }
    const title = this.titles.get(`${target}\u0000${number}`) ?? null;
    if (who) {
      const request = { respondent: who.respondent, remiss: target, number, title, rows };
      const scoped = await respondentOnProposal(request, this.scopeContext());
      return result('proposal', { ...scoped, matches: scoped.matches.slice(0, limit) });
    }
    let matches = this.group(rows);
    if (matches.length === 0) matches = [emptyMatch(target, number, title)];
    return result('proposal', { matches: matches.slice(0, limit) });
  }

  private async askText(
    text: string,
    remiss: string | null,
    limit: number,
    page: { offset: number; size: number },
    result: Build,
  ): Promise<SearchResult> {
    const top = this.rank(text, remiss);
    if (top.length > 1) {
      const kinds = new Set(top.map((c) => c.kind));
      const kind: ResultKind = kinds.size === 1 ? top[0].kind : 'search';
      return result(kind, pickList(top, candidateChoice));
    }
    if (top.length === 1) {
      const hit = top[0];
      if (hit.kind === 'proposal') {
        const { number, remiss: id, title } = hit.proposal;
        const stored = await this.store.answersForProposal(number, id);
        const matches = this.group(await withCorrections(this.store, stored, this.corrections, { number, remiss: id }));
        return result('proposal', { matches: matches.length > 0 ? matches : [emptyMatch(id, number, title)] });
      }
      const { offset, size: limit } = page;
      const request = { respondent: hit.respondent, remiss, offset, limit, remissOrder: this.remissOrder };
      const found = await respondentPage(this.store, request, (rows) => this.group(rows), this.corrections);
      const remisser = remiss === null ? [...hit.remisser].sort(collator.compare) : [remiss];
      return result('respondent', {
        respondent: hit.respondent,
        matches: found.matches,
        totals: found.totals,
        remisser,
      });
    }
    // Not a title or a name: the words may be in what respondents wrote.
    const request = { text, remiss, corrections: this.corrections };
    const quotes = await searchQuotes(this.store, request, (rows) => this.group(rows));
    if (quotes) {
      const capped: SearchNotice[] = ['quotes_capped'];
      return result('search', {
        matches: quotes.matches.slice(0, limit),
        ...(quotes.capped ? { notices: capped } : {}),
      });
    }
    // "magnetmodellen Åstorp", "vad tycker Åstorp om magnetmodellen": a respondent and a title, in any order.
    const scoped = this.respondentAndTitle(text, remiss);
    if (scoped?.proposals.length === 1) {
      const [proposal] = scoped.proposals;
      return this.answerNumber(proposal.number, proposal.remiss, scoped.who, limit, result);
    }
    if (scoped) {
      return result(
        'proposal',
        pickList(scoped.proposals, (p) => proposalChoice(p, scoped.who.respondent)),
      );
    }
    return result('none', { suggestions: this.suggest(text, remiss).map((p) => proposalChoice(p)) });
  }

  /** "magnetmodellen Åstorp": one respondent and the proposals the rest names, in a remiss they answered. */
  private respondentAndTitle(text: string, remiss: string | null) {
    return splitRespondentAndTitle(
      queryWords(text),
      (part) => this.rank(part, remiss, (c) => c.kind === 'respondent') as RespondentCandidate[],
      (rest, who) =>
        this.rank(rest, remiss, (c) => c.kind === 'proposal' && who.remisser.includes(c.proposal.remiss)).map(
          (c) => (c as ProposalCandidate).proposal,
        ),
    );
  }

  /**
   * The best candidates when they are a clear hit (one) or a tie (several, all of them: pickList cuts and counts);
   * empty when nothing is good enough.
   */
  private rank(text: string, remiss: string | null, accept: (c: Candidate) => boolean = () => true): Candidate[] {
    const ranked = this.index
      .rank(text, (c) => accept(c) && inRemiss(c, remiss))
      .filter((r) => r.coverage >= MIN_COVERAGE);
    const best = ranked[0];
    if (!best || best.score < MIN_SCORE) return [];
    // Equally good hits are listed in a stable, readable order: proposals by remiss and number, then names A–Ö.
    return ranked
      .filter((r) => r.score >= best.score - TIE)
      .map((r) => r.candidate)
      .sort(compareCandidates);
  }

  /**
   * The proposals sharing a word with the query (exactly, as a prefix or misspelt), best first. None when no
   * title shares one: a list of unrelated proposals ("visoin" → 4.4.3 …) reads like an answer and is not.
   */
  private suggest(text: string, remiss: string | null): Proposal[] {
    return this.index
      .rank(text, (c) => c.kind === 'proposal' && inRemiss(c, remiss))
      .slice(0, MAX_SUGGESTIONS)
      .map((r) => (r.candidate as ProposalCandidate).proposal);
  }

  /** Whether the catalog (of `remiss`, or any) has proposal `number` or proposals under it. */
  private hasNumber(number: string, remiss: string | null): boolean {
    return this.proposals.some(
      (p) => (remiss === null || p.remiss === remiss) && (p.number === number || isUnder(p.number, number)),
    );
  }

  private group(rows: readonly StoredAnswer[]): Match[] {
    return groupAnswers(rows, (remiss, proposal) => this.titles.get(`${remiss}\u0000${proposal}`));
  }

  private scopeContext(): ScopeContext {
    return {
      store: this.store,
      group: (rows) => this.group(rows),
      corrections: this.corrections,
      remissOrder: this.remissOrder,
    };
  }
}

/** A proposal nobody has answered (yet): shown with its title and a zero tally rather than as "no hits". */
function emptyMatch(remiss: string, proposal: string, title: string | null): Match {
  return { remiss, proposal, title, tally: emptyTally(), answers: [] };
}

/** "SOU 2024:72 Stärkt medicinsk kompetens …"; a remiss without an SOU/Ds number has its title as its id: once. */
function remissChoice(remiss: RemissRef): Choice {
  const named = remiss.title !== null && remiss.title !== '' && remiss.title !== remiss.id;
  return { label: named ? `${remiss.id} ${remiss.title}` : remiss.id, query: remiss.id };
}
