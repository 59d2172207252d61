import Fuse from 'fuse.js';
import type { Proposal } from '../types.js';
import { normalizeName, queryWords, words } from './tokens.js';

/**
 * The small sets a query is matched against, kept in memory: proposal titles and respondent names (a few thousand
 * at most). fuse.js runs only over their distinct words, and only for a word that has no exact or prefix hit,
 * so a query costs a few map lookups and at worst one fuzzy pass over a few thousand short words.
 */

export type Candidate =
  | { kind: 'proposal'; proposal: Proposal }
  | { kind: 'respondent'; respondent: string; remisser: readonly string[] };

export interface ScoredCandidate {
  candidate: Candidate;
  /** About 0..1.1: the mean over query words of how well each matched (exact 1, prefix 0.9, fuzzy below 0.8); +0.1 for the whole name. */
  score: number;
  /**
   * The share of the query's words that matched at all (stop words not counted): 1 for "Åstorps kommun" against
   * Åstorps kommun, 0.5 for "kommunala självstyret" against a title that has only "kommunala".
   */
  coverage: number;
}

const EXACT = 1;
const INFLECTED = 0.95;
const PREFIX = 0.9;
const FUZZY = 0.8;
const WHOLE_NAME_BONUS = 0.1;
/** fuse.js score (0 perfect … 1 none) a misspelt word may have: "magnetmodelen" → "magnetmodellen" is about 0.08. */
const FUZZY_THRESHOLD = 0.3;
/** Words this long are too short to misspell meaningfully; fuzzy matching them finds noise. */
const MIN_FUZZY_LENGTH = 4;
const MIN_PREFIX_LENGTH = 3;
/** Swedish endings are at most three letters ("magnetmodellens" → "magnetmodellen", "kommunens" → "kommun"). */
const MAX_ENDING = 3;
/** A misspelling keeps at least this share of the word's trigrams (one typo breaks at most three). */
const MIN_SHARED_TRIGRAMS = 0.4;
/** A typo changes the length by a letter or two. */
const MAX_LENGTH_DIFFERENCE = 3;
/**
 * Words handed to fuse.js for scoring, best trigram overlap first. fuse.js is most of a misspelt query's cost
 * (it tries up to 30% errors against every word it gets). Measured over 6,291 typos of the words of the bench's
 * catalog (a letter dropped, replaced, or the third one dropped): 12 words instead of 24 changed the best hit of none,
 * one of the other four of 4% (words sharing fewer trigrams than twelve others), at 42% of the time.
 */
const FUZZY_POOL = 12;
/** Fuse pattern length limit: longer "words" are pasted junk, not names. */
const MAX_WORD_LENGTH = 32;

export class CandidateIndex {
  readonly candidates: readonly Candidate[];
  private readonly byWord = new Map<string, number[]>();
  private readonly byName = new Map<string, number[]>();
  private readonly sortedWords: string[];
  /** Trigram → ids into sortedWords: narrows a misspelt word to the few dozen words fuse.js then scores. */
  private readonly trigrams = new Map<string, number[]>();
  /** Scratch space for `fuzzy`: trigrams shared per word id; all zero between calls. */
  private readonly sharedCounts: Uint16Array;
  /** Scratch space for `fuzzy`: the word ids `sharedCounts` holds counts for, in first-touched order. */
  private readonly touchedWords: Int32Array;
  /**
   * Scratch space for `rank`, per candidate id: the summed score, one query word's best match, and how many query
   * words matched; zero between calls.
   */
  private readonly totals: Float64Array;
  private readonly wordBest: Float64Array;
  private readonly matchedWords: Uint16Array;
  /** Scratch space for `rank`: the candidate ids one query word hit, and those any word hit (a common word hits hundreds). */
  private readonly wordHit: Int32Array;
  private readonly touchedCandidates: Int32Array;

