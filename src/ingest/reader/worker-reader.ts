import type { ParsedDocument, Proposal } from '../../core/types.js';
import { ErrorCode, isRemissError } from '../../errors.js';
import { DEFAULT_READ_OPTIONS, type ReadOptions } from '../read-source.js';
import { withTimeout } from '../with-timeout.js';
import type { DocumentReader, ReadFile } from './document-reader.js';
import { answerRequest, type ReaderRequest, type ReaderResult } from './protocol.js';
import { type CatalogLists, type ReadInput, type Reread, SourceShelf } from './source-shelf.js';
import { DEFAULT_ENTRY, ReaderProcess, WorkerStartFailure } from './worker-process.js';

export interface WorkerReaderOptions {
  /**
   * The worker process's heap (V8's old generation, `--max-old-space-size`): past it the worker dies and the file
   * fails (ReaderCrashed), not the bot. Default 512 MB; measured, a 20 MB text needs 160–256 MB by its shape (one
   * sentence per line the most), a 600-page PDF under 64 MB.
   */
  heapLimitMb?: number;
  /**
   * Bound on parsing one file's text; reading it (bytes to text, and its headings) is bounded by
   * ReadOptions.timeoutMs. Default 5 min: a 20 MB text of one sentence per line, the slowest shape measured,
   * parses in about 45 s on a 2-core machine; what runs longer is a parser caught in a loop.
   */
  parseTimeoutMs?: number;
  /** The worker's entry file; default reader-worker beside this module (a bundle that moves it says where). */
  entry?: string;
  /** `warn` once when no worker can start (files are then read in this thread); `info` when one is terminated. */
  log?: { warn(line: string): void; info(line: string): void };
  /** Each worker's start: ms from `fork` to its modules loaded (for measurements), and its process id. */
  onStart?: (startMs: number, pid: number) => void;
}

export const DEFAULT_HEAP_LIMIT_MB = 512;
const DEFAULT_PARSE_TIMEOUT_MS = 5 * 60_000;

/**
 * Readers that read and parse in a worker process, so the caller's event loop stays free (the Slack app answers
 * other users meanwhile) and a file that exhausts the worker's heap, in whatever shape, fails alone: V8 may abort
 * the process it runs out of heap in, and a worker thread shares the app's. Each reader starts its worker at its
 * first file and stops it at `close`, so files of one batch share a worker and ingests do not: a start costs
 * 0.35–0.5 s through tsx (0.2–0.25 s compiled, a few tens of ms more than a thread's), while a worker kept after a
 * 20 MB text kept 50–100 MB (measured). A timeout kills the worker (a hostile PDF that loops stops burning CPU); a
 * crash fails the file(s) in flight; either way the reader's next file gets a fresh worker. When no worker can
 * start at all, every reader works in this thread; `warn` is told once.
 */
export function workerReaders(options: WorkerReaderOptions = {}): () => DocumentReader {
  let unavailable = false;
  const fallBack = (failure: WorkerStartFailure) => {
    if (!unavailable) options.log?.warn(`ingest worker could not start (${failure.message}); reading files in-thread`);
    unavailable = true;
  };
  return () => new WorkerReader(options, () => unavailable, fallBack);
}

class WorkerReader implements DocumentReader {
  private worker: Promise<ReaderProcess | null> | undefined;
  /** Where requests go once no worker can start: the same code, in this thread. */
  private readonly local = new SourceShelf();
  private nextFile = 0;
  /** Paths of files read, so a fresh worker can read one again when the one that held its text has stopped. */
  private readonly paths = new Map<number, Reread>();
  private closed = false;

  constructor(
    private readonly options: WorkerReaderOptions,
    private readonly unavailable: () => boolean,
    private readonly fallBack: (failure: WorkerStartFailure) => void,
  ) {}

  async read(input: ReadInput, options: ReadOptions = {}): Promise<ReadFile> {
    const id = ++this.nextFile;
    if ('path' in input) this.paths.set(id, { path: input.path, options, remissHint: input.remissHint });
    const what = `Reading ${'path' in input ? input.path : input.fileName}`;
    const timeoutMs = options.timeoutMs ?? DEFAULT_READ_OPTIONS.timeoutMs;
    const result = await this.run({ kind: 'read', file: id, input, options }, timeoutMs, what);
    return { id, harvested: (result as { harvested: Proposal[] }).harvested };
  }

  async parse(file: ReadFile, name: string, catalog: CatalogLists): Promise<ParsedDocument> {
    const reread = this.paths.get(file.id);
    this.paths.delete(file.id);
    const timeoutMs = this.options.parseTimeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
    const request: ReaderRequest = { kind: 'parse', file: file.id, name, catalog, reread };
    const result = await this.run(request, timeoutMs, `Parsing ${name}`);
    return (result as { parsed: ParsedDocument }).parsed;
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = await this.worker?.catch(() => null);
    this.worker = undefined;
    await worker?.stop();
  }

  private async run(request: ReaderRequest, timeoutMs: number, what: string) {
    const worker = await this.current();
    if (!worker) return answerRequest(this.local, request);
    if (request.kind === 'parse') {
      if (worker.catalogSent === request.catalog) delete request.catalog;
      else worker.catalogSent = request.catalog;
    }
    const terminate = () => {
      if (!worker.alive) return;
      void worker
        .stop()
        .then(() => this.options.log?.info(`ingest worker terminated: ${what} took over ${timeoutMs} ms`));
    };
    try {
      // The bound runs from the request, not from the worker's start: a file is not charged for loading modules.
      return await withTimeout<ReaderResult>(worker.request(request), timeoutMs, what, terminate);
    } catch (error) {
      // The worker's own bound on a PDF or DOCX may win the race, while mammoth goes on converting: stop it too.
      if (isRemissError(error, ErrorCode.Timeout)) terminate();
      throw error;
    }
  }

  /** The live worker, a fresh one after a crash or a timeout, or null when none can start. */
  private async current(): Promise<ReaderProcess | null> {
    if (this.closed) throw new Error('the reader is closed');
    const pending = this.worker;
    const worker = await pending;
    if (worker === null || worker?.alive) return worker;
    if (this.worker === pending || !this.worker)
      this.worker = this.unavailable() ? Promise.resolve(null) : this.start();
    return this.worker;
  }

  private async start(): Promise<ReaderProcess | null> {
    try {
      const { worker, startMs } = await ReaderProcess.start(
        this.options.entry ?? DEFAULT_ENTRY,
        this.options.heapLimitMb ?? DEFAULT_HEAP_LIMIT_MB,
      );
      this.options.onStart?.(startMs, worker.pid);
      return worker;
    } catch (error) {
      if (!(error instanceof WorkerStartFailure)) throw error;
      this.fallBack(error);
      return null;
    }
  }
}
