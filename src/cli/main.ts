import '../node-version.js';
import { reportCommandError } from './cli-store.js';
import { type CliIo, processIo } from './io.js';
import { CLI_SV } from './strings-sv.js';

export type Command = (args: string[], io: CliIo) => Promise<number>;

// Loaded on demand, so `remiss ask` does not pay for the PDF reader and `ingest` not for the search index.
const COMMANDS: Record<string, () => Promise<Command>> = {
  ingest: async () => (await import('./ingest.js')).runIngest,
  ask: async () => (await import('./ask.js')).runAsk,
  status: async () => (await import('./status.js')).runStatus,
  export: async () => (await import('./export.js')).runExport,
  digest: async () => (await import('./digest.js')).runDigest,
  parse: async () => (await import('./parse.js')).runParse,
  repl: async () => (await import('./repl-command.js')).runRepl,
  migrate: async () => (await import('./migrate.js')).runMigrate,
  corrections: async () => (await import('./corrections.js')).runCorrections,
};

/** `remiss <command> [args]`: dispatches and returns the exit code. Every failure ends as one Swedish line. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout).write(`${CLI_SV.usage}\n`);
    return name === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr.write(`${CLI_SV.unknownCommand(name)}\n${CLI_SV.usage}\n`);
    return 2;
  }
  try {
    return await (await load())(args, io);
  } catch (error) {
    return reportCommandError(error, io);
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 1;
    },
  );
}
