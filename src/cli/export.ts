import { writeFile } from 'node:fs/promises';
import { renderExportCsv } from '../core/render/export-csv.js';
import { renderExportMarkdown } from '../core/render/export-markdown.js';
import { buildRemissammanstallning } from '../core/render/export-model.js';
import type { Store } from '../store/store.js';
import { databaseExists, databaseWhere, openStoreForReading, reportCommandError } from './cli-store.js';
import { formatLocalDate } from './format-time.js';
import type { CliIo } from './io.js';
import { CLI_SV } from './strings-sv.js';

interface ExportArgs {
  format: 'md' | 'csv';
  remiss?: string;
  out?: string;
}

/**
 * `remiss export [--format md|csv] [--remiss ID] [--out FILE]`: the remissammanställning on stdout, or in FILE
 * (CSV files get a UTF-8 byte-order mark so Excel shows Å Ä Ö). Exit 1 for an unknown remiss or an unusable
 * database, 2 on bad usage.
 */
export async function runExport(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  const parsed = parseExportArgs(args);
  if (!parsed) {
    io.stderr.write(`${CLI_SV.exportUsage}\n`);
    return 2;
  }
  if (!databaseExists(io.env)) {
    io.stderr.write(`${CLI_SV.statusNoDatabase(databaseWhere(io.env))}\n`);
    return 1;
  }
  let store: Store | undefined;
  try {
    store = await openStoreForReading(io.env);
    const remisser = await store.listRemisser();
    if (parsed.remiss !== undefined && !remisser.some((r) => r.id === parsed.remiss)) {
      io.stderr.write(
        `${CLI_SV.exportUnknownRemiss(
          parsed.remiss,
          remisser.map((r) => r.id),
        )}\n`,
      );
      return 1;
    }
    const model = buildRemissammanstallning(
      await store.allAnswers(parsed.remiss),
      await store.listProposals(parsed.remiss),
      remisser,
    );
    const text = parsed.format === 'csv' ? renderExportCsv(model) : renderExportMarkdown(model, formatLocalDate(now()));
    if (parsed.out === undefined) {
      io.stdout.write(text);
      return 0;
    }
    try {
      await writeFile(parsed.out, parsed.format === 'csv' ? `\uFEFF${text}` : text);
    } catch {
      io.stderr.write(`${CLI_SV.exportCannotWrite(parsed.out)}\n`);
      return 1;
    }
    io.stdout.write(`${CLI_SV.exportWritten(parsed.out, model.length)}\n`);
    return 0;
  } catch (error) {
    return reportCommandError(error, io);
  } finally {
    await store?.close();
  }
}

function parseExportArgs(args: readonly string[]): ExportArgs | null {
  const result: ExportArgs = { format: 'md' };
  for (let i = 0; i < args.length; i++) {
    const [flag, inlineValue] = args[i].startsWith('--') && args[i].includes('=') ? args[i].split(/=(.*)/s) : [args[i]];
    const value = () => inlineValue ?? args[++i];
    if (flag === '--format') {
      const format = value();
      if (format !== 'md' && format !== 'csv') return null;
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
