/**
 * Starts the Slack bot: open the store, ingest SEEDS_DIR, warm the search, start Bolt, watch the seeds,
 * schedule the digest. `stop()` is the SIGTERM path: no new requests, finish those in flight, close the DB.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { basename, resolve } from 'node:path';
import { type App, type Logger, LogLevel } from '@slack/bolt';
import { ConsoleLogger } from '@slack/logger';
import type { Config } from '../config.js';
import { type DigestOutcome, runDigestTurn } from '../digest/digest-turn.js';
import { type DigestScheduler, startDigestScheduler } from '../digest/scheduler.js';
import { createSearchIndex } from '../search/ask.js';
import { openStore, storeLabel, storeLocation } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { createSlackApp } from './app.js';
import { SLACK_ASK } from './ask-options.js';
import { type BotIngest, type BotIngestOptions, botIngest } from './bot-ingest.js';
import type { SlackDeps } from './deps.js';
import { createFileDownloader } from './download-file.js';
import { InFlight } from './in-flight.js';
import { oneAtATime, type Queue } from './one-at-a-time.js';
import { describeError } from './request-log.js';
import { type SeedsWatcher, watchSeeds } from './seeds-watcher.js';
import { refusedForSize } from './slack-failure.js';

export interface RunOptions {
  /** Wall clock for ingest timestamps and the digest; tests drive it. */
  clock?: () => Date;
  logger?: Logger;
  /** Debounce of the seeds watcher (ms). */
  watchDebounceMs?: number;
  /** Wait before the seeds watcher tries again files whose ingest failed (ms). Default 30 s. */
  watchRetryMs?: number;
  /** Wait before a failed digest is retried (ms). */
  digestRetryMs?: number;
  /** How long a digest claim holds before a running instance takes the day over (ms). Default 10 min. */
  digestLeaseMs?: number;
  /** The queue exports are built in; default oneAtATime(). Tests wrap one to watch the builds. */
  exportQueue?: Queue;
  /** Bounds on the ingest worker (tests make them small). */
  ingestWorker?: BotIngestOptions['worker'];
}

export interface RunningBot {
  app: App;
  store: Store;
  /** The HTTP port actually bound (HTTP mode), e.g. when PORT=0. */
  port?: number;
  digest?: DigestScheduler;
  watcher?: SeedsWatcher;
  /** Runs one digest turn now, whether or not a scheduler runs (the clock decides what is due). */
  digestTurn(): Promise<DigestOutcome>;
  stop(): Promise<void>;
}

const DRAIN_TIMEOUT_MS = 10_000;

