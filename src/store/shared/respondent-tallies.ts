import type { ResultTotals } from '../../core/search/types.js';
import type { Stance } from '../../core/types.js';
import type { MatchPage } from '../store.js';
import { tallyColumns, toTally } from './rows.js';

/**
 * `respondent_tallies`: per respondent and remiss, the matches (distinct proposals) and stances, kept by the
 * writers (save-document.ts, the SQLite → PostgreSQL copy) whenever a respondent's documents change. A respondent
 * query then reads its totals and picks its page from a few tally rows instead of counting every answer the
 * respondent ever gave (8 documents × 50 stances in the bench: ~1 ms on PostgreSQL, a second round trip).
 */
export const TALLY_TABLE = `
  CREATE TABLE respondent_tallies (
    respondent_key TEXT NOT NULL,
    remiss TEXT NOT NULL,
    proposals INTEGER NOT NULL,
    n_for INTEGER NOT NULL,
    n_partly INTEGER NOT NULL,
    n_against INTEGER NOT NULL,
    n_neutral INTEGER NOT NULL,
    PRIMARY KEY (respondent_key, remiss)
  )`;

const COLUMNS = 'respondent_key, remiss, proposals, n_for, n_partly, n_against, n_neutral';
const TALLIED = ['proposals', 'n_for', 'n_partly', 'n_against', 'n_neutral'];
const TOTAL_COLUMNS = TALLIED.map((column) => `total_${column}`);

/** How a backend spells what the tally statements need. */
export interface TallyDialect {
  /** The n-th parameter: "?n" (SQLite) or "$n" (PostgreSQL). */
  p: (n: number) => string;
  /** Appended to text compared in code-point order: "" (SQLite's BINARY) or ' COLLATE "C"'. */
  codePoints: string;
  /** The backend's count of one stance over `s`. */
  count: (stance: Stance) => string;
  /**
   * Where `remiss` stands in the text parameter `param` (the display order, see pageBounds): a number that grows
   * with the position, NULL when absent. A text search, since SQLite has no array parameters.
   */
  positionIn: (param: string) => string;
}

/** Every respondent's tallies from the stored stances: the migration that adds the table fills it with this. */
export function rebuildAllTalliesSql(dialect: TallyDialect): string {
  return `INSERT INTO respondent_tallies (${COLUMNS})
    SELECT d.respondent_key, s.remiss, count(DISTINCT s.sort_key), ${tallyColumns(dialect.count)}
    FROM documents d JOIN stances s ON s.document_id = d.id
    WHERE d.respondent_key IS NOT NULL
    GROUP BY d.respondent_key, s.remiss`;
}

/**
 * One respondent's tallies recomputed (parameter 1: the respondent key): run both statements, in order, in the
 * transaction that changed the respondent's documents, after the change.
 */
export function refreshTallySql(dialect: TallyDialect): [string, string] {
  const key = dialect.p(1);
  return [
    `DELETE FROM respondent_tallies WHERE respondent_key = ${key}`,
    `INSERT INTO respondent_tallies (${COLUMNS})
     SELECT ${key}, s.remiss, count(DISTINCT s.sort_key), ${tallyColumns(dialect.count)}
     FROM documents d JOIN stances s ON s.document_id = d.id
     WHERE d.respondent_key = ${key}
     GROUP BY s.remiss`,
  ];
}

/**
 * One page of a respondent's matches with the totals over all of them, in one statement. Parameters: 1 the
 * respondent key, 2 the remiss or NULL for all, 3 the matches to skip, 4 the page size in matches, 5 the remisser
 * in display order (as pageBounds writes them; remisser not in it come after, in code-point order). Matches are numbered in display
 * order (remiss, then sort key in code points) from the tallies, so only the stances of the remisser the page
 * touches are read and ranked. One row holds the totals (its answer columns NULL; it sorts wherever NULL sorts),
 * the others the page's answers (their total columns NULL: the totals are sent once rather than with each of 50
 * answers, five fields fewer per row for the client to decode). `answerColumns` are the backend's, over `stances s JOIN documents d`.
 */
