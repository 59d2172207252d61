import type { Proposal } from '../types.js';

/** Proposal numbers ↔ titles per remiss. Built from curated catalog files and from numbered headings in the corpus. */
export interface Catalog {
  proposals: readonly Proposal[];
}

/**
 * Merges proposal lists; the first list that has a number wins its title (pass curated lists first).
 * Titles are kept as written, without a trailing period.
 */
export function buildCatalog(...lists: ReadonlyArray<readonly Proposal[]>): Catalog {
  const byKey = new Map<string, Proposal>();
  for (const list of lists) {
    for (const proposal of list) {
      const key = `${proposal.remiss}\u0000${proposal.number}`;
      if (!byKey.has(key)) byKey.set(key, { ...proposal, title: proposal.title.replace(/\s*\.$/, '').trim() });
    }
  }
  return { proposals: [...byKey.values()].sort(compareProposals) };
}

export const EMPTY_CATALOG: Catalog = { proposals: [] };

/** "4.1" < "4.1.1" < "4.2" < "10.1", numerically per part. */
export function compareProposalNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

function compareProposals(a: Proposal, b: Proposal): number {
  return a.remiss.localeCompare(b.remiss) || compareProposalNumbers(a.number, b.number);
}

/**
 * One remiss's proposals. `null` (a response whose remiss was not found) has none: matching its prose against
 * every remiss's titles stored "4.1 Läkarmedverkan bör stärkas …" (SOU 2024:72) as the answer of a respondent to
 * another remiss whose prose shared a few of its words. A number the response names still counts; it
 * only gets no title from a catalog that may belong to another remiss.
 */
export function proposalsOf(catalog: Catalog, remiss: string | null): readonly Proposal[] {
  return remiss === null ? [] : catalog.proposals.filter((p) => p.remiss === remiss);
}

export function findProposal(catalog: Catalog, remiss: string | null, number: string): Proposal | undefined {
  return proposalsOf(catalog, remiss).find((p) => p.number === number);
}
