import { correctionMarker, type ExportRemiss } from './export-model.js';
import { EXPORT_SV } from './export-strings-sv.js';

/**
 * The remissammanställning as CSV (RFC 4180: comma-separated, CRLF rows, fields quoted when they hold a
 * comma, quote or line break, quotes doubled). One row per answer, in the same order as the Markdown.
 */
export function renderExportCsv(remisser: readonly ExportRemiss[]): string {
  const rows: string[][] = [[...EXPORT_SV.csvHeader]];
  for (const remiss of remisser) {
    for (const proposal of remiss.proposals) {
      for (const a of proposal.answers) {
        rows.push([
          remiss.id,
          proposal.number ?? '',
          proposal.title ?? '',
          a.respondent,
          EXPORT_SV.stance[a.stance],
          a.quote,
          a.file,
          a.page === null ? '' : String(a.page),
          a.confidence,
          correctionMarker(a) ?? '',
        ]);
      }
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * `Vi "avstyrker", dock` → `"Vi ""avstyrker"", dock"`. Text a spreadsheet would run as a formula
 * (`=HYPERLINK(…)`, `+1`, `@SUM`) gets a leading apostrophe, the usual guard; other text stays verbatim.
 */
export function csvField(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
