import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { runExport } from '../src/cli/export.js';
import { openStore } from '../src/store/open-store.js';

/**
 * One remissammanställning export in a fresh process, so its memory is its own: runs the real CLI path
 * (`remiss export --format F --remiss ID --out FILE`: store → model → file) and reports JSON.
 * Usage: export-child DB REMISS docx|xlsx|md|csv OUT
 */

export interface ExportChildReport {
  ms: number;
  bytes: number;
  /** RSS (MB) once the modules are loaded, before the export starts. */
  rssBeforeMb: number;
  /** process.resourceUsage().maxRSS (MB) at the end: the peak resident set of this process. */
  maxRssMb: number;
  /**
   * The longest the event loop went without turning while the export ran (ms): the longest gap between ticks of a
   * 1 ms interval, so 1–2 ms when nothing blocks. In the Slack app, every other request waits this long.
   */
  maxStallMs: number;
  /**
   * How long one read of the remiss's answers takes (ms), timed after the export so it cannot add to its peak. Until
   * the store read in slices this was also the stall it caused (one synchronous node:sqlite query).
   */
  answersReadMs: number;
  /** The longest stall of the event loop during that read alone (ms): what the slices leave of it. */
  answersReadStallMs: number;
}

/**
 * Measures the longest gap between turns of the event loop from now until `stop()`. Not perf_hooks'
 * monitorEventLoopDelay: its histogram starts at its first tick, so a loop blocked from the moment it is enabled
 * (an export that never yields) shows as no delay at all; here the first gap starts at the call and the last ends
 * at `stop()`.
 */
function stallProbe(): { stop(): number } {
  let last = performance.now();
  let longest = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const timer = setInterval(tick, 1);
  return {
    stop() {
      tick();
      clearInterval(timer);
      return longest;
    },
  };
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
  const probe = stallProbe();
  const started = performance.now();
  const code = await runExport(['--format', format, '--remiss', remiss, '--out', out], io);
  const ms = performance.now() - started;
  const maxStallMs = probe.stop();
  if (code !== 0) throw new Error(`export failed (${code}): ${err}`);
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const store = await openStore({ REMISS_DB: db });
  const readProbe = stallProbe();
  const readStarted = performance.now();
  await store.allAnswers(remiss);
  const answersReadMs = performance.now() - readStarted;
  const answersReadStallMs = readProbe.stop();
  await store.close();
  const report: ExportChildReport = {
    ms,
    bytes: statSync(out).size,
    rssBeforeMb,
    maxRssMb,
    maxStallMs,
    answersReadMs,
    answersReadStallMs,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