function defaultLogger(level: Config['logLevel']): Logger {
  const logger = new ConsoleLogger();
  logger.setLevel(
    ({ debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const)[level],
  );
  logger.setName('remiss');
  return logger;
}

async function ingestSeeds(ingest: BotIngest, paths: string[], logger: Logger): Promise<void> {
  const report = await ingest.paths(paths);
  const c = report.counts;
  logger.info(`seeds ingested added=${c.added} replaced=${c.replaced} unchanged=${c.unchanged} failed=${c.failed}`);
  for (const f of report.files.filter((x) => x.status === 'failed')) {
    logger.warn(`seed not ingested file=${JSON.stringify(f.file)}: ${f.error?.message ?? 'unknown'}`);
  }
}

/** "; 2 file(s) wait, tried again in 30 s: a.pdf, b.docx": the log names what is not stored yet (at most 20). */
function waitingFiles(waiting: readonly string[] | undefined, retryMs: number): string {
  if (!waiting || waiting.length === 0) return '';
  const names = waiting.slice(0, 20).map((path) => JSON.stringify(basename(path)));
  const more = waiting.length > 20 ? ` and ${waiting.length - 20} more` : '';
  return `; ${waiting.length} file(s) wait, tried again in ${Math.round(retryMs / 1000)} s: ${names.join(', ')}${more}`;
}

export async function startSlackBot(config: Config, options: RunOptions = {}): Promise<RunningBot> {
  const clock = options.clock ?? (() => new Date());
  const watchRetryMs = options.watchRetryMs ?? 30_000;
  const logger = options.logger ?? defaultLogger(config.logLevel);
  // REMISS_DB may be a file (SQLite) or a postgres:// URL (the shared store for several instances).
  const store = await openStore({ REMISS_DB: config.dbPath }, { clock });
  logger.info(`database: ${storeLabel(storeLocation({ REMISS_DB: config.dbPath }))}`);
  try {
    const ingest = botIngest(store, { clock, logger, worker: options.ingestWorker });
    const seedsDir = resolve(config.seedsDir);
    const haveSeeds = existsSync(seedsDir);
    if (haveSeeds) await ingestSeeds(ingest, [seedsDir], logger);
    else logger.warn(`SEEDS_DIR ${seedsDir} does not exist; nothing to ingest or watch`);
    const engine = await createSearchIndex(store);

    const deps: SlackDeps = {
      store,
      ask: (query, offset) => engine.ask(query, { ...SLACK_ASK, offset }),
      async ingestFile(bytes, fileName, remissHint) {
        const report = await ingest.file(bytes, fileName, remissHint);
        await engine.refresh();
        return report;
      },
      downloadFile: createFileDownloader({ botToken: config.slack.botToken ?? '', apiUrl: config.slack.apiUrl }),
      timeZone: config.digest.timeZone,
      now: clock,
      reviewers: config.reviewers,
      oneExportAtATime: options.exportQueue ?? oneAtATime(),
    };
    const inFlight = new InFlight();
    const app = createSlackApp(config, deps, inFlight, logger);

    await app.init();
    let port: number | undefined;
    if (config.mode === 'http') {
      const server = (await app.start({ port: config.port, host: config.host })) as {
        address(): AddressInfo | string | null;
      };
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : config.port;
      logger.info(`HTTP mode: listening on ${config.host ?? '*'}:${port}/slack/events`);
    } else {
      await app.start();
      logger.info('Socket Mode: connected');
    }

    const watcher = haveSeeds
      ? watchSeeds({
          dir: seedsDir,
          debounceMs: options.watchDebounceMs,
          retryMs: watchRetryMs,
          onFiles: async (paths) => {
            await ingestSeeds(ingest, paths, logger);
            await engine.refresh();
          },
          onError: (error, waiting) =>
            logger.error(`seeds watcher: ${describeError(error)}${waitingFiles(waiting, watchRetryMs)}`),
        })
      : undefined;

    const { channel, hour, minute, timeZone } = config.digest;
    const turn = (now: Date): Promise<DigestOutcome> =>
      channel
        ? runDigestTurn(
            {
              store,
              timeZone,
              hour,
              minute,
              logger,
              leaseMs: options.digestLeaseMs,
              post: async (message) => {
                await app.client.chat.postMessage({ channel, ...message });
              },
              refusedForSize,
            },
            now,
          )
        : Promise.resolve('not_due');
    const digest = channel
      ? startDigestScheduler({
          turn,
          clock,
          hour,
          minute,
          timeZone,
          logger,
          retryMs: options.digestRetryMs,
          leaseMs: options.digestLeaseMs,
        })
      : undefined;

    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= (async () => {
        digest?.stop();
        watcher?.stop();
        await app.stop().catch((error: unknown) => logger.error(`stopping Slack receiver: ${describeError(error)}`));
        logger.info(`receiver stopped; finishing ${inFlight.size} request(s) in flight`);
        if (!(await inFlight.drain(DRAIN_TIMEOUT_MS)))
          logger.warn(`shutdown: ${inFlight.size} request(s) still running`);
        await digest?.initial.catch(() => undefined);
        await watcher?.idle();
        await store.close();
        logger.info('stopped');
      })();
      return stopping;
    };
    return { app, store, port, digest, watcher, digestTurn: () => turn(clock()), stop };
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}
