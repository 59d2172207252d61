// One real app instance (startSlackBot: store, ingest, search, Bolt) in HTTP mode on 127.0.0.1 and a free port,
// configured from the environment as `npm start` is (REMISS_DB, SLACK_API_URL, SEEDS_DIR, …). Prints
// {"event":"listening","port":…} once it serves, and each log line as {"event":"log","line":…}. Runs until killed.
import type { Logger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import { loadConfig } from '../../../src/config.js';
import { startSlackBot } from '../../../src/slack/run.js';
import { emit } from './go-signal.js';

const print =
  (level: string) =>
  (...parts: unknown[]) =>
    emit({
      event: 'log',
      line: `${level} ${parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' ')}`,
    });

const logger: Logger = {
  debug: () => undefined,
  info: print('info'),
  warn: print('warn'),
  error: print('error'),
  setLevel: () => undefined,
  getLevel: () => LogLevel.INFO,
  setName: () => undefined,
};

async function main(): Promise<void> {
  const bot = await startSlackBot(loadConfig(process.env), { logger, watchDebounceMs: 100 });
  emit({ event: 'listening', port: bot.port });
}

main().catch((error: unknown) => {
  emit({ event: 'error', message: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
});
