import { cleanPageTexts, cleanSource } from '../text/clean-source.js';
import { collapseWhitespace } from '../text/lines.js';
import type { ParsedDocument, SourceText } from '../types.js';

export interface GoldDocument {
  file: string;
  kind: string;
  remiss: string | null;
  respondent: string | null;
  stances: Array<{ proposal: string | null; title?: string; stance: string }>;
}

export interface EvalScore {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  predicted: number;
  expected: number;
  kind: { right: number; total: number };
  remiss: { right: number; total: number };
  respondent: { right: number; total: number };
  verbatim: { right: number; total: number };
  /** One line per disagreement, for the eval printout. */
  misses: string[];
}

function key(file: string, proposal: string | null, title: string | undefined | null, stance: string): string {
  return `${file}\u0000${proposal ?? `title:${(title ?? '').toLowerCase()}`}\u0000${stance}`;
}

/** True when the quote stands in the clean text of its source (white space folded). */
export function isVerbatim(quote: string, source: SourceText): boolean {
  const text = collapseWhitespace([...cleanPageTexts(cleanSource(source)).values()].join(' '));
  return text.includes(collapseWhitespace(quote));
}

/** Precision, recall and F1 of (document, proposal, stance) triples, plus document-level accuracies. Pure. */
export function scoreAgainstGold(
  gold: readonly GoldDocument[],
  results: ReadonlyArray<{ parsed: ParsedDocument; source?: SourceText }>,
): EvalScore {
  const byFile = new Map(results.map((r) => [r.parsed.file, r]));
  const expected = new Set(gold.flatMap((g) => g.stances.map((s) => key(g.file, s.proposal, s.title, s.stance))));
  const predicted = new Set<string>();
  const misses: string[] = [];
  const score = {
    kind: { right: 0, total: 0 },
    remiss: { right: 0, total: 0 },
    respondent: { right: 0, total: 0 },
    verbatim: { right: 0, total: 0 },
  };
  for (const g of gold) {
    const result = byFile.get(g.file);
    const parsed = result?.parsed;
    score.kind.total++;
    score.remiss.total++;
    score.respondent.total++;
    if (!parsed) {
      misses.push(`${g.file}: not parsed`);
      continue;
    }
    const check = (name: 'kind' | 'remiss' | 'respondent', want: string | null, got: string | null) => {
      if (want === got) score[name].right++;
      else misses.push(`${g.file}: ${name} expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    };
    check('kind', g.kind, parsed.kind);
    check('remiss', g.remiss, parsed.remiss?.id ?? null);
    check('respondent', g.respondent, parsed.respondent);
    for (const s of parsed.stances) {
      predicted.add(key(g.file, s.proposal, s.title, s.stance));
      if (result?.source) {
        score.verbatim.total++;
        if (isVerbatim(s.quote, result.source)) score.verbatim.right++;
        else misses.push(`${g.file}: quote for ${s.proposal} not verbatim`);
      }
    }
  }
  let truePositives = 0;
  for (const k of predicted) {
    if (expected.has(k)) truePositives++;
    else misses.push(`extra: ${k.replaceAll('\u0000', ' ')}`);
  }
  for (const k of expected) if (!predicted.has(k)) misses.push(`missing: ${k.replaceAll('\u0000', ' ')}`);
  const precision = predicted.size === 0 ? 1 : truePositives / predicted.size;
  const recall = expected.size === 0 ? 1 : truePositives / expected.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, predicted: predicted.size, expected: expected.size, ...score, misses };
}
