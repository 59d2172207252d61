import type { QueryResultRow } from 'pg';
import type { StoredAnswer } from '../store.js';
import { ANSWER_COLUMNS, ANSWER_FROM, toAnswer } from './rows.js';

/** What a search statement selects: the stance's id alone; the answer itself comes from AnswerCache. */
export const ANSWER_ID = 's.id AS stance_id';

const ANSWERS_BY_ID = `SELECT ${ANSWER_COLUMNS} FROM ${ANSWER_FROM} WHERE s.id = ANY($1::bigint[])`;

/** About 0.6 KB each in the bench's corpus (quotes of ~250 characters): 25,000 answers are ~15 MB. */
export const DEFAULT_ANSWER_CACHE_SIZE = 25_000;

type Query = (sql: string, params: unknown[]) => Promise<QueryResultRow[]>;

/**
 * The answers search has met, by stance id, so a search statement sends ids rather than every answer's quote,
 * reason and document again: PostgreSQL still finds, orders, pages and counts the answers with its indexes on every
 * query; what it no longer does is send the same bytes again (a 50-proposal page is ~17 KB of rows, and decoding
 * it was most of a query's time in this process). A stance row never changes once written and neither does its
 * document (a new version is new rows; the old ones are deleted), so an entry cannot go stale; a stance deleted
 * meanwhile is dropped, as a read a moment later would not have found it. Answers not met before are read in
 * one statement. Least recently used entries go beyond `capacity`.
 *
 * The answers handed out are frozen: they are shared by every caller that reads the same stance.
 */
export class AnswerCache {
  private readonly entries = new Map<number, StoredAnswer>();
  /** The reads (a statement and its parameters, as `readsWhole` was given them) answered lately, least recent first. */
  private readonly readKeys = new Map<string, true>();

  constructor(
    private readonly query: Query,
    private readonly capacity = DEFAULT_ANSWER_CACHE_SIZE,
  ) {}

  /**
   * Whether a search read named `key` (its statement and parameters) should select whole answers rather than
   * stance ids: true the first time this cache sees the key (lately), and always when it keeps nothing. A page
   * not read before is almost never in the cache, and ids followed by the missing rows would be two round trips
   * where one statement with whole rows is one; a page read again gets ids, and its answers from here. Marks the
   * key read.
   */
  readsWhole(key: string): boolean {
    if (this.capacity <= 0) return true;
    const seen = this.readKeys.delete(key);
    this.readKeys.set(key, true);
    // As many keys as answers at most: a key stands for one or more answers.
    if (this.readKeys.size > this.capacity) this.readKeys.delete(this.readKeys.keys().next().value as string);
    return !seen;
  }

  /** Rows with whole answers (ANSWER_COLUMNS) → their answers, in the rows' order, kept for later reads. */
  keep(rows: readonly QueryResultRow[]): StoredAnswer[] {
    const answers = rows.map((row) => {
      const answer = Object.freeze(toAnswer(row));
      this.entries.delete(answer.stanceId);
      this.entries.set(answer.stanceId, answer);
      return answer;
    });
    this.evict();
    return answers;
  }

  /** Rows with a `stance_id` column → their answers, in the rows' order. */
  async answers(rows: readonly QueryResultRow[]): Promise<StoredAnswer[]> {
    const ids = rows.map((row) => Number(row.stance_id));
    const missing = ids.filter((id) => !this.entries.has(id));
    const fetched = new Map<number, StoredAnswer>();
    if (missing.length > 0) {
      for (const row of await this.query(ANSWERS_BY_ID, [missing])) {
        const answer = Object.freeze(toAnswer(row));
        fetched.set(answer.stanceId, answer);
      }
    }
    const answers: StoredAnswer[] = [];
    for (const id of ids) {
      const answer = this.entries.get(id) ?? fetched.get(id);
      if (answer === undefined) continue;
      // Map keeps insertion order: re-inserting marks the entry most recently used.
      this.entries.delete(id);
      this.entries.set(id, answer);
      answers.push(answer);
    }
    this.evict();
    return answers;
  }

  /** How many answers are kept (for tests and the bench). */
  get size(): number {
    return this.entries.size;
  }

  /** Forgets every answer and every read. */
  clear(): void {
    this.entries.clear();
    this.readKeys.clear();
  }

  private evict(): void {
    let excess = this.entries.size - this.capacity;
    if (excess <= 0) return;
    for (const id of this.entries.keys()) {
      if (excess-- <= 0) break;
      this.entries.delete(id);
    }
  }
}
