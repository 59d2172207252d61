import { correctionMarker, type ExportRemiss } from './export-model.js';
import { EXPORT_SV } from './export-strings-sv.js';
import { type TextSink, textOf } from './steps.js';

/**
 * The remissammanställning as CSV (RFC 4180: comma-separated, CRLF rows, fields quoted when they hold a
 * comma, quote or line break, quotes doubled). One row per answer, in the same order as the Markdown.
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
            a.confidence,
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
    if (i > 0) write(',');
    write(csvField(field));
  }
  write('\r\n');
}

/**
 * `Vi "avstyrker", dock` → `"Vi ""avstyrker"", dock"`. Text a spreadsheet would run as a formula
 * (`=HYPERLINK(…)`, `+1`, `@SUM`) gets a leading apostrophe, the usual guard; other text stays verbatim.
 */
export function csvField(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
