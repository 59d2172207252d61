import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalogFile } from '../../src/core/catalog/catalog-file.js';
import type { ParsedDocument, Proposal, Stance, StanceRecord } from '../../src/core/types.js';
import type { Store } from '../../src/store/store.js';

/**
 * Search fixtures. SOU 2024:72: the real catalog (seeds/catalogs) and the seeds' hand-labelled stances with
 * quotes taken verbatim from the seed texts. "Ds 2099:1" is CONSTRUCTED: a second remiss that also has a 7.2.2,
 * so a bare "7.2.2" is ambiguous, and a second municipality so "kommun" is too.
 */

const ROOT = join(__dirname, '..', '..');

export function seedCatalog(): Proposal[] {
  // Read with the real catalog-file parser: the file has a header, comments and an optional description column.
  return parseCatalogFile(readFileSync(join(ROOT, 'seeds', 'catalogs', 'sou-2024-72.tsv'), 'utf8')).proposals.map(
    ({ remiss, number, title }) => ({ remiss, number, title }),
  );
}

export const CONSTRUCTED_CATALOG: Proposal[] = [
  { remiss: 'Ds 2099:1', number: '7.2.2', title: 'Inför en nationell tandvårdsreform för äldre' },
  { remiss: 'Ds 2099:1', number: '3.1', title: 'Ett statligt tandvårdsstöd för personer över 85 år' },
];

function stance(proposal: string, s: Stance, quote: string, page: number | null = 1): StanceRecord {
  return { proposal, title: null, stance: s, quote, page, confidence: 'high', reason: 'fixture' };
}

function doc(file: string, remiss: string, respondent: string, stances: StanceRecord[]): ParsedDocument {
  return { file, kind: 'response', remiss: { id: remiss, title: null }, respondent, stances, warnings: [] };
}

export const DOCUMENTS: ParsedDocument[] = [
  doc('000_60d22344ceaed4cd.txt', 'SOU 2024:72', 'Vision', [
    stance(
      '4.6.4',
      'partly',
      'Vision ser positivt på förslagen om stärkt medicinsk kompetens på ledningsnivå i kommuner',
      1,
    ),
    stance(
      '7.2.1',
      'partly',
      'Vision välkomnar en nationell ledarskapsutbildning men anser att den ska omfatta alla chefer',
      1,
    ),
  ]),
  doc('001_ddd1ef1438ff4d2c.txt', 'SOU 2024:72', 'Föreningen Sveriges socialchefer', [
    stance('4.1.1', 'for', 'Tillgång till läkare och sjuksköterska dygnet runt – instämmer', 1),
    stance('5.4', 'against', 'FSS instämmer inte i förslaget.', 2),
    stance(
      '7.2.1',
      'for',
      'Utveckla en nationell ledarskapsutbildning för chefer inom den kommunala hälso- och sjukvården – FSS instämmer i förslaget.',
      2,
    ),
    stance(
      '7.2.2',
      'against',
      'Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård – FSS instämmer inte i förslaget. Kommunerna ska även fortsättningsvis äga frågan om sin inre organisering.',
      2,
    ),
  ]),
  doc('002_d8f4ead73eb6a353.txt', 'SOU 2024:72', 'Åstorps kommun', [
    stance('4.1', 'for', 'Svar: Vi instämmer i förslaget.', 2),
    stance('4.3', 'against', 'Svar: Vi instämmer inte i förslaget.', 3),
    stance('7.2.1', 'for', 'Svar: Vi instämmer i förslaget.', 7),
    stance(
      '7.2.2',
      'against',
      'Svar: Vi instämmer inte till förslaget. Vi ser inte nyttan, då det innebär en ny certifiering vart fjärde år.',
      7,
    ),
    stance('7.2.3', 'for', 'Svar: Vi instämmer i förslaget.', 8),
  ]),
  doc('constructed-bjuv.txt', 'Ds 2099:1', 'Bjuvs kommun', [
    stance('7.2.2', 'for', 'Bjuvs kommun tillstyrker en nationell tandvårdsreform.', null),
    stance('3.1', 'neutral', 'Bjuvs kommun avstår från att yttra sig om tandvårdsstödet.', null),
  ]),
];

/** Fills a store with the fixture corpus; returns it for chaining. */
export async function fillStore<S extends Store>(store: S): Promise<S> {
  await store.upsertProposals(seedCatalog(), 'curated');
  await store.upsertProposals(CONSTRUCTED_CATALOG, 'curated');
  for (const [i, parsed] of DOCUMENTS.entries()) {
    await store.saveDocument({
      file: parsed.file,
      contentHash: `hash-${i}`,
      parsed,
      addedAt: new Date(2025, 2, i + 1),
    });
  }
  return store;
}
