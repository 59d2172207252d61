import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog, type Catalog } from '../../src/core/catalog/catalog.js';
import { parseCatalogFile } from '../../src/core/catalog/catalog-file.js';
import type { SourceText } from '../../src/core/types.js';
import { splitTextPages } from '../../src/ingest/read-text.js';

export const ROOT = join(__dirname, '..', '..');

export const SEEDS = {
  vision: 'seeds/000_60d22344ceaed4cd.txt',
  fss: 'seeds/001_ddd1ef1438ff4d2c.txt',
  astorp: 'seeds/002_d8f4ead73eb6a353.txt',
  stockholm: 'seeds/003_07777d2dab1cb254.txt',
  report: 'seeds/004_4a378a17ca59cf5e.txt',
} as const;

/** Plain text as one unpaged page, the way a DOCX or a constructed document arrives. */
export function textSource(text: string): SourceText {
  return { pages: [{ number: 1, text }], paged: false };
}

/** A seed file with its pages, split by the app's own convention (each PDF page's text starts with one space). */
export function seedSource(relativePath: string): SourceText {
  return splitTextPages(readFileSync(join(ROOT, relativePath), 'utf8'));
}

export function curatedCatalog(): Catalog {
  const text = readFileSync(join(ROOT, 'seeds/catalogs/sou-2024-72.tsv'), 'utf8');
  return buildCatalog(parseCatalogFile(text).proposals);
}

/** The proposals Åstorps kommun (seeds/002) answers under its numbered headings, in the reply's order: one stance each. */
export const ASTORP_PROPOSALS: readonly string[] = [
  '4.1',
  '4.1.1',
  '4.2',
  '4.2.3',
  '4.3',
  '4.4.3',
  '4.6.4',
  '5.4',
  '7.1.1',
  '7.2.1',
  '7.2.2',
  '7.2.3',
  '7.2.4',
  '7.2.5',
  '7.2.6',
  '7.2.7',
];
