import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
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
 * From source, the worker loads tsx itself: a worker thread inherits neither jest's module system nor, from
 * `tsx src/main.ts`, more than the flags (tsx documents `--import tsx` for node; the same flag works here).
 */
function execArgvFor(entry: string): string[] | undefined {
  return extname(entry) === '.ts' ? ['--import', pathToFileURL(require.resolve('tsx')).href] : undefined;
}

interface Waiting {
  resolve(result: ReaderResult): void;
  reject(error: Error): void;
}

/**
 * One ingest worker seen from the main thread: requests go in, replies come back; when the worker dies (out of
 * memory under `resourceLimits`, an uncaught error, `stop()`), every request still waiting fails with
 * ReaderCrashed instead of hanging, and the thread is not used again.
 */
export class ReaderThread {
  private readonly waiting = new Map<number, Waiting>();
  private next = 0;
  private gone = false;
  private failure: Error | undefined;
  /** The catalog lists this worker holds: sent once, not with every parse. */
  catalogSent: unknown;

  private constructor(private readonly worker: Worker) {}

  /** Starts a worker and resolves once its modules are loaded; rejects with WorkerStartFailure if it cannot. */
  static start(entry: string, resourceLimits: ResourceLimits): Promise<{ thread: ReaderThread; startMs: number }> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      if (!existsSync(entry)) return reject(new WorkerStartFailure(`its entry ${entry} does not exist`));
      let worker: Worker;
      try {
        worker = new Worker(entry, { execArgv: execArgvFor(entry), resourceLimits, name: 'remiss-ingest' });
      } catch (error) {
        return reject(new WorkerStartFailure(describe(error)));
      }
      const thread = new ReaderThread(worker);
      const notStarted = (why: string) => reject(new WorkerStartFailure(why));
      worker.once('error', (error) => notStarted(describe(error)));
      worker.once('exit', (code) => notStarted(`it exited with code ${code} before it was ready`));
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'ready') return resolve({ thread, startMs: performance.now() - started });
        thread.settle(message);
      });
      worker.on('error', (error) => {
        thread.failure = error;
      });
      worker.on('messageerror', (error) => {
        thread.failure = error;
        thread.stop();
      });
      worker.on('exit', (code) => thread.died(code));
    });
  }

  get alive(): boolean {
    return !this.gone;
  }

  /** Sends a request; `transfer` hands buffers over without a copy (the caller must not use them after). */
  request(request: ReaderRequest, transfer: ArrayBuffer[] = []): Promise<ReaderResult> {
    if (this.gone) return Promise.reject(this.crashError());
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, request: id }, transfer);
    });
  }

  /** Terminates the worker whatever it is doing (a loop in pdf.js included); waiting requests fail. */
  stop(): Promise<void> {
    this.gone = true;
    return this.worker.terminate().then(() => undefined);
  }

  private settle(message: Exclude<WorkerMessage, { kind: 'ready' }>): void {
    const waiting = this.waiting.get(message.request);
    this.waiting.delete(message.request);
    if (message.kind === 'reply') waiting?.resolve(message.result);
    else waiting?.reject(fromErrorData(message.error));
  }

  private died(code: number): void {
    this.gone = true;
    const error = this.crashError(code);
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }

  private crashError(code?: number): RemissError {
    const why =
      (this.failure as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? 'it ran out of memory'
        : this.failure
          ? describe(this.failure)
          : `it exited with code ${code ?? '?'}`;
    return new RemissError(ErrorCode.ReaderCrashed, `The ingest worker stopped: ${why}`);
  }
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
