import Fuse from 'fuse.js';
import type { Proposal } from '../types.js';
import { type Catalog, proposalsOf } from './catalog.js';
import { contentWords, stem } from './tokens.js';

export interface TitleMatch {
  proposal: Proposal;
  /** Share of the title's weight (IDF) that the text covers, 0..1. */
  score: number;
  /** The title words the text matched. */
  words: string[];
}

export interface MatchOptions {
  /** Minimum share of the title's weight the text must cover. Bullets quoting a title: 0.5; prose naming a topic: 0.35. */
  minScore: number;
  /** The best match must beat the runner-up by this much, or the text is ambiguous and nothing is returned. */
  margin: number;
}

interface IndexedTitle {
  proposal: Proposal;
  /** The title's stems. */
  stems: string[];
  /** Title and curated description together; equal to `stems` without a description. */
  allStems: string[];
  /** The IDF weight of `stems` and of `allStems`, summed once per index rather than per sentence. */
  weight: number;
  allWeight: number;
}

interface TitleIndex {
  titles: IndexedTitle[];
  idf: Map<string, number>;
  /** How many titles use each stem: a stem in one title only names that proposal. */
  df: Map<string, number>;
  vocabulary: Fuse<string>;
  /** The largest IDF: the weight of a text word that no title uses. */
  maxIdf: number;
  /** fuse.js's answer per misspelt stem, null for none: prose repeats its words, and each search scans the vocabulary. */
  fuzzy: Map<string, string | null>;
}

// Enough for every distinct long word of a large response; a hostile text of endless new words only stops being cached.
const MAX_FUZZY_CACHED = 50_000;

// Indexes are cached per catalog object and remiss: a corpus parse matches hundreds of sentences against one catalog.
const cache = new WeakMap<Catalog, Map<string, TitleIndex>>();

function indexFor(catalog: Catalog, remiss: string | null): TitleIndex {
  let perRemiss = cache.get(catalog);
  if (!perRemiss) {
    perRemiss = new Map();
    cache.set(catalog, perRemiss);
  }
  const key = remiss ?? '\u0000none';
  const cached = perRemiss.get(key);
  if (cached) return cached;
  const stemmed = proposalsOf(catalog, remiss).map((proposal) => {
    const stems = [...new Set(contentWords(proposal.title).map(stem))];
    const described = proposal.description ? contentWords(proposal.description).map(stem) : [];
    return { proposal, stems, allStems: [...new Set([...stems, ...described])] };
  });
  const df = new Map<string, number>();
  for (const title of stemmed) for (const s of title.allStems) df.set(s, (df.get(s) ?? 0) + 1);
  const idf = new Map([...df].map(([s, n]) => [s, Math.log(1 + stemmed.length / n)]));
  const titles = stemmed.map((title) => ({
    ...title,
    weight: weightOf(idf, title.stems),
    allWeight: weightOf(idf, title.allStems),
  }));
  // Fuse over the title vocabulary catches misspellings ("magnetmodelen"); whole-title fuzzy matching is done by weight.
  const vocabulary = new Fuse([...df.keys()], { includeScore: true, threshold: 0.25, ignoreLocation: true });
  const index = { titles, idf, df, vocabulary, maxIdf: Math.max(...idf.values()), fuzzy: new Map() };
  perRemiss.set(key, index);
  return index;
}

/** Summed in the stems' order, so a weight is the same number wherever it is computed. */
function weightOf(idf: ReadonlyMap<string, number>, stems: readonly string[]): number {
  return stems.reduce((sum, s) => sum + (idf.get(s) ?? 0), 0);
}

/** The title stems that a text's words match: exactly by stem, or by fuse.js for a misspelt long word. */
function matchedStems(index: TitleIndex, words: readonly string[]): Set<string> {
  const matched = new Set<string>();
  for (const word of new Set(words)) {
    const s = stem(word);
    if (index.idf.has(s)) {
      matched.add(s);
      continue;
    }
    if (word.length < 7) continue;
    const fuzzy = fuzzyStem(index, s);
    if (fuzzy !== null) matched.add(fuzzy);
  }
  return matched;
}

