import { Worker } from 'node:worker_threads';

/** How often the watch looks at the parent: an orphan runs on at most this long. */
const WATCH_INTERVAL_MS = 500;

/**
 * Ends this process once the process that started it is gone, also while a long synchronous stretch (a parse of a
 * 20 MB text, a loop in pdf.js) holds the event loop that would see the IPC channel close: a parent killed by
 * SIGKILL, or aborted by V8, mid-file would otherwise leave this one running alone. A thread of its own (plain
 * JavaScript, no tsx) compares the parent's pid with the one it started under; an orphan is adopted by another
 * process, and the thread then sends this process SIGKILL. Node has no "die with my parent" (Linux's
 * PR_SET_PDEATHSIG) to ask the kernel instead.
 */
export function exitWithParent(): void {
  const watch = new Worker(
    `const { workerData } = require('node:worker_threads');
     setInterval(() => {
       if (process.ppid !== workerData.parent) process.kill(process.pid, 'SIGKILL');
     }, workerData.intervalMs);`,
    { eval: true, execArgv: [], workerData: { parent: process.ppid, intervalMs: WATCH_INTERVAL_MS } },
  );
  // The IPC channel keeps this process alive while it is wanted; the watch alone must not.
  watch.unref();
}
