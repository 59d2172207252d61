import { existsSync } from 'node:fs';
import { SEARCH_SV } from '../core/render/strings-sv.js';
import { renderSearchResultText } from '../core/render/text.js';
import type { SearchResult } from '../core/search/types.js';
import { ErrorCode, isRemissError } from '../errors.js';
import { type AskOptions, ask } from '../search/ask.js';
import { openStore, storeLocation } from '../store/open-store.js';
import type { Store } from '../store/store.js';
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

/**
 * Opens the database REMISS_DB names for a query: read-write so an older schema is upgraded, read-only when the
 * file allows nothing else. Null when the database file does not exist: asking creates nothing.
 */
async function openForQuery(env: NodeJS.ProcessEnv): Promise<Store | null> {
  const location = storeLocation(env);
  if (location.backend === 'sqlite' && location.path !== ':memory:' && !existsSync(location.path)) return null;
  try {
    return await openStore(env);
  } catch (error) {
    if (location.backend === 'sqlite' && isRemissError(error, ErrorCode.DatabaseReadOnly)) {
      return openStore(env, { readOnly: true });
    }
    throw error;
  }
}

function databaseMessage(error: unknown, env: NodeJS.ProcessEnv): string | null {
  if (!isRemissError(error)) return null;
  const location = storeLocation(env);
  const where = location.backend === 'sqlite' ? location.path : 'REMISS_DB';
  const messages: Partial<Record<ErrorCode, (path: string) => string>> = SEARCH_SV.database;
  return messages[error.code]?.(where) ?? null;
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
 * `remiss ask [--json] [--remiss ID] QUERY`. Text: Swedish for the terminal. `--json`: stdout holds exactly one
 * JSON object (the contract in core/search/types.ts). Exit codes: 0 answered (also "no hits"), 1 database missing,
 * empty or unusable, 2 bad usage.
 */
export async function runAsk(args: string[], io: CliIo): Promise<number> {
  const parsed = parseAskArgs(args);
  if (!parsed) {
    io.stderr.write(`${SEARCH_SV.askUsage}\n`);
    return 2;
  }
  let store: Store | null = null;
  try {
    store = await openForQuery(io.env);
    const result: SearchResult = store
      ? await ask(store, parsed.query, askOptions(parsed))
      : { query: parsed.query, kind: 'none', matches: [], choices: [], suggestions: [], notices: ['empty_database'] };
    const empty = result.notices?.includes('empty_database') ?? false;
    if (parsed.json) {
      io.stdout.write(`${toJson(result)}\n`);
      if (empty) io.stderr.write(`${SEARCH_SV.emptyDatabase}\n`);
    } else {
      const options = { timeZone: answerTimeZone(io.env), offset: parsed.offset, nextPage: nextPageCommand(parsed) };
      (empty ? io.stderr : io.stdout).write(renderSearchResultText(result, options));
    }
    return empty ? 1 : 0;
  } catch (error) {
    const message = databaseMessage(error, io.env);
    io.stderr.write(`${message ?? SEARCH_SV.unexpectedError}\n`);
    // English detail for whoever reads logs; never the environment (REMISS_DB may hold a password one day).
    if (!message) io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await store?.close();
  }
}
