import type { SourceText } from '../types.js';
import { dehyphenate } from './dehyphenate.js';
import { findFurniture } from './furniture.js';
import { type Line, toLines } from './lines.js';

/**
 * The document text the parser reads and quotes from: page furniture removed, broken words re-joined.
 * Quotes are verbatim substrings of this text (up to white space).
 */
export interface CleanText {
  lines: Line[];
  paged: boolean;
}

export function cleanSource(source: SourceText): CleanText {
  const lines = toLines(source);
  const drop = findFurniture(lines);
  // A dropped line becomes blank rather than vanishing, so paragraph structure around it survives.
  const kept = lines.map((line, i) => (drop[i] ? { ...line, text: '' } : line));
  return { lines: dehyphenate(kept), paged: source.paged };
}

/** The clean text as one string per page, for verbatim checks. */
export function cleanPageTexts(clean: CleanText): Map<number, string> {
  const pages = new Map<number, string[]>();
  for (const line of clean.lines) {
    const list = pages.get(line.page) ?? [];
    list.push(line.text);
    pages.set(line.page, list);
  }
  return new Map([...pages].map(([page, list]) => [page, list.join('\n')]));
}
