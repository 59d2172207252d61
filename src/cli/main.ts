import '../node-version.js';
import { loadDotenv } from '../load-dotenv.js';
import { reportCommandError } from './cli-store.js';
import { CORRECTIONS_SV } from './corrections-strings-sv.js';
import { type CliIo, processIo } from './io.js';
import { CLI_SV } from './strings-sv.js';

export type Command = (args: string[], io: CliIo) => Promise<number>;

// Loaded on demand, so `remiss ask` does not pay for the PDF reader and `ingest` not for the search index.
const COMMANDS = {
  ingest: async () => (await import('./ingest.js')).runIngest,
  ask: async () => (await import('./ask.js')).runAsk,
  status: async () => (await import('./status.js')).runStatus,
  export: async () => (await import('./export.js')).runExport,
  digest: async () => (await import('./digest.js')).runDigest,
  parse: async () => (await import('./parse.js')).runParse,
  repl: async () => (await import('./repl-command.js')).runRepl,
  migrate: async () => (await import('./migrate.js')).runMigrate,
  corrections: async () => (await import('./corrections.js')).runCorrections,
} satisfies Record<string, () => Promise<Command>>;

/** What `remiss <command> --help` prints: the command's own usage line(s). */
const USAGE: Record<keyof typeof COMMANDS, string> = {
  ingest: CLI_SV.ingestUsage,
  ask: CLI_SV.askUsage,
  status: CLI_SV.statusUsage,
  export: CLI_SV.exportUsage,
  digest: CLI_SV.digestUsage,
  parse: CLI_SV.parseUsage,
  repl: CLI_SV.replUsage,
  migrate: CLI_SV.migrateUsage,
  corrections: CORRECTIONS_SV.usage,
};

function isCommand(name: string): name is keyof typeof COMMANDS {
  return Object.hasOwn(COMMANDS, name);
}

/** `--help` or `-h` among the options; after "--" it is text (`ask -- --help` searches for it). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** `remiss <command> [args]`: dispatches and returns the exit code. Every failure ends as one Swedish line. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout).write(`${CLI_SV.usage}\n`);
    return name === undefined ? 2 : 0;
  }
  if (!isCommand(name)) {
    io.stderr.write(`${CLI_SV.unknownCommand(name)}\n${CLI_SV.usage}\n`);
    return 2;
  }
  if (asksForHelp(args)) {
    io.stdout.write(`${USAGE[name]}\n`);
    return 0;
  }
  try {
    const command: Command = await COMMANDS[name]();
    return await command(args, io);
  } catch (error) {
    return reportCommandError(error, io);
  }
}

if (require.main === module) {
  // Here, not at import: tests import runCli and must not read a developer's .env.
  loadDotenv();
  runCli(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 1;
    },
  );
}
