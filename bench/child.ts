import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createSearchIndex } from '../src/search/ask.js';
import { SLACK_ASK } from '../src/slack/ask-options.js';
import { openStore } from '../src/store/open-store.js';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import { canaryMs } from './host-speed.js';
import type { QueryKind, QuerySet } from './queries.js';

/**
 * The search process the bench measures, run as a fresh child: open the database, build the index, answer.
 * `cold`: answer one query and report. `latency`: then time every query kind and report samples and peak RSS.
 * `uncached` (PostgreSQL): only the respondent queries, through a store that keeps no answers.
 * Usage: child DB QUERIES.json cold|latency|uncached [REPS]
 */

export interface ChildReport {
  /** ms from this process's time origin (its start) to the first answer. */
  readyMs: number;
  firstKind: string;
  /** process.resourceUsage().maxRSS in KB: the peak resident set of this process. */
  maxRssKb: number;
  latency?: Record<QueryKind, number[]>;
  /** How the timed queries were answered (proposal/respondent/search/none/choices), to show they were real hits. */
  outcomes?: Record<QueryKind, Record<string, number>>;
  /** The respondent queries again as the Slack app asks them (every match, a respondent one message's page). */
  slackRespondent?: number[];
  /** The store's cheapest read (hasResponses: one row, stops at the first document): the database round trip. */
  floor?: number[];
  /** Share of the machine's CPU time the hypervisor gave elsewhere while the latency runs ran (Linux), or null. */
  stealShare?: number | null;
  /** Per timed query of each kind, the slower of the host-speed canaries run just before and after it (ms). */
  canaries?: Record<QueryKind, number[]>;
  /**
   * PostgreSQL only: the respondent queries again through a store that keeps no answers (answer-cache.ts), so every
   * row of the page is read from the server each time, as on a page's first reading.
   */
  uncachedRespondent?: number[];
}

/** Times one call, with a host-speed canary either side of it. */
async function timed(call: () => Promise<unknown>): Promise<{ ms: number; canary: number }> {
  const before = canaryMs();
  const start = performance.now();
  await call();
  const ms = performance.now() - start;
  return { ms, canary: Math.max(before, canaryMs()) };
}

/** /proc/stat's first line: [steal, total] in clock ticks over all CPUs, or null off Linux. */
function cpuTicks(): [number, number] | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already counted in user).
    return [fields[7] ?? 0, fields.slice(0, 8).reduce((a, b) => a + b, 0)];
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const [db, queriesFile, mode, repsArg] = process.argv.slice(2);
  const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as QuerySet;
  if (mode === 'uncached') {
    const uncachedRespondent = await uncached(db, queries['respondent name'], Number(repsArg ?? 1000));
    const report: ChildReport = { readyMs: 0, firstKind: 'respondent', maxRssKb: 0, uncachedRespondent };
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  // DB is a SQLite file or a postgres:// URL, exactly as REMISS_DB would hold it.
  const store = await openStore({ REMISS_DB: db }, { readOnly: true });
  const engine = await createSearchIndex(store);
  const first = await engine.ask(queries['section number'][0]);
  const report: ChildReport = { readyMs: performance.now(), firstKind: first.kind, maxRssKb: 0 };
  if (mode === 'latency') {
    const reps = Number(repsArg ?? 1000);
    const ticksBefore = cpuTicks();
    report.latency = {} as Record<QueryKind, number[]>;
    report.outcomes = {} as Record<QueryKind, Record<string, number>>;
    report.canaries = {} as Record<QueryKind, number[]>;
    for (const kind of Object.keys(queries) as QueryKind[]) {
      const list = queries[kind];
      // Warm-up: a serving process has answered queries before; the cold path is measured separately.
      for (let i = 0; i < 50; i++) await engine.ask(list[i % list.length]);
      const samples: number[] = [];
      const canaries: number[] = [];
      const outcomes: Record<string, number> = {};
      for (let i = 0; i < reps; i++) {
        let result: Awaited<ReturnType<typeof engine.ask>> | undefined;
        const { ms, canary } = await timed(async () => {
          result = await engine.ask(list[i % list.length]);
        });
        samples.push(ms);
        canaries.push(canary);
        const outcome = result && result.choices.length > 0 ? 'choices' : (result?.kind ?? 'none');
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      }
      report.latency[kind] = samples;
      report.canaries[kind] = canaries;
      report.outcomes[kind] = outcomes;
    }
    const names = queries['respondent name'];
    report.slackRespondent = [];
    for (let i = 0; i < reps; i++) {
      const t = performance.now();
      await engine.ask(names[i % names.length], SLACK_ASK);
      report.slackRespondent.push(performance.now() - t);
    }
    report.floor = [];
    for (let i = 0; i < reps; i++) {
      const t = performance.now();
      await store.hasResponses();
      report.floor.push(performance.now() - t);
    }
    const ticksAfter = cpuTicks();
    report.stealShare =
      ticksBefore && ticksAfter && ticksAfter[1] > ticksBefore[1]
        ? (ticksAfter[0] - ticksBefore[0]) / (ticksAfter[1] - ticksBefore[1])
        : null;
  }
  report.maxRssKb = process.resourceUsage().maxRSS;
  process.stdout.write(`${JSON.stringify(report)}\n`);
  await store.close();
}

/** The respondent queries through a second store that keeps no answers: every row read from the server. */
async function uncached(db: string, names: readonly string[], reps: number): Promise<number[]> {
  const store = await openPostgresStore(db, { readOnly: true, answerCacheSize: 0 });
  try {
    const engine = await createSearchIndex(store);
    for (let i = 0; i < 50; i++) await engine.ask(names[i % names.length]);
    const samples: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t = performance.now();
      await engine.ask(names[i % names.length]);
      samples.push(performance.now() - t);
    }
    return samples;
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
