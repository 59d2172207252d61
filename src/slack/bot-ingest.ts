import type { Logger } from '@slack/bolt';
import { type FileReport, type IngestReport, ingestBuffer, ingestPaths } from '../ingest/pipeline.js';
import { type WorkerReaderOptions, workerReaders } from '../ingest/reader/worker-reader.js';
import type { Store } from '../store/store.js';
import { oneAtATime } from './one-at-a-time.js';

/** How the bot ingests: shared files and seed folders, read and parsed off its event loop. */
export interface BotIngest {
  /** One file shared in Slack; `remissHint`: the remiss its message names, for a letter that names none. */
  file(bytes: Uint8Array, fileName: string, remissHint?: string): Promise<FileReport>;
  /** Seed files and folders (at start and from the watcher). */
  paths(paths: string[]): Promise<IngestReport>;
}

export interface BotIngestOptions {
  clock: () => Date;
  logger: Pick<Logger, 'warn' | 'info'>;
  /** Worker limits and bounds (tests make them small); default WorkerReaderOptions' defaults. */
  worker?: Omit<WorkerReaderOptions, 'log'>;
}

/**
 * Reading and parsing run in a worker process (src/ingest/reader/), so `/remiss` is answered within Slack's 3 s
 * while a 20 MB text or a large PDF is parsed, and a file that exhausts the worker's heap fails alone; only the
 * store's work stays on the event loop. Ingests run one at a time, shared files and seed folders alike, so two
 * large files never hold their memory at once.
 */
export function botIngest(store: Store, options: BotIngestOptions): BotIngest {
  const { logger } = options;
  const openReader = workerReaders({
    ...options.worker,
    log: { warn: (line) => logger.warn(line), info: (line) => logger.info(line) },
  });
  const queue = oneAtATime();
  const now = options.clock;
  return {
    file: (bytes, fileName, remissHint) =>
      queue(() => ingestBuffer(store, bytes, fileName, { now, openReader, remissHint })),
    paths: (paths) => queue(() => ingestPaths(store, paths, { now, openReader })),
  };
}
