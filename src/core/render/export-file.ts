import { writeExportCsv } from './export-csv.js';
import { renderExportDocxSteps } from './export-docx.js';
import { writeExportMarkdown } from './export-markdown.js';
import type { ExportRemiss } from './export-model.js';
import { renderExportXlsxSteps } from './export-xlsx.js';
import type { Steps } from './steps.js';
import { utf8FileSteps } from './utf8-file.js';

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
 * The remissammanställning as the bytes of a file, built a step at a time: the caller may pause at each yield
 * (about every 64 KB of text), and gets the file as the return value; the bytes do not depend on the pauses.
 * CSV starts with a UTF-8 byte-order mark so Excel shows Å Ä Ö; `date` ("2026-11-23") is the compilation date
 * printed in Markdown and DOCX; `created` stamps DOCX and XLSX. No file system and no scheduling here: the CLI and
 * the Slack app drive the steps (src/export/render-export-file.ts), the CLI writes the bytes, Slack uploads them.
 */
export function renderExportFileSteps(
  remisser: readonly ExportRemiss[],
  format: ExportFormat,
  date: string,
  created?: Date,
): Steps<Uint8Array> {
  switch (format) {
    case 'docx':
      return renderExportDocxSteps(remisser, date, created);
    case 'xlsx':
      return renderExportXlsxSteps(remisser, created);
    case 'md':
      return utf8FileSteps((write) => writeExportMarkdown(remisser, date, write));
    case 'csv':
      return utf8FileSteps(function* (write) {
        write('\uFEFF');
        yield* writeExportCsv(remisser, write);
      });
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
