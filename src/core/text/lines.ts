import type { SourceText } from '../types.js';

/** One line of source text and the page it stands on. */
export interface Line {
  text: string;
  page: number;
}

/** Splits pages into lines; normalises line endings, NBSP and tabs, trims right. Blank lines are kept: they mark paragraphs. */
export function toLines(source: SourceText): Line[] {
  const lines: Line[] = [];
  for (const page of source.pages) {
    for (const raw of page.text.replace(/\r\n?/g, '\n').split('\n')) {
      lines.push({ text: normalizeSpaces(raw).trimEnd(), page: page.number });
    }
  }
  return lines;
}

export function normalizeSpaces(text: string): string {
  // U+00A0 (NBSP), U+2007, U+202F and tabs come out of PDFs and Word as spacing; soft hyphens are invisible.
  return text.replace(/[\u00a0\u2007\u202f\t]/g, ' ').replace(/\u00ad/g, '');
}

/** Collapses runs of white space: the form quotes are compared in. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
