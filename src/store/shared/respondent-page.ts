import type { AnswerPage } from '../store.js';

/** How a backend spells what the page query needs. */
export interface PageDialect {
  /** The n-th parameter: "?" (SQLite) or "$n" (PostgreSQL). */
  placeholder: (n: number) => string;
  /** "remiss, sort key, stance id" in code-point order. */
  order: string;
  /**
   * The stance's remiss as the filter compares it. SQLite writes "+s.remiss": the unary plus keeps its planner off
   * the remiss index, which would read all 2,000 stances of a remiss (0.5 ms) instead of the respondent's few.
   */
  remiss: string;
  /** A LIMIT value that means "no limit" (an OFFSET needs a LIMIT in SQLite): -1 there, NULL in PostgreSQL. */
  noLimit: number | null;
}

/**
 * The WHERE … ORDER BY … LIMIT … OFFSET tail of a respondent's answers, after `FROM documents d JOIN stances s`.
 * The respondent key is the first parameter; `params` are the ones after it.
 */
export function respondentPageQuery(page: AnswerPage, dialect: PageDialect): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const next = (value: unknown) => {
    params.push(value);
    return dialect.placeholder(params.length + 1);
  };
  let sql = `WHERE d.respondent_key = ${dialect.placeholder(1)}`;
  if (page.remiss !== undefined) sql += ` AND ${dialect.remiss} = ${next(page.remiss)}`;
  sql += ` ORDER BY ${dialect.order}`;
  const limit = page.limit === undefined ? undefined : Math.max(0, Math.floor(page.limit));
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  if (limit !== undefined || offset > 0) sql += ` LIMIT ${next(limit ?? dialect.noLimit)}`;
  if (offset > 0) sql += ` OFFSET ${next(offset)}`;
  return { sql, params };
}
