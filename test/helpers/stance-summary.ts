import { type Catalog, EMPTY_CATALOG } from '../../src/core/catalog/catalog.js';
import { parseDocument } from '../../src/core/parse/index.js';
import type { ParsedDocument } from '../../src/core/types.js';
import { textSource } from './seed-source.js';

/** A parse's stances as "7.2.2 for" ("\"Title\" for" when only the title is known): one line to compare per stance. */
export function summary(doc: ParsedDocument): string[] {
  return doc.stances.map((s) => `${s.proposal ?? `"${s.title}"`} ${s.stance}`);
}

/** A constructed letter parsed as a plain-text file, with no catalog unless one is given. */
export function parseConstructed(text: string, catalog: Catalog = EMPTY_CATALOG): ParsedDocument {
  return parseDocument(textSource(text), { file: 'constructed.txt', catalog });
}

/** The opening of a constructed letter on a made-up remiss: a heading with its number, then the self-introduction. */
export const OPENING =
  'Remissvar SOU 2030:11 Ett påhittat betänkande om skolhälsa\n\n' +
  'Exempelförbundet har fått rubricerat betänkande på remiss och lämnar följande synpunkter.\n\n';

/** The same opening on SOU 2024:72, whose curated catalog the tests can match titles against. */
export const ASTORP_SHAPED_OPENING =
  'Remissvar SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård\n\n' +
  'Exempelförbundet har fått rubricerat betänkande på remiss och lämnar följande synpunkter.\n\n';
