import { performance } from 'node:perf_hooks';

/**
 * A fixed computation (~50 µs, no allocation, no I/O) timed around each query: how fast the host runs this
 * process at that moment. On the VMs we measure on, the CPU runs 2.5–5× slower for stretches of 0.3–0.7 s,
 * about 1–6% of the time, with no steal time reported and the process on the CPU throughout (cpu/wall 1.00);
 * every query that falls in such a stretch is slow whatever the database. The bench prints how many did and the
 * p99 of the others beside the p99 of all, so a reader can tell the host's stretches from our code.
 */
/** Written by every canary so its loop cannot be optimised away. */
let sink = 0;

export function canaryMs(): number {
  const start = performance.now();
  let x = 0;
  for (let i = 0; i < 20_000; i++) x += Math.sqrt(i);
  sink += x;
  return performance.now() - start;
}

/** Marks each sample whose canary (the slower of before/after) ran over twice the run's median canary. */
export function slowHost(canaries: readonly number[]): boolean[] {
  const sorted = [...canaries].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return canaries.map((ms) => ms > 2 * median);
}
