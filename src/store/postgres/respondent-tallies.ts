import type { ClientBase } from 'pg';
import {
  matchPageSql,
  rebuildAllTalliesSql,
  refreshTallySql,
  type TallyDialect,
} from '../shared/respondent-tallies.js';
import { ANSWER_ID } from './answer-cache.js';
import { ANSWER_COLUMNS, count } from './rows.js';

/** PostgreSQL's spelling of the shared tally statements: typed "$n" parameters, "C" (code point) order. */
const PG_TALLY: TallyDialect = {
  p: (n) => ['$1::text', '$2::text', '$3::int', '$4::int', '$5::text'][n - 1],
  codePoints: ' COLLATE "C"',
  count,
  positionIn: (param) => `nullif(strpos(${param}, chr(10) || remiss || chr(10)), 0)`,
};

/** Advisory lock class for "this respondent's tallies are being recomputed" (0x74616c6c = "tall"). */
const TALLY_LOCK_CLASS = 0x74616c6c;

export const REBUILD_ALL_TALLIES = rebuildAllTalliesSql(PG_TALLY);
/** Stance ids only: the answers come from the store's AnswerCache. */
export const MATCH_PAGE = matchPageSql(PG_TALLY, ANSWER_ID);
/** Whole answers, for a page's first read (AnswerCache.readsWhole). */
export const MATCH_PAGE_WHOLE = matchPageSql(PG_TALLY, ANSWER_COLUMNS);

const [DELETE_TALLY, INSERT_TALLY] = refreshTallySql(PG_TALLY);

/**
 * Recomputes these respondents' tallies inside the caller's transaction, after its writes. Each respondent is
 * locked first (in key order, so two transactions cannot wait on each other): under READ COMMITTED the recount
 * then sees every committed document of the respondent plus this transaction's own, so when two instances save
 * documents of one respondent at once, whichever counts last counts both.
 */
export async function refreshTallies(db: ClientBase, keys: Iterable<string | null>): Promise<void> {
  const unique = [...new Set(keys)].filter((key): key is string => key !== null).sort();
  for (const key of unique) {
    await lockRespondent(db, key);
    await db.query(DELETE_TALLY, [key]);
    await db.query(INSERT_TALLY, [key]);
  }
}

/**
 * Locks one respondent until the transaction ends (taking it again in the same transaction is free). Saving takes
 * it before looking for the respondent's earlier answer (save-document.ts), and refreshTallies before recounting.
 */
export async function lockRespondent(db: ClientBase, key: string): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [TALLY_LOCK_CLASS, key]);
}
