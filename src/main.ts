/**
 * `npm start`: Socket Mode when SLACK_APP_TOKEN is set, HTTP mode with SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET,
 * otherwise the terminal. SIGTERM/SIGINT: stop taking requests, finish those in flight, close the DB, exit 0.
 */
import './node-version.js';
import { loadConfig } from './config.js';
import { isRemissError } from './errors.js';
import { loadDotenv } from './load-dotenv.js';

async function main(): Promise<number> {
  loadDotenv();
  const config = loadConfig();
  if (config.mode === 'terminal') {
    // `remiss repl` opens REMISS_DB, ingests SEEDS_DIR and runs runTerminal: the same as the CLI's terminal mode.
    const [{ runRepl }, { processIo }] = await Promise.all([import('./cli/repl-command.js'), import('./cli/io.js')]);
    return runRepl([], processIo());
  }
  const { startSlackBot } = await import('./slack/run.js');
  const bot = await startSlackBot(config);
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      process.stderr.write(`${signal}: shutting down\n`);
      void bot.stop().then(resolve);
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A bad configuration or database is the user's to fix: say what, without a stack trace.
    process.stderr.write(
      `${isRemissError(error) ? error.message : error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  },
);
