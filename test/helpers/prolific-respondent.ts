import type { IngestRecord } from '../../src/store/store.js';

/**
 * CONSTRUCTED: "Storstadens kommun" answers `count` proposals (9.1, 9.2, …) of a made-up remiss, all "tillstyrker":
 * more proposals than one page of `ask` (50) shows, for the terminal's paging tests.
 */
export function prolificRespondentRecord(count: number): IngestRecord {
  const file = 'storstaden.constructed.txt';
  return {
    file,
    contentHash: 'e'.repeat(64),
    parsed: {
      file,
      kind: 'response',
      remiss: { id: 'SOU 2099:2', title: 'Konstruerad remiss' },
      respondent: 'Storstadens kommun',
      stances: Array.from({ length: count }, (_, i) => ({
        proposal: `9.${i + 1}`,
        title: `Konstruerat förslag nummer ${i + 1}`,
        stance: 'for' as const,
        quote: `Storstadens kommun tillstyrker förslag 9.${i + 1}.`,
        page: 1,
        confidence: 'high' as const,
        reason: 'constructed',
      })),
      warnings: [],
    },
  };
}
