import type { Proposal } from '../types.js';

/**
 * A curated catalog file: tab-separated `remiss  number  title  [description]`, a header line, `#` comments.
 * Returns the proposals and one message per malformed line (the rest still load).
 */
export function parseCatalogFile(text: string): { proposals: Proposal[]; problems: string[] } {
  const proposals: Proposal[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#') || (i === 0 && /^remiss\t/i.test(line))) return;
    const [remiss, number, title, description] = line.split('\t').map((cell) => cell?.trim() ?? '');
    if (!remiss || !/^\d{1,2}(?:\.\d{1,2}){0,3}$/.test(number ?? '') || !title) {
      problems.push(`line ${i + 1}: expected "remiss<TAB>number<TAB>title"`);
      return;
    }
    proposals.push(description ? { remiss, number, title, description } : { remiss, number, title });
  });
  return { proposals, problems };
}
