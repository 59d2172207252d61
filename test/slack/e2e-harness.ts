/**
 * Starts the real bot (real SQLite store, ingest and search) in HTTP mode on 127.0.0.1:0 against a fake
 * Slack, with a copy of the seed remissvar in a temporary SEEDS_DIR. No network: everything is loopback.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger, LogLevel } from '@slack/bolt';
import { loadConfig } from '../../src/config.js';
import type { Queue } from '../../src/slack/one-at-a-time.js';
import { type RunningBot, type RunOptions, startSlackBot } from '../../src/slack/run.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { type FakeSlack, type ResponseUrlPost, startFakeSlack, waitFor } from '../helpers/fake-slack.js';
import {
  eventBody,
  interactionBody,
  postToApp,
  type SendOptions,
  slashCommandBody,
} from '../helpers/fake-slack-requests.js';

export const BOT_TOKEN = 'xoxb-1111-2222-testtokenvalue';
export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5'.replace(/[yz]/g, 'e');
export const SEEDS = join(__dirname, '..', '..', 'seeds');

export class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  private level = 'info' as LogLevel;
  private record(level: string, msgs: unknown[]) {
    this.lines.push(
      `${level} ${msgs.map((m) => (m instanceof Error ? `${m.name}: ${m.message}` : typeof m === 'string' ? m : JSON.stringify(m))).join(' ')}`,
    );
  }
  debug(...msgs: unknown[]) {
    this.record('debug', msgs);
  }
  info(...msgs: unknown[]) {
    this.record('info', msgs);
  }
  warn(...msgs: unknown[]) {
    this.record('warn', msgs);
  }
  error(...msgs: unknown[]) {
    this.record('error', msgs);
  }
  setLevel(level: LogLevel) {
    this.level = level;
  }
  getLevel() {
    return this.level;
  }
  setName() {}
}

export interface TestBotOptions {
  /** Seed files to copy (names in seeds/); default all. */
  seeds?: string[];
  clock?: () => Date;
  env?: Record<string, string>;
  /** Reuse a directory (seeds + db) from an earlier bot: a restart. */
  dir?: string;
  fake?: FakeSlack;
  /** Fills the database before the bot starts (e.g. a constructed 300-answer proposal). */
  prepare?(store: Store): Promise<void>;
  /** The queue the bot builds exports in (RunOptions.exportQueue). */
  exportQueue?: Queue;
  /** Bounds on the ingest worker (e.g. a small heap, to see a worker die). */
  ingestWorker?: RunOptions['ingestWorker'];
}

export interface TestBot {
  bot: RunningBot;
  fake: FakeSlack;
  url: string;
  dir: string;
  seedsDir: string;
  logger: RecordingLogger;
  send(body: string, contentType: string, options?: Partial<SendOptions>): ReturnType<typeof postToApp>;
  /** Sends `/remiss text` and waits for the answer posted to its response_url. */
  command(text: string): Promise<ResponseUrlPost>;
  event(event: unknown): ReturnType<typeof postToApp>;
  interaction(payload: unknown): ReturnType<typeof postToApp>;
  /** Stops the bot (not the fake Slack, which a restarted bot may reuse). */
  stop(): Promise<void>;
  /** Stops the bot, the fake Slack and removes the directory. */
  dispose(): Promise<void>;
}

let requestCounter = 0;

export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'remiss-e2e-'));
  const seedsDir = join(dir, 'seeds');
  if (!options.dir) {
    mkdirSync(seedsDir, { recursive: true });
    const names = options.seeds ?? readdirSync(SEEDS).filter((n) => n.endsWith('.txt'));
    for (const name of names) copyFileSync(join(SEEDS, name), join(seedsDir, name));
  }
  const fake = options.fake ?? (await startFakeSlack({ botToken: BOT_TOKEN }));
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    SEEDS_DIR: seedsDir,
    REMISS_DB: join(dir, 'remiss.db'),
    LOG_LEVEL: 'info',
    ...options.env,
  });
  if (options.prepare) {
    const store = await openSqliteStore(join(dir, 'remiss.db'));
    await options.prepare(store);
    await store.close();
  }
  const logger = new RecordingLogger();
  const bot = await startSlackBot(config, {
    clock: options.clock,
    logger,
    watchDebounceMs: 100,
    watchRetryMs: 300,
    digestRetryMs: 60_000,
    exportQueue: options.exportQueue,
    ingestWorker: options.ingestWorker,
  });
  const url = `http://127.0.0.1:${bot.port}/slack/events`;
  const send = (body: string, contentType: string, o: Partial<SendOptions> = {}) =>
    postToApp(url, body, contentType, { secret: SIGNING_SECRET, ...o });
  return {
    bot,
    fake,
    url,
    dir,
    seedsDir,
    logger,
    send,
    async command(text) {
      const id = `cmd-${++requestCounter}`;
      const response = await send(
        slashCommandBody({ text, response_url: fake.responseUrl(id) }),
        'application/x-www-form-urlencoded',
      );
      if (response.status !== 200) throw new Error(`slash command answered HTTP ${response.status}`);
      return waitFor(() => fake.responses.find((r) => r.id === id), `the answer to /remiss ${text}`);
    },
    event: (event) => send(eventBody(event), 'application/json'),
    interaction: (payload) => send(interactionBody(payload), 'application/x-www-form-urlencoded'),
    stop: () => bot.stop(),
    async dispose() {
      await bot.stop();
      if (!options.fake) await fake.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
