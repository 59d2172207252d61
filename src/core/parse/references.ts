import { svRegex } from '../text/swedish-regex.js';

export interface Reference {
  number: string;
  start: number;
}

// "förslaget i 7.2.2", "avsnitt 5.4", "(punkt 5.2.1)", "kapitel 7", "förslagen i 6.2 och 6.4", "avsnitt 6.2, 6.3 och 6.5"
const REFERENCE = svRegex(
  String.raw`\b(?:förslag(?:et|en)?|avsnitt(?:en)?|punkt(?:erna)?|kapitel|kap\.|bedömning(?:en)?)\s+(?:i\s+|under\s+)?(?:avsnitt\s+|kapitel\s+)?(\d{1,2}(?:\.\d{1,2}){0,3}(?:\s*(?:,|och|samt|–|-)\s*\d{1,2}(?:\.\d{1,2}){0,3})*)`,
  'giu',
);
// A bare section number inside a sentence: "… men avstyrker 6.5."
const BARE_NUMBER = /(?<![\d.:/])\b(\d{1,2}(?:\.\d{1,2}){1,3})\b(?![\d:/]|\.\d)/gu;

/** Section numbers a sentence names, with their positions. Years, dates and law numbers ("2017:80") are not numbers here. */
export function findReferences(sentence: string): Reference[] {
  const refs: Reference[] = [];
  for (const match of sentence.matchAll(REFERENCE)) {
    const list = match[1];
    const listStart = (match.index ?? 0) + match[0].length - list.length;
    for (const n of list.matchAll(/\d{1,2}(?:\.\d{1,2}){0,3}/g))
      refs.push({ number: n[0], start: listStart + (n.index ?? 0) });
  }
  const listed = new Set(refs.map((r) => r.start));
  for (const match of sentence.matchAll(BARE_NUMBER)) {
    const start = match.index ?? 0;
    if (!listed.has(start)) refs.push({ number: match[1], start });
  }
  return refs.sort((a, b) => a.start - b.start);
}
