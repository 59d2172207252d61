import type { Proposal } from '../types.js';

/** Proposal numbers ↔ titles per remiss. Built from curated catalog files and from numbered headings in the corpus. */
export interface Catalog {
  proposals: readonly Proposal[];
}

export function buildCatalog(proposals: readonly Proposal[]): Catalog {
  return { proposals };
}
