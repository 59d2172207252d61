import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** A worker process (a real app instance) and the JSON lines it prints. Every wait is bounded. */
export interface Worker {
  child: ChildProcess;
  /** Resolves with the first line for which `match` is true; rejects after `timeoutMs` or when the process ends. */
  waitFor: (match: (line: string) => boolean, timeoutMs?: number) => Promise<string>;
  events: () => Array<Record<string, unknown>>;
  go: () => void;
  exited: Promise<number | null>;
  stderr: () => string;
}

export function startWorker(script: string, args: string[], env: NodeJS.ProcessEnv): Worker {
  // The node running the tests (24, with node:sqlite), whatever `node` the PATH would find for tsx's shebang.
  const child = spawn(process.execPath, [TSX, join(__dirname, 'workers', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group: tsx runs the script in a child process, and a kill must reach both.
    detached: true,
  });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  let err = '';
  let partial = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    partial += chunk;
    const parts = partial.split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts.filter((l) => l.trim() !== ''));
    for (const wake of waiters) wake();
  });
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      for (const wake of waiters) wake();
      resolve(code);
    });
  });

  const waitFor = (match: (line: string) => boolean, timeoutMs = 30_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const found = lines.find(match);
        if (found !== undefined) return finish(() => resolve(found));
        if (child.exitCode !== null || child.signalCode !== null) {
          finish(() => reject(new Error(`worker ended before the line appeared; stderr: ${err.slice(-500)}`)));
        }
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`no such line within ${timeoutMs} ms`))), timeoutMs);
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        settle();
      };
      waiters.add(check);
      check();
    });

  return {
    child,
    waitFor,
    events: () => lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>),
    go: () => child.stdin?.write('go\n'),
    exited,
    stderr: () => err,
  };
}

export const isReady = (line: string) => line === 'ready';
export const isEvent = (event: string) => (line: string) => line.startsWith(`{"event":"${event}"`);

/** Kills a worker and its tsx child (SIGKILL to the group: no cleanup, like a crashed machine) and waits for it. */
export async function killWorker(worker: Worker): Promise<void> {
  const pid = worker.child.pid;
  if (pid !== undefined && worker.child.exitCode === null && worker.child.signalCode === null) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // The group is already gone.
    }
  }
  await worker.exited;
}
