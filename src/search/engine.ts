import { candidateChoice, pickList } from '../core/search/candidate-choices.js';
import { chapterNumber, parseQuery } from '../core/search/parse-query.js';
import { proposalChoice } from '../core/search/suggest.js';
import type { Choice, ResultKind, SearchNotice, SearchResult } from '../core/search/types.js';
import type { RemissRef } from '../core/types.js';
import type { Store } from '../store/store.js';
import { CatalogSnapshot } from './catalog-snapshot.js';
import { withCorrections } from './corrections.js';
import { answerNumber, askNumber, askNumbers, type Build, emptyMatch, type NumberContext } from './number-answers.js';
import { searchQuotes } from './quote-search.js';
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
const DEFAULT_LIMIT = 50;

/**
 * Answers queries from a warm in-memory index of the small sets (catalog, respondent names, their words) plus
 * indexed store lookups for the answers themselves. One engine per store; the Slack app and the REPL share it.
 */
export class SearchEngine {
  /** Empty until the first load: a query before it loads first (ensureFresh sees seenWrites differ). */
  private snapshot: CatalogSnapshot | null = null;
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
    this.snapshot = await CatalogSnapshot.load(this.store);
    this.marker = marker;
    this.seenWrites = writes;
    this.checkedAt = this.now();
  }

  /** Own writes: reload now. Others' (another instance, a CLI): ask the change marker every revalidateAfterMs. */
  private async ensureFresh(): Promise<CatalogSnapshot> {
    if (this.store.writes !== this.seenWrites || this.snapshot === null) await this.reload();
    else if (this.now() - this.checkedAt >= this.revalidateAfterMs) {
      const marker = await this.store.changeMarker();
      if (marker !== this.marker) await this.reload();
      else this.checkedAt = this.now();
    }
    return this.snapshot as CatalogSnapshot;
  }

  /** One reload at a time: queries arriving meanwhile wait for it instead of starting their own. */
  private reload(): Promise<void> {
    this.reloading ??= this.refresh().finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  async ask(input: string, options: AskOptions = {}): Promise<SearchResult> {
    const snapshot = await this.ensureFresh();
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
    if (snapshot.empty) {
      notices.push('empty_database');
      return result('none');
    }
    if (parsed.empty) {
      notices.push('empty_query');
      return result('none');
    }
    const remiss = parsed.remiss ?? options.remiss ?? null;
    const limit = Math.max(1, options.limit ?? DEFAULT_LIMIT);
    if (remiss !== null && !snapshot.isKnownRemiss(remiss)) {
      notices.push('unknown_remiss');
      // Every known remiss: they are few, and one left off the list could be the one meant.
      const known = [...snapshot.remisser].sort((a, b) => collator.compare(a.id, b.id));
      return result('none', { suggestions: known.map(remissChoice) });
    }
    const context: NumberContext = { store: this.store, snapshot, result };
    if (parsed.proposals.length > 1) return askNumbers(context, parsed, remiss, limit);
    if (parsed.proposal) return askNumber(context, parsed.text, parsed.proposal, remiss, limit);
    if (!parsed.text) {
      // "SOU 2024:72" alone: which of its proposals?
      return result('none', {
        choices: snapshot.proposals.filter((p) => p.remiss === remiss).map((p) => proposalChoice(p)),
      });
    }
    // "7", "kapitel 7": a chapter the catalog has is a number; "85" under no chapter is text ("över 85 år").
    const chapter = chapterNumber(parsed.text);
    if (chapter !== null && snapshot.hasNumber(chapter, remiss)) {
      return askNumber(context, '', chapter, remiss, limit);
    }
    const page = { offset: Math.max(0, Math.floor(options.offset ?? 0)), size: Math.max(1, options.pageSize ?? limit) };
    return this.askText(context, parsed.text, remiss, limit, page);
  }

  private async askText(
    context: NumberContext,
    text: string,
    remiss: string | null,
    limit: number,
    page: { offset: number; size: number },
  ): Promise<SearchResult> {
    const { snapshot, result } = context;
    const top = snapshot.rank(text, remiss);
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
        const corrected = await withCorrections(this.store, stored, snapshot.corrections, { number, remiss: id });
        const matches = snapshot.group(corrected);
        return result('proposal', { matches: matches.length > 0 ? matches : [emptyMatch(id, number, title)] });
      }
      const { offset, size } = page;
      const request = { respondent: hit.respondent, remiss, offset, limit: size, remissOrder: snapshot.remissOrder };
      const found = await respondentPage(this.store, request, (rows) => snapshot.group(rows), snapshot.corrections);
      const remisser = remiss === null ? [...hit.remisser].sort(collator.compare) : [remiss];
      return result('respondent', {
        respondent: hit.respondent,
        matches: found.matches,
        totals: found.totals,
        remisser,
      });
    }
    // Not a title or a name: the words may be in what respondents wrote.
    const request = { text, remiss, corrections: snapshot.corrections };
    const quotes = await searchQuotes(this.store, request, (rows) => snapshot.group(rows));
    if (quotes) {
      const capped: SearchNotice[] = ['quotes_capped'];
      return result('search', {
        matches: quotes.matches.slice(0, limit),
        ...(quotes.capped ? { notices: capped } : {}),
      });
    }
    // "magnetmodellen Åstorp", "vad tycker Åstorp om magnetmodellen": a respondent and a title, in any order.
    const scoped = snapshot.respondentAndTitle(text, remiss);
    if (scoped?.proposals.length === 1) {
      const [proposal] = scoped.proposals;
      return answerNumber(context, proposal.number, proposal.remiss, scoped.who, limit);
    }
    if (scoped) {
      return result(
        'proposal',
        pickList(scoped.proposals, (p) => proposalChoice(p, scoped.who.respondent)),
      );
    }
    return result('none', { suggestions: snapshot.suggest(text, remiss).map((p) => proposalChoice(p)) });
  }
}

/** "SOU 2024:72 Stärkt medicinsk kompetens …"; a remiss without an SOU/Ds number has its title as its id: once. */
function remissChoice(remiss: RemissRef): Choice {
  const named = remiss.title !== null && remiss.title !== '' && remiss.title !== remiss.id;
  return { label: named ? `${remiss.id} ${remiss.title}` : remiss.id, query: remiss.id };
}