  constructor(proposals: readonly Proposal[], respondents: ReadonlyArray<{ respondent: string; remiss: string }>) {
    const remisserOf = new Map<string, { respondent: string; remisser: Set<string> }>();
    for (const { respondent, remiss } of respondents) {
      const key = normalizeName(respondent);
      if (!key) continue;
      const entry = remisserOf.get(key) ?? { respondent, remisser: new Set<string>() };
      entry.remisser.add(remiss);
      remisserOf.set(key, entry);
    }
    this.candidates = [
      ...proposals.map((proposal): Candidate => ({ kind: 'proposal', proposal })),
      ...[...remisserOf.values()].map(
        (r): Candidate => ({ kind: 'respondent', respondent: r.respondent, remisser: [...r.remisser] }),
      ),
    ];
    this.candidates.forEach((candidate, id) => {
      const text = candidate.kind === 'proposal' ? candidate.proposal.title : candidate.respondent;
      push(this.byName, normalizeName(text), id);
      for (const word of new Set(words(text))) push(this.byWord, word, id);
    });
    this.sortedWords = [...this.byWord.keys()].sort();
    this.sortedWords.forEach((word, id) => {
      for (const gram of trigramsOf(word)) push(this.trigrams, gram, id);
    });
    this.sharedCounts = new Uint16Array(this.sortedWords.length);
    this.touchedWords = new Int32Array(this.sortedWords.length);
    this.totals = new Float64Array(this.candidates.length);
    this.wordBest = new Float64Array(this.candidates.length);
    this.matchedWords = new Uint16Array(this.candidates.length);
    this.wordHit = new Int32Array(this.candidates.length);
    this.touchedCandidates = new Int32Array(this.candidates.length);
  }

  get size(): number {
    return this.candidates.length;
  }

  /** Candidates ranked best first; `accept` filters (by kind, by remiss) before ranking. */
  rank(text: string, accept: (candidate: Candidate) => boolean = () => true): ScoredCandidate[] {
    const query = queryWords(text).map((w) => w.slice(0, MAX_WORD_LENGTH));
    if (query.length === 0) return [];
    // Summed in reused typed arrays, not Maps: a common word ("kommun") hits hundreds of names on every query.
    const { totals, wordBest, matchedWords, wordHit: hit, touchedCandidates: touched } = this;
    let touchedCount = 0;
    let hitCount = 0;
    const addHit = (id: number, quality: number) => {
      if (wordBest[id] === 0) hit[hitCount++] = id;
      if (wordBest[id] < quality) wordBest[id] = quality;
    };
    for (const word of query) {
      hitCount = 0;
      this.wordHits(word, addHit);
      for (let i = 0; i < hitCount; i++) {
        const id = hit[i];
        if (totals[id] === 0) touched[touchedCount++] = id;
        totals[id] += wordBest[id];
        matchedWords[id]++;
        wordBest[id] = 0;
      }
    }
    const wholeName = this.byName.get(normalizeName(text)) ?? [];
    for (const id of wholeName) {
      if (totals[id] === 0) touched[touchedCount++] = id;
      totals[id] += WHOLE_NAME_BONUS * query.length;
    }
    const scored: ScoredCandidate[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const id = touched[i];
      const total = totals[id];
      // The whole name is every word of the query, whatever the words alone matched.
      const coverage = wholeName.includes(id) ? 1 : matchedWords[id] / query.length;
      totals[id] = 0;
      matchedWords[id] = 0;
      const candidate = this.candidates[id];
      if (accept(candidate)) scored.push({ candidate, score: total / query.length, coverage });
    }
    return scored.sort((a, b) => b.score - a.score);
  }

