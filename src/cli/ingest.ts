import { parseRemissReference } from '../core/parse/remiss-hint.js';
import { isDatabaseFailure } from '../ingest/ingest-failure.js';
import { type FileReport, ingestPaths } from '../ingest/pipeline.js';
import { summarise } from '../ingest/report.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { reportCommandError } from './cli-store.js';
import { renderFileLine, renderIngestSummary } from './ingest-lines.js';
import type { CliIo } from './io.js';
import { CLEAR_LINE, renderProgressLine } from './progress-bar.js';
import { CLI_SV } from './strings-sv.js';

/**
 * `remiss ingest [--catalog DIR] [--remiss "SOU 2024:72"] PATH...`: one summary line per file as soon as that file is
 * done (stored, found unchanged or failed: a slow file hides nothing before it), then totals. `--remiss` files the
 * letters whose text names no remiss (core/parse/remiss-hint.ts); one that is no SOU/Ds reference is refused (2). On a terminal a progress bar below
 * the lines names the file being read or saved. Exit 0 when every file was stored or unchanged, 1 when any failed (the
 * others are still stored) or the database is unusable, 2 on bad usage. CATALOG_DIR sets the catalog folder too.
 */
export async function runIngest(args: string[], io: CliIo): Promise<number> {
  const parsed = parseIngestArgs(args);
  if (!parsed) {
    io.stderr.write(`${CLI_SV.ingestUsage}\n`);
    return 2;
  }
  const remissHint = parsed.remiss === undefined ? undefined : parseRemissReference(parsed.remiss);
  if (remissHint === null) {
    io.stderr.write(`${CLI_SV.badRemissHint(parsed.remiss ?? '')}\n`);
    return 2;
  }
  let store: Store | undefined;
  const tty = io.stdout.isTTY === true;
  const done: FileReport[] = [];
  let total = 0;
  try {
    store = await openStore(io.env);
    // On a terminal a file's line replaces the bar; the next file's start draws the bar again below it.
    const fileDone = (report: FileReport) => io.stdout.write(`${tty ? CLEAR_LINE : ''}${renderFileLine(report)}\n`);
    const report = await ingestPaths(store, parsed.paths, {
      curatedCatalogDir: parsed.catalog ?? io.env.CATALOG_DIR,
      remissHint,
      onFileStart: tty ? (progress) => io.stdout.write(renderProgressLine(progress)) : undefined,
      onProgress: (progress) => {
        if (progress.phase === 'read') total = progress.total;
        if (progress.report) {
          done.push(progress.report);
          fileDone(progress.report);
        }
      },
    });
    if (tty) io.stdout.write(CLEAR_LINE);
    if (report.files.length === 0) {
      io.stderr.write(`${CLI_SV.noFiles}\n`);
      return 1;
    }
    io.stdout.write(`${renderIngestSummary(report).join('\n')}\n`);
    return report.counts.failed > 0 ? 1 : 0;
  } catch (error) {
    // The database went away mid-run: what was stored stays stored; say how far it got.
    if (isDatabaseFailure(error) && done.length > 0) {
      const lines = [CLI_SV.ingestInterrupted(done.length, total), ...renderIngestSummary(summarise(done, NO_EXTRA))];
      io.stdout.write(`${tty ? CLEAR_LINE : ''}${lines.join('\n')}\n`);
    }
    return reportCommandError(error, io);
  } finally {
    await store?.close();
  }
}

const NO_EXTRA = { harvestedProposals: 0, catalogProblems: [] };

function parseIngestArgs(args: readonly string[]): { paths: string[]; catalog?: string; remiss?: string } | null {
  const paths: string[] = [];
  let catalog: string | undefined;
  let remiss: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--catalog') {
      catalog = args[++i];
      if (catalog === undefined) return null;
    } else if (arg === '--remiss') {
      remiss = args[++i];
      if (remiss === undefined) return null;
    } else if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) {
      return null;
    } else {
      paths.push(arg);
    }
  }
  return paths.length > 0 ? { paths, catalog, remiss } : null;
}
