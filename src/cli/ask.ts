import { existsSync } from 'node:fs';
import { SEARCH_SV } from '../core/render/strings-sv.js';
import { renderSearchResultText } from '../core/render/text.js';
import type { SearchResult } from '../core/search/types.js';
import { ErrorCode, isRemissError } from '../errors.js';
import { ask } from '../search/ask.js';
import { openStore, storeLocation } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { answerTimeZone } from './format-time.js';
import type { CliIo } from './io.js';

interface AskArgs {
  json: boolean;
  remiss?: string;
  query: string;
}

/** `[--json] [--remiss "SOU 2024:72"] QUERY... [-- QUERY...]`: options anywhere, words joined with spaces. Null on bad usage. */
export function parseAskArgs(args: readonly string[]): AskArgs | null {
  let json = false;
  let remiss: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      // Everything after "--" is query text: `ask -- --json` searches for "--json".
      words.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--json') json = true;
    else if (arg === '--remiss') {
      remiss = args[++i];
      if (remiss === undefined) return null;
    } else if (arg.startsWith('--remiss=')) remiss = arg.slice('--remiss='.length);
    else if (arg.startsWith('--')) return null;
    else words.push(arg);
  }
  return { json, remiss, query: words.join(' ') };
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
      ? await ask(store, parsed.query, { remiss: parsed.remiss })
      : { query: parsed.query, kind: 'none', matches: [], choices: [], suggestions: [], notices: ['empty_database'] };
    const empty = result.notices?.includes('empty_database') ?? false;
    if (parsed.json) {
      io.stdout.write(`${toJson(result)}\n`);
      if (empty) io.stderr.write(`${SEARCH_SV.emptyDatabase}\n`);
    } else {
      (empty ? io.stderr : io.stdout).write(renderSearchResultText(result, { timeZone: answerTimeZone(io.env) }));
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