  /** Calls `add` with each candidate one query word matches and how well (a candidate may come more than once). */
  private wordHits(word: string, add: (id: number, quality: number) => void): void {
    let found = false;
    const addAll = (ids: readonly number[] | undefined, quality: number) => {
      for (const id of ids ?? []) {
        add(id, quality);
        found = true;
      }
    };
    addAll(this.byWord.get(word), EXACT);
    // "ledarskapsutbildningen" finds "ledarskapsutbildning": the query word is an inflected form.
    for (let cut = 1; cut <= MAX_ENDING && word.length - cut >= 5; cut++) {
      addAll(this.byWord.get(word.slice(0, -cut)), INFLECTED);
    }
    // "Åstorp" finds "Åstorps kommun": the query word begins a longer word.
    if (word.length >= MIN_PREFIX_LENGTH) {
      for (let i = lowerBound(this.sortedWords, word); i < this.sortedWords.length; i++) {
        const candidateWord = this.sortedWords[i];
        if (!candidateWord.startsWith(word)) break;
        if (candidateWord !== word) addAll(this.byWord.get(candidateWord), PREFIX);
      }
    }
    if (!found && word.length >= MIN_FUZZY_LENGTH) {
      for (const result of this.fuzzy(word)) addAll(this.byWord.get(result.item), FUZZY * (1 - (result.score ?? 1)));
      this.swapped(word, addAll);
    }
  }

  /**
   * Two neighbouring letters swapped ("visoin" for "vision", "Åstrop" for "Åstorps"), scored as the one typo it
   * is: fuse.js counts a swap as two errors, which in a short name is over its threshold (0.33 for "visoin").
   */
  private swapped(word: string, addAll: (ids: readonly number[] | undefined, quality: number) => void): void {
    const quality = FUZZY * (1 - 1 / word.length);
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const fixed = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      addAll(this.byWord.get(fixed), quality);
      for (let j = lowerBound(this.sortedWords, fixed); j < this.sortedWords.length; j++) {
        const candidateWord = this.sortedWords[j];
        if (!candidateWord.startsWith(fixed)) break;
        if (candidateWord !== fixed) addAll(this.byWord.get(candidateWord), quality * PREFIX);
      }
    }
  }

  /**
   * Misspelt words: fuse.js over the words sharing the most trigrams with `word` ("magnetmodelen" shares 10 of
   * 11 with "magnetmodellen"), so it scores dozens of words, not the whole vocabulary of thousands.
   */
  private fuzzy(word: string) {
    const grams = trigramsOf(word);
    // Counted in a reused typed array, not a Map: this runs for every misspelt word, and a common trigram ("ing")
    // touches thousands of words; the counts are zeroed again below, so the next query starts clean.
    // A long misspelt word touches a good part of the vocabulary, so the touched ids go to reused scratch too.
    const shared = this.sharedCounts;
    const touched = this.touchedWords;
    let touchedCount = 0;
    for (const gram of grams) {
      const ids = this.trigrams.get(gram);
      if (ids === undefined) continue;
      for (const id of ids) if (shared[id]++ === 0) touched[touchedCount++] = id;
    }
    const needed = Math.max(1, Math.floor(grams.size * MIN_SHARED_TRIGRAMS));
    const close: Array<[number, number]> = [];
    // In first-touched order, so equal counts keep the order a Map would have given them (the sort is stable).
    for (let i = 0; i < touchedCount; i++) {
      const id = touched[i];
      const n = shared[id];
      shared[id] = 0;
      if (n >= needed && Math.abs(this.sortedWords[id].length - word.length) <= MAX_LENGTH_DIFFERENCE)
        close.push([id, n]);
    }
    const pool = close
      .sort((a, b) => b[1] - a[1])
      .slice(0, FUZZY_POOL)
      .map(([id]) => this.sortedWords[id]);
    if (pool.length === 0) return [];
    const fuse = new Fuse(pool, {
      includeScore: true,
      threshold: FUZZY_THRESHOLD,
      ignoreLocation: true,
      // Plain text only: "^", "!", "'", "=" and "|" in a query are characters, not operators.
      useExtendedSearch: false,
    });
    return fuse.search(word, { limit: 5 });
  }
}

/** "  magnet " style padding makes word starts and ends count: "åstorp" → "  å", " ås", "åst", …, "rp ". */
function trigramsOf(word: string): Set<string> {
  const chars = [' ', ' ', ...word, ' '];
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
  return grams;
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