export function matchPageSql(dialect: TallyDialect, answerColumns: string): string {
  const { p, codePoints } = dialect;
  const [key, remiss, offset, limit] = [p(1), p(2), p(3), p(4)];
  const position = `coalesce(${dialect.positionIn(p(5))}, 2147483647)`;
  const sum = (column: string) => `CAST(coalesce(sum(${column}), 0) AS INTEGER) AS total_${column}`;
  // t is materialised and CROSS JOIN keeps it the outer loop in SQLite (PostgreSQL plans the joins itself): from
  // the page's remisser to their documents to their stances, instead of re-running t for each of the respondent's
  // stances. The totals row pads its answer columns with an empty LEFT JOIN of the page, whatever they are.
  return `WITH t AS MATERIALIZED (
      SELECT remiss, proposals,
        sum(proposals) OVER (ORDER BY ${position}, remiss${codePoints} ROWS UNBOUNDED PRECEDING) - proposals AS before
      FROM respondent_tallies
      WHERE respondent_key = ${key} AND (${remiss} IS NULL OR remiss = ${remiss})
    ),
    totals AS (
      SELECT ${TALLIED.map(sum).join(', ')}
      FROM respondent_tallies
      WHERE respondent_key = ${key} AND (${remiss} IS NULL OR remiss = ${remiss})
    ),
    hits AS (
      SELECT ${answerColumns},
        t.before + dense_rank() OVER (PARTITION BY s.remiss ORDER BY s.sort_key${codePoints}) AS match_no
      FROM t CROSS JOIN documents d CROSS JOIN stances s
      WHERE t.before < ${offset} + ${limit} AND t.before + t.proposals > ${offset}
        AND d.respondent_key = ${key} AND coalesce(d.remiss, '') = t.remiss AND s.document_id = d.id
    ),
    page AS (SELECT * FROM hits WHERE match_no > ${offset} AND match_no <= ${offset} + ${limit})
    SELECT page.*, ${TOTAL_COLUMNS.map((c) => `NULL AS ${c}`).join(', ')} FROM page
    UNION ALL
    SELECT page.*, totals.* FROM totals LEFT JOIN page ON 1 = 0
    ORDER BY match_no, stance_id`;
}

/** The rows of `matchPageSql` → the rows of the page's answers (still to be mapped) and the totals. */
export function splitMatchPage(rows: readonly Record<string, unknown>[]): {
  answerRows: Record<string, unknown>[];
  totals: ResultTotals;
} {
  const totalsRow = rows.find((row) => row.stance_id === null || row.stance_id === undefined) ?? {};
  const tally = toTally({
    n_for: totalsRow.total_n_for ?? 0,
    n_partly: totalsRow.total_n_partly ?? 0,
    n_against: totalsRow.total_n_against ?? 0,
    n_neutral: totalsRow.total_n_neutral ?? 0,
  });
  const answerRows = rows.filter((row) => row.stance_id !== null && row.stance_id !== undefined);
  const total = tally.for + tally.partly + tally.against + tally.neutral;
  return { answerRows, totals: { matches: Number(totalsRow.total_proposals ?? 0), answers: total, tally } };
}

/**
 * A page request as the statement's parameters 2–5: whole numbers, at least one match per page, and the display
 * order as one text, each id between newlines ("\nSkr. 2023/24:10\nSOU 2024:72\n"), which both databases can
 * search for "\n<remiss>\n" (ids are one line; one with a newline in it is left out and sorts last).
 */
export function pageBounds(page: MatchPage): { remiss: string | null; offset: number; limit: number; order: string } {
  const ids = (page.remissOrder ?? []).filter((id) => !id.includes('\n'));
  return {
    remiss: page.remiss ?? null,
    order: `\n${ids.join('\n')}\n`,
    offset: Math.max(0, Math.floor(page.offset) || 0),
    limit: Math.max(1, Math.floor(page.limit) || 1),
  };
}
