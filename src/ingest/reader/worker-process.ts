import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { ErrorCode, RemissError } from '../../errors.js';
import { fromErrorData, type ReaderRequest, type ReaderResult, type WorkerMessage } from './protocol.js';

/** No worker could be started at all (its entry is not beside this file, as in a one-file bundle). */
export class WorkerStartFailure extends Error {
  override readonly name = 'WorkerStartFailure';
}

/**
 * The worker's entry beside this module: `.ts` when run from source (tsx, jest), `.js` when compiled by tsc; a
 * one-file bundle `app.cjs` looks for `reader-worker.cjs` beside it (bundle src/ingest/reader/reader-worker.ts).
 */
export const DEFAULT_ENTRY = join(__dirname, `reader-worker${extname(__filename)}`);

/**
 * The worker's node flags, and only these: not this process's own (an `--inspect` port, tsx's preflight). Its heap
 * bound is V8's own flag. From source it loads tsx itself: it inherits neither jest's module system nor, from
 * `tsx src/main.ts`, the loader (tsx documents `--import tsx` for node).
 */
function execArgvFor(entry: string, heapLimitMb: number): string[] {
  const heap = `--max-old-space-size=${heapLimitMb}`;
  return extname(entry) === '.ts' ? [heap, '--import', pathToFileURL(require.resolve('tsx')).href] : [heap];
}

/** What V8 prints before it aborts a process at its heap limit, whatever the allocation's shape. */
const OUT_OF_MEMORY = /JavaScript heap out of memory/;
/** The end of the worker's stderr kept to tell why it died (V8's last words come after its GC trace). */
const STDERR_TAIL_CHARS = 8 * 1024;

interface Waiting {
  resolve(result: ReaderResult): void;
  reject(error: Error): void;
}

/**
 * One ingest worker process seen from its parent: requests go in over IPC, replies come back. A process, not a
 * thread: V8 ends some heap exhaustions (one growing array, nodejs/node#47224) by aborting the whole process it
 * runs in, which must not be the bot's. When the worker dies (out of memory under its heap limit, an uncaught
 * error, `stop()`), every request still waiting fails with ReaderCrashed instead of hanging, and it is not used
 * again. Its stderr goes on to this process's stderr; its last 8 KB tell an out-of-memory death from others.
 */
export class ReaderProcess {
  private readonly waiting = new Map<number, Waiting>();
  private next = 0;
  private gone = false;
  private stopped = false;
  private failure: Error | undefined;
  private stderrTail = '';
  private readonly closed: Promise<void>;
  /** The catalog lists this worker holds: sent once, not with every parse. */
  catalogSent: unknown;

  private constructor(private readonly child: ChildProcess) {
    // 'close', not 'exit': V8's last words on stderr may still be in the pipe when the exit is seen.
    this.closed = new Promise((resolve) => child.once('close', () => resolve()));
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Starts a worker and resolves once its modules are loaded; rejects with WorkerStartFailure if it cannot. */
  static start(entry: string, heapLimitMb: number): Promise<{ worker: ReaderProcess; startMs: number }> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      if (!existsSync(entry)) return reject(new WorkerStartFailure(`its entry ${entry} does not exist`));
      let child: ChildProcess;
      try {
        child = fork(entry, [], {
          execArgv: execArgvFor(entry, heapLimitMb),
          // Structured clone, not JSON: a shared file's bytes arrive as a Uint8Array.
          serialization: 'advanced',
          stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
        });
      } catch (error) {
        return reject(new WorkerStartFailure(describe(error)));
      }
      const worker = new ReaderProcess(child);
      const notStarted = (why: string) => reject(new WorkerStartFailure(why));
      child.once('error', (error) => notStarted(describe(error)));
      child.once('exit', (code, signal) => notStarted(`${exitReason(code, signal)} before it was ready`));
      child.on('message', (message: WorkerMessage) => {
        if (message.kind === 'ready') return resolve({ worker, startMs: performance.now() - started });
        worker.settle(message);
      });
      // Without a listener an 'error' (a send on a closed channel, a failed kill) would be thrown in this process.
      child.on('error', (error) => {
        worker.failure ??= error;
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        process.stderr.write(chunk);
        worker.stderrTail = (worker.stderrTail + chunk.toString()).slice(-STDERR_TAIL_CHARS);
      });
      child.once('close', (code, signal) => worker.died(code, signal));
    });
  }

  get alive(): boolean {
    return !this.gone;
  }

  /** Sends a request (its bytes copied into the message: the caller's buffer stays the caller's). */
  request(request: ReaderRequest): Promise<ReaderResult> {
    if (this.gone) return Promise.reject(this.crashError());
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ ...request, request: id }, (error) => {
        if (!error) return;
        // The channel is closed: the worker is of no more use; its end fails whatever waits.
        this.failure ??= error;
        void this.stop();
      });
    });
  }

  /** Kills the worker whatever it is doing (a loop in pdf.js included); resolves once it is gone. */
  stop(): Promise<void> {
    this.gone = true;
    this.stopped = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    return this.closed;
  }

  private settle(message: Exclude<WorkerMessage, { kind: 'ready' }>): void {
    const waiting = this.waiting.get(message.request);
    this.waiting.delete(message.request);
    if (message.kind === 'reply') waiting?.resolve(message.result);
    else waiting?.reject(fromErrorData(message.error));
  }

  private died(code: number | null, signal: NodeJS.Signals | null): void {
    this.gone = true;
    const error = this.crashError(exitReason(code, signal));
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }

  private crashError(exit = 'it had stopped'): RemissError {
    const why = OUT_OF_MEMORY.test(this.stderrTail)
      ? 'it ran out of memory'
      : this.failure
        ? describe(this.failure)
        : this.stopped
          ? 'it was stopped'
          : exit;
    return new RemissError(ErrorCode.ReaderCrashed, `The ingest worker stopped: ${why}`);
  }
}

function exitReason(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `it was killed by ${signal}` : `it exited with code ${code ?? '?'}`;
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
