import { compareProposalNumbers } from '../core/catalog/catalog.js';
import type { Correction } from '../core/review/correction.js';
import { compareCandidates, inRemiss } from '../core/search/candidate-choices.js';
import { type Candidate, CandidateIndex } from '../core/search/candidates.js';
import { splitRespondentAndTitle } from '../core/search/compound-query.js';
import { groupAnswers } from '../core/search/group-answers.js';
import { isUnder, MAX_SUGGESTIONS } from '../core/search/suggest.js';
import { queryWords } from '../core/search/tokens.js';
import type { Match } from '../core/search/types.js';
import type { Proposal, RemissRef } from '../core/types.js';
import type { Store, StoredAnswer } from '../store/store.js';
import type { ScopeContext } from './respondent-scope.js';

export type ProposalCandidate = Extract<Candidate, { kind: 'proposal' }>;
export type RespondentCandidate = Extract<Candidate, { kind: 'respondent' }>;

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

/**
 * What the engine keeps in memory between reloads: the catalog, respondent names and their words, the remisser
 * and the current corrections, read from the store at one moment. Immutable: a reload builds a new one, so a
 * query never sees half of the old and half of the new.
 */
export class CatalogSnapshot {
  /** Proposals by remiss (Swedish order), then number. */
  readonly proposals: readonly Proposal[];
  /** Remiss ids in display order (Swedish). */
  readonly remissOrder: readonly string[];
  private readonly index: CandidateIndex;
  private readonly byNumber = new Map<string, Proposal[]>();
  /** Remiss → number → title: looked up for every answer search groups, so no key string is built per lookup. */
  private readonly titles = new Map<string, Map<string, string>>();

  private constructor(
    proposals: readonly Proposal[],
    respondents: ReadonlyArray<{ respondent: string; remiss: string }>,
    readonly remisser: readonly RemissRef[],
    /** No responses stored at all. */
    readonly empty: boolean,
    readonly corrections: readonly Correction[],
  ) {
    this.proposals = [...proposals].sort(
      (a, b) => collator.compare(a.remiss, b.remiss) || compareProposalNumbers(a.number, b.number),
    );
    this.remissOrder = remisser.map((r) => r.id).sort(collator.compare);
    this.index = new CandidateIndex(proposals, respondents);
    for (const p of proposals) {
      this.byNumber.set(p.number, [...(this.byNumber.get(p.number) ?? []), p]);
      const inRemiss = this.titles.get(p.remiss) ?? new Map<string, string>();
      this.titles.set(p.remiss, inRemiss.set(p.number, p.title));
    }
  }

  static async load(store: Store): Promise<CatalogSnapshot> {
    const [proposals, respondents, remisser, hasResponses, corrections] = await Promise.all([
      store.listProposals(),
      store.listRespondents(),
      store.listRemisser(),
      store.hasResponses(),
      store.currentCorrections(),
    ]);
    return new CatalogSnapshot(proposals, respondents, remisser, !hasResponses, corrections);
  }

  isKnownRemiss(remiss: string): boolean {
    return this.remisser.some((r) => r.id === remiss);
  }

  /** The catalog's proposals with this number, in any remiss. */
  withNumber(number: string): readonly Proposal[] {
    return this.byNumber.get(number) ?? [];
  }

  titleOf(remiss: string, number: string): string | null {
    return this.titles.get(remiss)?.get(number) ?? null;
  }

  /** Whether the catalog (of `remiss`, or any) has proposal `number` or proposals under it. */
  hasNumber(number: string, remiss: string | null): boolean {
    return this.proposals.some(
      (p) => (remiss === null || p.remiss === remiss) && (p.number === number || isUnder(p.number, number)),
    );
  }

  /**
   * The best candidates when they are a clear hit (one) or a tie (several, all of them: pickList cuts and counts);
   * empty when nothing is good enough.
   */
  rank(text: string, remiss: string | null, accept: (c: Candidate) => boolean = () => true): Candidate[] {
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
  suggest(text: string, remiss: string | null): Proposal[] {
    return this.index
      .rank(text, (c) => c.kind === 'proposal' && inRemiss(c, remiss))
      .slice(0, MAX_SUGGESTIONS)
      .map((r) => (r.candidate as ProposalCandidate).proposal);
  }

  /** "magnetmodellen Åstorp": one respondent and the proposals the rest names, in a remiss they answered. */
  respondentAndTitle(text: string, remiss: string | null) {
    return splitRespondentAndTitle(
      queryWords(text),
      (part) => this.rank(part, remiss, (c) => c.kind === 'respondent') as RespondentCandidate[],
      (rest, who) =>
        this.rank(rest, remiss, (c) => c.kind === 'proposal' && who.remisser.includes(c.proposal.remiss)).map(
          (c) => (c as ProposalCandidate).proposal,
        ),
    );
  }

  /** Stored answers → matches in display order, with the catalog's titles. */
  group(rows: readonly StoredAnswer[]): Match[] {
    return groupAnswers(rows, (remiss, proposal) => this.titles.get(remiss)?.get(proposal));
  }

  scopeContext(store: Store): ScopeContext {
    return {
      store,
      group: (rows) => this.group(rows),
      corrections: this.corrections,
      remissOrder: this.remissOrder,
    };
  }
}
