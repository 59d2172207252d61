import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { resolveRemiss } from '../core/export/export-request.js';
import { renderExportCsv } from '../core/render/export-csv.js';
import { type ExportFormat, exportFileName, isBinaryFormat, isExportFormat } from '../core/render/export-file.js';
import { renderExportMarkdown } from '../core/render/export-markdown.js';
import type { ExportRemiss } from '../core/render/export-model.js';
import { EXPORT_SV } from '../core/render/export-strings-sv.js';
import { readExportModel } from '../export/read-export-model.js';
import { renderExportFile } from '../export/render-export-file.js';
import { databaseWhere, withStoreForReading } from './cli-store.js';
import { formatLocalDate } from './format-time.js';
import type { CliIo } from './io.js';
import { CLI_SV } from './strings-sv.js';

interface ExportArgs {
  format: ExportFormat;
  remiss?: string;
  out?: string;
}

/**
 * `remiss export [--format md|csv|docx|xlsx] [--remiss ID] [--out FILE]`: the remissammanställning on stdout (also
 * with `--out -`), or in FILE (CSV files get a UTF-8 byte-order mark so Excel shows Å Ä Ö). DOCX and XLSX always go
 * to a file, by default `remissammanstallning-SOU-2024-72.docx` in `cwd`, never to stdout (`--out -` is refused). Exit 1 for an unknown remiss, nothing to
 * export in DOCX/XLSX or an unusable database, 2 on bad usage.
 */
export async function runExport(
  args: string[],
  io: CliIo,
  now: () => Date = () => new Date(),
  cwd: string = process.cwd(),
): Promise<number> {
  const parsed = parseExportArgs(args);
  if (typeof parsed === 'string' || parsed === null) {
    io.stderr.write(`${parsed ? `${parsed}\n` : ''}${CLI_SV.exportUsage}\n`);
    return 2;
  }
  // "--out -" is stdout, as for most tools; a zip archive is no use there.
  if (parsed.out === '-' && isBinaryFormat(parsed.format)) {
    io.stderr.write(`${CLI_SV.exportBinaryToStdout(parsed.format)}\n`);
    return 2;
  }
  if (parsed.out === '-') parsed.out = undefined;
  return withStoreForReading(io, async (store) => {
    const remisser = await store.listRemisser();
    // "sou 2024:72" finds "SOU 2024:72"; the export then uses the stored spelling.
    const wanted = parsed.remiss === undefined ? undefined : resolveRemiss(parsed.remiss, remisser)?.id;
    if (parsed.remiss !== undefined && wanted === undefined) {
      io.stderr.write(
        `${CLI_SV.exportUnknownRemiss(
          parsed.remiss,
          remisser.map((r) => r.id),
        )}\n`,
      );
      return 1;
    }
    const model = await readExportModel(store, wanted, remisser);
    // Nothing to compile is said the same way in every format (a Markdown page of empty sections helps no one).
    if (model.every((remiss) => remiss.stances === 0)) {
      const none = (await store.status()).responses === 0;
      io.stderr.write(`${none ? CLI_SV.noResponses(databaseWhere(io.env)) : EXPORT_SV.empty}\n`);
      return 1;
    }
    if (isBinaryFormat(parsed.format)) return await writeBinaryExport(model, parsed, io, now(), cwd);
    const date = formatLocalDate(now());
    if (parsed.out === undefined) {
      io.stdout.write(parsed.format === 'csv' ? renderExportCsv(model) : renderExportMarkdown(model, date));
      return 0;
    }
    // The file's bytes as the Slack app uploads them (a BOM before CSV), built without holding the event loop.
    const bytes = await renderExportFile(model, parsed.format, date);
    try {
      await writeFile(parsed.out, bytes);
    } catch {
      io.stderr.write(`${CLI_SV.exportCannotWrite(parsed.out)}\n`);
      return 1;
    }
    io.stdout.write(`${CLI_SV.exportWritten(parsed.out, model.length)}\n`);
    return 0;
  });
}

/** DOCX/XLSX: a zip archive is no use on a terminal (or in a pipe read as text), so it always goes to a file. */
async function writeBinaryExport(
  model: readonly ExportRemiss[],
  args: ExportArgs,
  io: CliIo,
  now: Date,
  cwd: string,
): Promise<number> {
  const out = args.out ?? resolve(cwd, exportFileName(model.length === 1 ? model[0].id : undefined, args.format));
  const bytes = await renderExportFile(model, args.format, formatLocalDate(now), now);
  try {
    await writeFile(out, bytes);
  } catch {
    io.stderr.write(`${CLI_SV.exportCannotWrite(out)}\n`);
    return 1;
  }
  io.stdout.write(`${CLI_SV.exportWritten(out, model.length)}\n`);
  return 0;
}

/** The options, null on bad usage, or the Swedish line for a format that does not exist ("pdf"). */
function parseExportArgs(args: readonly string[]): ExportArgs | string | null {
  const result: ExportArgs = { format: 'md' };
  for (let i = 0; i < args.length; i++) {
    const [flag, inlineValue] = args[i].startsWith('--') && args[i].includes('=') ? args[i].split(/=(.*)/s) : [args[i]];
    const value = () => inlineValue ?? args[++i];
    if (flag === '--format') {
      const format = value();
      if (format === undefined) return null;
      if (!isExportFormat(format)) return CLI_SV.exportUnknownFormat(format);
      result.format = format;
    } else if (flag === '--remiss') {
      result.remiss = value();
      if (result.remiss === undefined) return null;
    } else if (flag === '--out') {
      result.out = value();
      if (result.out === undefined) return null;
    } else {
      return null;
    }
  }
  return result;
}
