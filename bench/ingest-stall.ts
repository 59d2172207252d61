import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestBuffer } from '../src/ingest/pipeline.js';
import { botIngest } from '../src/slack/bot-ingest.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { buildPdf, seedPages } from '../test/fixtures/constructed/build-constructed-documents.js';
import { fmt, table } from './stats.js';

/**
 * `npm run bench:ingest`: how long the Slack app's event loop is held while it ingests one shared file, read and
 * parsed in this thread (the bot before the ingest worker) or in the worker (the bot now, `botIngest`). Each run
 * is a fresh process on a fresh database, so both pay their cold start (pdf.js, the worker). The longest stall is
 * the longest gap between ticks of a 5 ms timer: what a `/remiss` arriving meanwhile would wait before its ack
 * (on a machine short of cores it includes time the OS gave the worker instead); `busy` is the share of the
 * ingest's time the loop was running code rather than waiting (event-loop utilization), which that does not move.
 * Usage: ingest-stall.ts [child MODE FILE]
 */

const ROOT = join(__dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const MODES = ['in-thread', 'worker'] as const;
type Mode = (typeof MODES)[number];

interface ChildResult {
  status: string;
  stances: number;
  totalMs: number;
  stallMs: number;
  /** Share of the ingest's wall time the event loop was busy (performance.eventLoopUtilization). */
  busy: number;
  workerStartMs: number | null;
}

/** The constructed inputs: 20 MB of the seed remissvar, seed 004 (the largest) as a PDF, and 600 pages of it. */
async function buildInputs(dir: string): Promise<Array<{ label: string; file: string }>> {
  const seeds = join(ROOT, 'seeds');
  const all = readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(seeds, name), 'utf8'))
    .join('\n');
  const text = Buffer.from(`${all}\n`.repeat(Math.ceil(20e6 / Buffer.byteLength(`${all}\n`))));
  const pages = seedPages('004_4a378a17ca59cf5e.txt');
  const many = Array.from({ length: 600 }, (_, i) => pages[i % pages.length]);
  const inputs = [
    { label: `text, ${fmt(text.length / 1e6)} MB (the seeds repeated)`, name: 'seeds-20mb.txt', bytes: text },
    { label: `PDF, seed 004 (${pages.length} pages)`, name: 'seed-004.pdf', bytes: await buildPdf(pages) },
    { label: 'PDF, seed 004 repeated to 600 pages', name: 'seed-004-600p.pdf', bytes: await buildPdf(many) },
  ];
  return inputs.map(({ label, name, bytes }) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return { label: `${label}, ${fmt(bytes.length / 1e6)} MB`, file };
  });
}

async function child(mode: Mode, file: string): Promise<ChildResult> {
  const dir = mkdtempSync(join(tmpdir(), 'remiss-stall-'));
  const store = await openSqliteStore(join(dir, 'remiss.db'));
  const bytes = readFileSync(file);
  let workerStartMs: number | null = null;
  const ingest = botIngest(store, {
    clock: () => new Date(),
    logger: { warn: (line) => process.stderr.write(`${line}\n`), info: () => {} },
    worker: {
      onStart: (ms) => {
        workerStartMs = ms;
      },
    },
  });
  let last = performance.now();
  let stallMs = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  const utilization = performance.eventLoopUtilization();
  const name = file.split('/').pop() ?? file;
  const report = mode === 'worker' ? await ingest.file(bytes, name) : await ingestBuffer(store, bytes, name);
  const totalMs = performance.now() - started;
  stallMs = Math.max(stallMs, performance.now() - last);
  const busy = performance.eventLoopUtilization(utilization).utilization;
  clearInterval(probe);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { status: report.status, stances: report.stances, totalMs, stallMs, busy, workerStartMs };
}

function runChild(mode: Mode, file: string): ChildResult {
  const run = spawnSync(process.execPath, [TSX, __filename, 'child', mode, file], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`bench child failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ChildResult;
}

async function main(): Promise<void> {
  const [role, mode, file] = process.argv.slice(2);
  if (role === 'child') {
    process.stdout.write(JSON.stringify(await child(mode as Mode, file)));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'remiss-stall-inputs-'));
  try {
    const rows: string[][] = [];
    for (const input of await buildInputs(dir)) {
      for (const m of MODES) {
        const r = runChild(m, input.file);
        const start = r.workerStartMs === null ? '' : `; worker start ${fmt(r.workerStartMs)} ms`;
        rows.push([
          `${input.label}, ${m}`,
          `longest stall ${fmt(r.stallMs)} ms, busy ${fmt(r.busy * 100)}%; total ${fmt(r.totalMs)} ms${start} (${r.status})`,
        ]);
      }
    }
    console.log(table(['Slack-path ingest of one file', 'event loop'], rows));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
