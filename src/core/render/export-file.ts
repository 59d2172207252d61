import { renderExportCsv } from './export-csv.js';
import { renderExportDocx } from './export-docx.js';
import { renderExportMarkdown } from './export-markdown.js';
import type { ExportRemiss } from './export-model.js';
import { renderExportXlsx } from './export-xlsx.js';

export const EXPORT_FORMATS = ['docx', 'xlsx', 'md', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Formats that are zip archives: never written to a terminal. */
export function isBinaryFormat(format: ExportFormat): boolean {
  return format === 'docx' || format === 'xlsx';
}

export const EXPORT_MIME_TYPES: Readonly<Record<ExportFormat, string>> = Object.freeze({
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
});

/**
 * The remissammanställning as the bytes of a file. CSV starts with a UTF-8 byte-order mark so Excel shows Å Ä Ö;
 * `date` ("2026-11-23") is the compilation date printed in Markdown and DOCX; `created` stamps DOCX and XLSX.
 * No file system here: the CLI writes the bytes, Slack uploads them.
 */
export async function renderExportFile(
  remisser: readonly ExportRemiss[],
  format: ExportFormat,
  date: string,
  created?: Date,
): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return renderExportDocx(remisser, date, created);
    case 'xlsx':
      return renderExportXlsx(remisser, created);
    case 'md':
      return new TextEncoder().encode(renderExportMarkdown(remisser, date));
    case 'csv':
      return new TextEncoder().encode(`\uFEFF${renderExportCsv(remisser)}`);
  }
}

/**
 * "SOU 2024:72" + docx → "remissammanstallning-SOU-2024-72.docx"; a remiss known by its title loses its
 * diacritics and punctuation ("Stärkt kompetens" → "Starkt-kompetens"); several remisser → "remissammanstallning.docx".
 */
export function exportFileName(remiss: string | undefined, format: ExportFormat): string {
  const slug = (remiss ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug ? `remissammanstallning-${slug}.${format}` : `remissammanstallning.${format}`;
}
