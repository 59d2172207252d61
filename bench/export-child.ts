import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { runExport } from '../src/cli/export.js';

/**
 * One remissammanställning export in a fresh process, so its memory is its own: runs the real CLI path
 * (`remiss export --format F --remiss ID --out FILE`: store → model → DOCX/XLSX → file) and reports JSON.
 * Usage: export-child DB REMISS docx|xlsx OUT
 */

export interface ExportChildReport {
  ms: number;
  bytes: number;
  /** RSS (MB) once the modules are loaded, before the export starts. */
  rssBeforeMb: number;
  /** process.resourceUsage().maxRSS (MB) at the end: the peak resident set of this process. */
  maxRssMb: number;
}

async function main(): Promise<void> {
  const [db, remiss, format, out] = process.argv.slice(2);
  const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024;
  let err = '';
  const io = {
    stdout: { write: () => true },
    stderr: { write: (t: string) => (err += t) },
    env: { REMISS_DB: db },
  };
  const started = performance.now();
  const code = await runExport(['--format', format, '--remiss', remiss, '--out', out], io);
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`export failed (${code}): ${err}`);
  const report: ExportChildReport = {
    ms,
    bytes: statSync(out).size,
    rssBeforeMb,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
