import { renderSearchResultText } from '../core/render/text.js';
import type { SearchResult } from '../core/search/types.js';
import { type AskOptions, ask } from '../search/ask.js';
import { databaseExists, databaseWhere, withStoreForReading } from './cli-store.js';
import { answerTimeZone } from './format-time.js';
import type { CliIo } from './io.js';
import { CLI_SV } from './strings-sv.js';

interface AskArgs {
  json: boolean;
  remiss?: string;
  /** A respondent's proposals to skip (the next page starts at 50); 0 when not given. */
  offset: number;
  /** Every proposal at once instead of a page of PAGE_SIZE. */
  all: boolean;
  query: string;
}

/** Proposals per page of a respondent's answers: the engine's default page, which `--offset` steps through. */
export const PAGE_SIZE = 50;
/** "--all": more proposals than any remiss has (a real SOU has 150+), so one page holds them all. */
const ALL = 100_000;

/**
 * `[--json] [--remiss "SOU 2024:72"] [--offset N | --all] QUERY... [-- QUERY...]`: options anywhere, `--opt=value`
 * too, words joined with spaces. Null on bad usage.
 */
export function parseAskArgs(args: readonly string[]): AskArgs | null {
  const parsed: AskArgs = { json: false, offset: 0, all: false, query: '' };
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      // Everything after "--" is query text: `ask -- --json` searches for "--json".
      words.push(...args.slice(i + 1));
      break;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const value = () => inline ?? args[++i];
    if (flag === '--json' && inline === undefined) parsed.json = true;
    else if (flag === '--all' && inline === undefined) parsed.all = true;
    else if (flag === '--remiss') {
      parsed.remiss = value();
      if (parsed.remiss === undefined) return null;
    } else if (flag === '--offset') {
      const offset = value();
      if (offset === undefined || !/^\d+$/.test(offset)) return null;
      parsed.offset = Number(offset);
    } else if (arg.startsWith('--')) return null;
    else words.push(arg);
  }
  return { ...parsed, query: words.join(' ') };
}

/** A word as a POSIX shell reads it back: bare when safe, else in single quotes ("Åstorps kommun" => 'Åstorps kommun'). */
function shellWord(word: string): string {
  return /^[\p{L}\p{N}._:/+-]+$/u.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** The command that shows the page starting at `offset`, as the hint under a respondent's heading names it. */
function nextPageCommand(args: AskArgs): (offset: number) => string {
  const remiss = args.remiss === undefined ? '' : ` --remiss ${shellWord(args.remiss)}`;
  // A query that starts with "--" goes after "--", or ask would read it as an option.
  const query = args.query.startsWith('--') ? `-- ${shellWord(args.query)}` : shellWord(args.query);
  return (offset) => CLI_SV.askNextPage(`npm run remiss -- ask${remiss} --offset ${offset} ${query}`);
}

/** One page of PAGE_SIZE proposals from `--offset`, or with `--all` every one (a page as large as any remiss). */
function askOptions(args: AskArgs): AskOptions {
  const size = args.all ? ALL : PAGE_SIZE;
  return { remiss: args.remiss, limit: size, pageSize: size, offset: args.offset };
}

/** The `ask --json` contract: one object, `query`, `kind`, `matches` first; choices, suggestions, notices after. */
function toJson(result: SearchResult): string {
  return JSON.stringify(result);
}

/**
 * `remiss ask [--json] [--remiss ID] [--offset N | --all] QUERY`. Text: Swedish for the terminal. `--json`: stdout
 * holds exactly one JSON object (the contract in core/search/types.ts), also when there is nothing to search.
 * Exit codes: 0 answered (also "no hits"), 1 database missing, without remissvar or unusable, 2 bad usage.
 */
export async function runAsk(args: string[], io: CliIo): Promise<number> {
  const parsed = parseAskArgs(args);
  if (!parsed) {
    io.stderr.write(`${CLI_SV.askUsage}\n`);
    return 2;
  }
  const where = databaseWhere(io.env);
  // Asking creates nothing: a missing file is said, as every read-only command says it.
  if (!databaseExists(io.env)) return nothingToSearch(parsed, io, CLI_SV.noDatabase(where));
  return withStoreForReading(io, async (store) => {
    const result = await ask(store, parsed.query, askOptions(parsed));
    if (result.notices?.includes('empty_database')) return nothingToSearch(parsed, io, CLI_SV.noResponses(where));
    if (parsed.json) io.stdout.write(`${toJson(result)}\n`);
    else {
      const options = { timeZone: answerTimeZone(io.env), offset: parsed.offset, nextPage: nextPageCommand(parsed) };
      io.stdout.write(renderSearchResultText(result, options));
    }
    return 0;
  });
}

/** No database or no remissvar: the message on stderr, and for --json still the one object its readers expect. */
function nothingToSearch(args: AskArgs, io: CliIo, message: string): number {
  if (args.json) {
    const empty: SearchResult = {
      query: args.query,
      kind: 'none',
      matches: [],
      choices: [],
      suggestions: [],
      notices: ['empty_database'],
    };
    io.stdout.write(`${toJson(empty)}\n`);
  }
  io.stderr.write(`${message}\n`);
  return 1;
}
