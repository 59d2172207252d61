import type { StatementSync } from 'node:sqlite';
import {
  matchPageSql,
  rebuildAllTalliesSql,
  refreshTallySql,
  type TallyDialect,
} from '../shared/respondent-tallies.js';
import { ANSWER_COLUMNS, count } from './rows.js';

/** SQLite's spelling of the shared tally statements: numbered "?n" parameters, BINARY (code point) order. */
const SQLITE_TALLY: TallyDialect = {
  p: (n) => `?${n}`,
  codePoints: '',
  count,
  positionIn: (param) => `nullif(instr(${param}, char(10) || remiss || char(10)), 0)`,
};

export const REBUILD_ALL_TALLIES = rebuildAllTalliesSql(SQLITE_TALLY);
export const MATCH_PAGE = matchPageSql(SQLITE_TALLY, ANSWER_COLUMNS);

const [DELETE_TALLY, INSERT_TALLY] = refreshTallySql(SQLITE_TALLY);

/** Recomputes these respondents' tallies inside the caller's transaction (SQLite has one writer at a time). */
export function refreshTallies(prepare: (sql: string) => StatementSync, keys: Iterable<string | null>): void {
  for (const key of new Set(keys)) {
    if (key === null) continue;
    prepare(DELETE_TALLY).run(key);
    prepare(INSERT_TALLY).run(key);
  }
}
