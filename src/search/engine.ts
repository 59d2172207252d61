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
import { emptyTally, groupAnswers } from '../core/search/group-answers.js';
import { chapterNumber, type ParsedQuery, parseQuery } from '../core/search/parse-query.js';
import { MAX_QUOTE_HITS, phraseHits } from '../core/search/quote-hits.js';
import { isUnder, MAX_SUGGESTIONS, nearestByNumber, proposalChoice, respondentChoice } from '../core/search/suggest.js';
import { normalizeName } from '../core/search/tokens.js';
import type { Choice, Match, ResultKind, SearchNotice, SearchResult } from '../core/search/types.js';
import type { Proposal, RemissRef } from '../core/types.js';
import type { Store, StoredAnswer } from '../store/store.js';
import { withCorrections } from './corrections.js';
import { respondentPage } from './respondent-page.js';

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
    if (parsed.proposal) return this.askNumber(parsed, parsed.proposal, remiss, limit, result);
    if (!parsed.text) {
      // "SOU 2024:72" alone: which of its proposals?
      return result('none', { choices: this.proposals.filter((p) => p.remiss === remiss).map(proposalChoice) });
    }
    // "7", "kapitel 7": a chapter the catalog has is a number; "85" under no chapter is text ("över 85 år").
    const chapter = chapterNumber(parsed.text);
    if (chapter !== null && this.hasNumber(chapter, remiss)) {
      return this.askNumber({ ...parsed, text: '' }, chapter, remiss, limit, result);
    }
    const page = { offset: Math.max(0, Math.floor(options.offset ?? 0)), size: Math.max(1, options.pageSize ?? limit) };
    return this.askText(parsed.text, remiss, limit, page, result);
  }

  private async askNumber(
    parsed: ParsedQuery,
    number: string,
    named: string | null,
    limit: number,
    result: (kind: ResultKind, extra?: Partial<SearchResult>) => SearchResult,
  ): Promise<SearchResult> {
    let remiss = named;
    // "Åstorps kommun 7.2.2": one respondent's answer; the respondent also tells which remiss is meant.
    let respondent: string | undefined;
    if (parsed.text) {
      const ranked = this.rank(parsed.text, remiss, (c) => c.kind === 'respondent');
      if (ranked.length > 1) {
        const suffix = remiss ? `${number} ${remiss}` : number;
        return result(
          'respondent',
          pickList(ranked, (c) => respondentChoice(candidateName(c), suffix)),
        );
      }
      const hit = ranked[0];
      if (hit?.kind === 'respondent') {
        respondent = hit.respondent;
        if (remiss === null && hit.remisser.length === 1) remiss = hit.remisser[0];
      }
    }
    const known = (this.byNumber.get(number) ?? []).filter((p) => remiss === null || p.remiss === remiss);
    if (remiss === null && known.length > 1) return result('proposal', { choices: known.map(proposalChoice) });
    const stored = await this.store.answersForProposal(number, remiss ?? known[0]?.remiss);
    const scope = { number, remiss: remiss ?? known[0]?.remiss ?? null };
    let rows = await withCorrections(this.store, stored, this.corrections, scope);
    const remisserInRows = [...new Set(rows.map((r) => r.remiss))];
    if (remiss === null && known.length === 0 && remisserInRows.length > 1) {
      const choices = remisserInRows.map((id) => ({ label: `${number} (${id})`, query: `${number} ${id}` }));
      return result('proposal', { choices });
    }
    const target = remiss ?? known[0]?.remiss ?? remisserInRows[0];
    if (rows.length === 0 && known.length === 0) {
      const pool = this.proposals.filter((p) => remiss === null || p.remiss === remiss);
      // "7.2", "7": a chapter or section with proposals under it lists them all, as a remiss named alone does.
      const under = pool.filter((p) => isUnder(p.number, number));
      if (under.length > 0) return result('none', { choices: under.map(proposalChoice) });
      return result('none', { suggestions: nearestByNumber(pool, number).map(proposalChoice) });
    }
    if (respondent) {
      const key = normalizeName(respondent);
      rows = rows.filter((r) => normalizeName(r.respondent) === key);
    }
    let matches = this.group(rows);
    if (matches.length === 0)
      matches = [emptyMatch(target, number, this.titles.get(`${target}\u0000${number}`) ?? null)];
    return result('proposal', { matches: matches.slice(0, limit), ...(respondent ? { respondent } : {}) });
  }

  private async askText(
    text: string,
    remiss: string | null,
    limit: number,
    page: { offset: number; size: number },
    result: (kind: ResultKind, extra?: Partial<SearchResult>) => SearchResult,
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
    // Not a title or a name: the words may be in what respondents wrote. Trigram FTS needs three characters.
    if (text.length >= 3) {
      // One more than is read tells whether there were more.
      const found = await this.store.searchQuotes(text, MAX_QUOTE_HITS + 1);
      const hits = found.slice(0, MAX_QUOTE_HITS);
      const rows = (await withCorrections(this.store, hits, this.corrections)).filter(
        (r) => remiss === null || r.remiss === remiss,
      );
      if (rows.length > 0) {
        // Each proposal with the quotes that matched, tallied as such: its own tally is a proposal query away.
        const matches = this.group(phraseHits(rows, text)).map((m): Match => ({ ...m, tallyOf: 'hits' }));
        const capped: SearchNotice[] = ['quotes_capped'];
        return result('search', {
          matches: matches.slice(0, limit),
          ...(found.length > MAX_QUOTE_HITS ? { notices: capped } : {}),
        });
      }
    }
    return result('none', { suggestions: this.suggest(text, remiss).map(proposalChoice) });
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
      .map((r) => (r.candidate as Extract<Candidate, { kind: 'proposal' }>).proposal);
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