/** The title stem a misspelt stem stands for ("magnetmodel" for "magnetmodelen"'s stem), or null. */
function fuzzyStem(index: TitleIndex, s: string): string | null {
  const cached = index.fuzzy.get(s);
  if (cached !== undefined) return cached;
  const [best] = index.vocabulary.search(s, { limit: 1 });
  const found = best && (best.score ?? 1) <= 0.2 ? best.item : null;
  if (index.fuzzy.size < MAX_FUZZY_CACHED) index.fuzzy.set(s, found);
  return found;
}

/**
 * The catalog proposal whose title a text names: "Utveckla en nationell ledarskapsutbildning för chefer…" (a bullet
 * quoting the title) or "Vision välkomnar en nationell ledarskapsutbildning…" (prose naming the topic) → 7.2.1.
 * Only `remiss`'s own titles are searched; with `remiss` null (not found in the response) there is nothing to match.
 */
export function matchProposalTitle(
  catalog: Catalog,
  remiss: string | null,
  text: string,
  options: MatchOptions = { minScore: 0.5, margin: 0.1 },
): TitleMatch | null {
  const index = indexFor(catalog, remiss);
  if (index.titles.length === 0) return null;
  const textWords = contentWords(text);
  const matched = matchedStems(index, textWords);
  // The text's own weight: a word no title uses is as telling as the rarest title word.
  const maxIdf = index.maxIdf;
  const textStems = new Set(textWords.map(stem));
  const textWeight = [...textStems].reduce((sum, s) => sum + (index.idf.get(s) ?? (matched.has(s) ? 0 : maxIdf)), 0);
  const scored = index.titles
    .map((title) => {
      const weight = (stems: readonly string[]) => weightOf(index.idf, stems);
      const total = title.weight;
      const titleCoverage = total === 0 ? 0 : weight(title.stems.filter((s) => matched.has(s))) / total;
      // With a curated description, prose naming the substance ("särskilda medel för vidareutbildning av
      // specialistsjuksköterskor") covers the fuller wording even where it shares one word with the heading.
      const words = title.allStems.filter((s) => matched.has(s));
      const covered = weight(words);
      const fullCoverage = title.allStems.length > title.stems.length ? covered / title.allWeight : 0;
      // A bullet that quotes only the start of a title ("Införa ett breddat VULF-avtal") covers little of the title
      // but is itself wholly inside it; for texts of three words or more that counts too, a little discounted.
      // "Magnetmodellen:" alone names 7.2.2: a short text counts when it holds a word only one title uses.
      const distinctive = words.some((s) => index.df.get(s) === 1);
      const textCoverage =
        (textStems.size >= 3 || distinctive) && textWeight > 0 ? Math.min(1, covered / textWeight) : 0;
      // One short matched word is chance, not a topic; one long distinctive word ("magnetmodellen") is a topic.
      if (words.length === 1 && words[0].length < 8) return { proposal: title.proposal, score: 0, covered: 0, words };
      return {
        proposal: title.proposal,
        score: Math.min(1, Math.max(titleCoverage, fullCoverage, textCoverage * 0.8)),
        covered,
        words,
      };
    })
    .sort((a, b) => b.score - a.score || b.covered - a.covered);
  const [best, second] = scored;
  if (!best || best.score < options.minScore) return null;
  // Two titles the text covers equally well are ambiguous, unless one shares clearly more of the text's words:
  // "Avtalen bör stärkas genom ett bemyndigande …" covers both 4.2 ("Avtalen … behöver stärkas") and 4.2.3.
  const clearlyMore = second !== undefined && best.covered > second.covered * 1.3;
  if (second && best.score - second.score < options.margin && !clearlyMore) return null;
  return { proposal: best.proposal, score: best.score, words: best.words };
}
