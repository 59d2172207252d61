import { correctionMarker, type ExportRemiss } from './export-model.js';
import { EXPORT_SV } from './export-strings-sv.js';
import { type TextSink, textOf } from './steps.js';

/**
 * Excel in Swedish (and most of Europe, where the comma is the decimal sign) splits CSV on semicolons; a
 * comma-separated file opens there as one column. LibreOffice and pandas ask or take `sep=';'`.
 */
export const CSV_SEPARATOR = ';';

/**
 * The remissammanställning as CSV (RFC 4180 with semicolons: CRLF rows, fields quoted when they hold a
 * semicolon, quote or line break, quotes doubled). One row per answer, in the same order as the Markdown;
 * words in Swedish, as in the other formats.
 */
export function renderExportCsv(remisser: readonly ExportRemiss[]): string {
  return textOf((write) => writeExportCsv(remisser, write));
}

/** The same CSV written piece by piece; yields after each row (see TextWriter). */
export function* writeExportCsv(remisser: readonly ExportRemiss[], write: TextSink): Generator<void> {
  writeRow(EXPORT_SV.csvHeader, write);
  for (const remiss of remisser) {
    for (const proposal of remiss.proposals) {
      for (const a of proposal.answers) {
        writeRow(
          [
            remiss.id,
            proposal.number ?? '',
            proposal.title ?? '',
            a.respondent,
            EXPORT_SV.stance[a.stance],
            a.quote,
            a.file,
            a.page === null ? '' : String(a.page),
            EXPORT_SV.confidence[a.confidence],
            correctionMarker(a) ?? '',
          ],
          write,
        );
        yield;
      }
    }
  }
}

function writeRow(fields: readonly string[], write: TextSink): void {
  for (const [i, field] of fields.entries()) {
    if (i > 0) write(CSV_SEPARATOR);
    write(csvField(field));
  }
  write('\r\n');
}

/**
 * `Vi "avstyrker"; dock` → `"Vi ""avstyrker""; dock"`. Text a spreadsheet would run as a formula
 * (`=HYPERLINK(…)`, `+1`, `@SUM`) gets a leading apostrophe, the usual guard; other text stays verbatim.
 */
export function csvField(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
