import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { renderSearchResultText } from '../core/render/text.js';
import { queryCommand } from '../core/search/query-command.js';
import { isRemissError } from '../errors.js';
import { ingestPaths } from '../ingest/pipeline.js';
import { ask, refreshSearchIndex } from '../search/ask.js';
import type { Store } from '../store/store.js';
import { databaseWhere, reportCommandError } from './cli-store.js';
import { answerTimeZone } from './format-time.js';
import { renderFileLine, renderIngestSummary } from './ingest-lines.js';
import type { CliIo } from './io.js';
import { statusLines } from './status.js';
import { CLI_SV } from './strings-sv.js';

export interface TerminalIo extends CliIo {
  /** Default process.stdin. A TTY gets the `remiss> ` prompt; piped text is answered line by line until EOF. */
  stdin?: Readable & { isTTY?: boolean };
}

export interface TerminalOptions {
  /** Folder ingested before the first prompt; default SEEDS_DIR or `seeds`. Null skips it. */
  seedsDir?: string | null;
}

const EXIT_WORDS = new Set(['exit', 'quit', 'avsluta', 'sluta', '\\q']);

/**
 * The terminal mode (`npm start` without Slack credentials, `remiss repl`): ingests the seeds, then answers one
 * query per line with the same search and renderer as `remiss ask`; "status" and "hjälp" as Slack answers them. Ingest notes and the greeting go to stderr,
 * so piped stdout holds only answers. Returns the exit code (0 at EOF or "avsluta").
 */
export async function runTerminal(store: Store, io: TerminalIo, options: TerminalOptions = {}): Promise<number> {
  const seedsDir = options.seedsDir === undefined ? (io.env.SEEDS_DIR ?? 'seeds') : options.seedsDir;
  try {
    if (seedsDir !== null) await ingestSeeds(store, seedsDir, io);
    const status = await store.status();
    io.stderr.write(`${CLI_SV.replWelcome(CLI_SV.statusCounts(status))}\n`);
  } catch (error) {
    return reportCommandError(error, io);
  }

  const input = io.stdin ?? process.stdin;
  const tty = input.isTTY === true && io.stdout.isTTY === true;
  const lines = createInterface({
    input,
    output: tty ? (io.stdout as unknown as Writable) : undefined,
    terminal: tty,
  });
  const prompt = () => {
    if (tty) {
      lines.setPrompt(CLI_SV.replPrompt);
      lines.prompt();
    }
  };
  prompt();
  for await (const line of lines) {
    const query = line.trim();
    if (EXIT_WORDS.has(query.toLowerCase())) break;
    if (query !== '') await answer(store, query, io);
    prompt();
  }
  lines.close();
  return 0;
}

/** The text for one line typed: the help, the status (as `remiss status` prints it) or a search's answer. */
async function reply(store: Store, query: string, io: CliIo): Promise<string> {
  const timeZone = answerTimeZone(io.env);
  switch (queryCommand(query)) {
    case 'help':
      return `${CLI_SV.replHelp}\n`;
    case 'status':
      return `${(await statusLines(store, databaseWhere(io.env), timeZone)).join('\n')}\n`;
    default:
      return renderSearchResultText(await ask(store, query), { timeZone });
  }
}

async function answer(store: Store, query: string, io: CliIo): Promise<void> {
  try {
    // A blank line after each answer keeps piped output readable: one answer per query line.
    io.stdout.write(`${await reply(store, query, io)}\n`);
  } catch (error) {
    // One bad query (or a locked database) must not end the session.
    if (isRemissError(error) && CLI_SV.database[error.code]) reportCommandError(error, io);
    else io.stderr.write(`${CLI_SV.replQueryFailed}\n`);
  }
}

async function ingestSeeds(store: Store, dir: string, io: CliIo): Promise<void> {
  io.stderr.write(`${CLI_SV.replIngesting(dir)}\n`);
  const report = await ingestPaths(store, [dir], { curatedCatalogDir: io.env.CATALOG_DIR });
  const notable = report.files.filter((f) => f.status !== 'unchanged');
  const lines = [...notable.map(renderFileLine), ...renderIngestSummary(report)];
  io.stderr.write(`${lines.join('\n')}\n`);
  if (notable.length > 0) await refreshSearchIndex(store);
}
