import type { Catalog } from '../catalog/catalog.js';
import type { ParsedDocument, Proposal, SourceText } from '../types.js';

// Public API of the parser. TEMPORARY placeholder bodies while the parser is written (replaced in the next commits).

export interface ParseOptions {
  /** The path as given; copied into the result. */
  file: string;
  /** Known proposals (curated + harvested from the corpus); lets title-only bullets get numbers. */
  catalog?: Catalog;
}

export function parseDocument(_source: SourceText, options: ParseOptions): ParsedDocument {
  return { file: options.file, kind: 'unknown', remiss: null, respondent: null, stances: [], warnings: [] };
}

/** Numbered proposal headings a document quotes ("7.2.2 Genomför försöksverksamhet…"), for the corpus catalog. */
export function harvestProposals(_source: SourceText): Proposal[] {
  return [];
}
