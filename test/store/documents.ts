import type { ParsedDocument, StanceRecord } from '../../src/core/types.js';
import type { IngestRecord } from '../../src/store/store.js';

// Constructed documents for store tests: shaped like the parser's output for the seeds (SOU 2024:72).

export const SOU = 'SOU 2024:72';

export function stance(overrides: Partial<StanceRecord> = {}): StanceRecord {
  return {
    proposal: '7.2.2',
    title: 'Magnetmodellen',
    stance: 'against',
    quote: 'Åstorps kommun avstyrker förslaget om magnetmodellen.',
    page: 2,
    confidence: 'high',
    reason: "explicit 'avstyrker' under heading 7.2.2",
    ...overrides,
  };
}

export function parsed(overrides: Partial<ParsedDocument> = {}): ParsedDocument {
  return {
    file: 'seeds/astorp.pdf',
    kind: 'response',
    remiss: { id: SOU, title: 'Stärkt medicinsk kompetens i kommunal hälso- och sjukvård' },
    respondent: 'Åstorps kommun',
    stances: [stance()],
    warnings: [],
    ...overrides,
  };
}

let counter = 0;

/** A record with a unique content hash unless one is given. */
export function record(overrides: Partial<ParsedDocument> = {}, extra: Partial<IngestRecord> = {}): IngestRecord {
  counter += 1;
  const doc = parsed(overrides);
  return {
    file: doc.file,
    contentHash: `hash-${process.pid}-${counter}`,
    parsed: doc,
    addedAt: new Date('2026-11-20T09:00:00Z'),
    ...extra,
  };
}
