import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { renderSearchResultText } from '../core/render/text.js';
import { queryCommand } from '../core/search/query-command.js';
import { ErrorCode, isRemissError } from '../errors.js';
import { ingestPaths } from '../ingest/pipeline.js';
import { ask, refreshSearchIndex } from '../search/ask.js';
import type { Store } from '../store/store.js';
import { PAGE_SIZE } from './ask.js';
import { commandErrorText, databaseWhere, reportCommandError } from './cli-store.js';
import { retryLaterSv } from './database-strings-sv.js';
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
 * query per line with the same search and renderer as `remiss ask`, and "status" and "hjälp" as Slack answers
 * them; "nästa" pages on through a long answer. Ingest notes and the greeting go to stderr, so piped stdout holds
 * only answers. Returns the exit code (0 at EOF or "avsluta").
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
  const session = new Session(store, io);
  for await (const line of lines) {
    const query = line.trim();
    if (EXIT_WORDS.has(query.toLowerCase())) break;
    if (query !== '') await session.answer(query);
    prompt();
  }
  lines.close();
  return 0;
}

/** "nästa": the next page of the last answer, when that answer was a page of a respondent's proposals. */
const NEXT_PAGE = /^nästa$/i;

/** One prompt's conversation: what the last answer left unshown, for "nästa". */
class Session {
  /** The query and offset of the page after the last answer; null when it showed everything. */
  private next: { query: string; offset: number } | null = null;

  constructor(
    private readonly store: Store,
    private readonly io: CliIo,
  ) {}

  async answer(line: string): Promise<void> {
    try {
      // A blank line after each answer keeps piped output readable: one answer per query line.
      this.io.stdout.write(`${await this.reply(line)}\n`);
    } catch (error) {
      // One bad query (or a locked database) must not end the session.
      if (isRemissError(error) && CLI_SV.database[error.code]) {
        const line = commandErrorText(error, this.io.env);
        // A database lost while the session runs usually comes back (the store reconnects): say to try again.
        const retry = error.code === ErrorCode.DatabaseUnavailable ? ` ${retryLaterSv}` : '';
        this.io.stderr.write(`${line}${retry}\n`);
      } else this.io.stderr.write(`${CLI_SV.replQueryFailed}\n`);
    }
  }

  /** The text for one line typed: the help, the status (as `remiss status` prints it) or a search's answer. */
  private async reply(line: string): Promise<string> {
    const timeZone = answerTimeZone(this.io.env);
    const page = NEXT_PAGE.test(line) ? this.next : null;
    this.next = null;
    switch (page ? null : queryCommand(line)) {
      case 'help':
        return `${CLI_SV.replHelp}\n`;
      case 'status':
        return `${(await statusLines(this.store, databaseWhere(this.io.env), timeZone)).join('\n')}\n`;
      default: {
        const { query, offset } = page ?? { query: line, offset: 0 };
        const result = await ask(this.store, query, { limit: PAGE_SIZE, pageSize: PAGE_SIZE, offset });
        const rest = offset + result.matches.length;
        if (result.kind === 'respondent' && rest < (result.totals?.matches ?? 0)) this.next = { query, offset: rest };
        return renderSearchResultText(result, { timeZone, offset, nextPage: () => CLI_SV.replNextPage });
      }
    }
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
