import type { Corpus } from './corpus.js';

/** The four query kinds the bench times, each a short rotation of real queries over the synthetic corpus. */
export type QueryKind = 'section number' | 'title word' | 'misspelt title word' | 'respondent name';

export type QuerySet = Record<QueryKind, string[]>;

export const QUERY_KINDS: readonly QueryKind[] = [
  'section number',
  'title word',
  'misspelt title word',
  'respondent name',
];

/** "magnetmodellen" → "magnetmodelen": a doubled letter typed once (else a middle letter dropped), the commonest typo. */
export function misspell(word: string): string {
  const doubled = /(\p{L})\1/u.exec(word);
  const at = doubled ? doubled.index : Math.floor(word.length / 2);
  return word.slice(0, at) + word.slice(at + 1);
}

export function buildQueries(corpus: Corpus, perKind = 10): QuerySet {
  const step = Math.max(1, Math.floor(corpus.proposals.length / perKind));
  const sections = corpus.proposals.filter((_, i) => i % step === 7).slice(0, perKind - 1);
  const words = [
    'magnetmodellen',
    ...[...corpus.titleWords.keys()].filter((w) => w.length >= 12).slice(0, perKind - 1),
  ];
  const names = corpus.respondents.filter((_, i) => i % Math.floor(corpus.respondents.length / perKind) === 0);
  return {
    'section number': ['7.2.2 SOU 2024:72', ...sections.map((p) => `${p.number} ${p.remiss}`)],
    'title word': words,
    'misspelt title word': words.map(misspell),
    // "Åstorp" for "Åstorps kommun": users type the place, not the formal name.
    'respondent name': ['Vision', 'Åstorp', ...names.slice(0, perKind - 2)],
  };
}
