import { Pool, type PoolClient, type QueryResultRow } from 'pg';
import { compareSortKeys } from '../../core/search/answer-order.js';
import type { Proposal, RemissRef } from '../../core/types.js';
import { ErrorCode, RemissError } from '../../errors.js';
import { orphansOf } from '../correction-rows.js';
import { respondentKey } from '../respondent-key.js';
import { CHANGE_MARKER_SELECT, toChangeMarker } from '../shared/change-marker.js';
import { type PageDialect, respondentPageQuery } from '../shared/respondent-page.js';
import { pageBounds, splitMatchPage } from '../shared/respondent-tallies.js';
import { toProposals } from '../shared/rows.js';
import type {
  AnswerPage,
  Correction,
  CorrectionInput,
  CorrectionOutcome,
  IngestOutcome,
  IngestRecord,
  MatchPage,
  RespondentMatches,
  RespondentTally,
  ResponseSummary,
  Store,
  StoredAnswer,
  StoreStatus,
} from '../store.js';
import { addCorrectionRow, correctionsSinceRows, currentCorrectionRows, stanceKeyRows } from './corrections.js';
import { claimDigestRow, completeDigestRow, lastDigestSentAtRow, releaseDigestRow } from './digest-runs.js';
import { DocumentCache, STANCE_COLUMNS } from './document-cache.js';
import { migratePostgres } from './migrate.js';
import { isConnectionError, isRetryableConflict, toStoreError } from './pg-errors.js';
import { preparedQuery } from './prepared.js';
import { boundReads } from './read-timeout.js';
import { redactSecret, redactUrl } from './redact.js';
import { MATCH_PAGE, TALLY_ROWS } from './respondent-tallies.js';
import {
  ANSWER_COLUMNS,
  ANSWER_FROM,
  isoString,
  SUMMARY_GROUP,
  SUMMARY_SELECT,
  toAnswer,
  toRespondentTally,
  toSummary,
} from './rows.js';
import { saveDocumentRows } from './save-document.js';
import { containsPattern, fold, searchWords } from './search-text.js';
import { analyzeIfNeverAnalyzed } from './statistics.js';

export interface PostgresStoreOptions {
  /** Queries work, every write throws DatabaseReadOnly, and an outdated schema is refused rather than migrated. */
  readOnly?: boolean;
  /** Default `addedAt` for saved documents. */
  clock?: () => Date;
  /** Connections per instance. Default 10. */
  poolSize?: number;
  /** How long to wait for a connection (new or from a busy pool) before DatabaseUnavailable. Default 5000 ms. */
  connectTimeoutMs?: number;
  /**
   * Bound on one query: the server cancels a statement running longer, and a connection that hears nothing from
   * the server for this long is dropped (read-timeout.ts). Default 30000 ms; 0 for none.
   */
  queryTimeoutMs?: number;
  /** How long to wait for another instance's schema migration. Default 60000 ms. */
  migrationLockTimeoutMs?: number;
  /** Told (with the password removed) when an idle connection breaks; the pool replaces it by itself. */
  onConnectionError?: (message: string) => void;
}

const MAX_SEARCH_LIMIT = 1000;
/** "C": code-point order, as proposalSortKey needs and SQLite sorts, whatever the server's locale. */
const PG_PAGE: PageDialect = {
  placeholder: (n) => `$${n}`,
  order: 's.remiss COLLATE "C", s.sort_key COLLATE "C", s.id',
  remiss: 's.remiss',
  noLimit: null,
};
const TRANSIENT_ATTEMPTS = 3;

/**
 * Opens a PostgreSQL store (REMISS_DB=postgres://…), the shared store for several instances, and brings its
 * schema up to date under an advisory lock. Throws RemissError: DatabaseUnavailable (unreachable, wrong
 * password, no such database; the message names the database without its password), DatabaseTooNew (schema
 * newer than this code), DatabaseLocked (another instance's migration outlasted `migrationLockTimeoutMs`).
 * Later, a lost server makes queries fail with DatabaseUnavailable; the pool reconnects on its own.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const where = redactUrl(url);
  if (!URL.canParse(url)) {
    throw new RemissError(ErrorCode.InvalidConfig, `REMISS_DB is not a valid PostgreSQL URL: ${where}`);
  }
  const queryTimeout = options.queryTimeoutMs ?? 30_000;
  const pool = new Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    // Server-side: the server cancels a statement that runs longer (SQLSTATE 57014).
    statement_timeout: queryTimeout,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    application_name: 'remiss',
  });
  boundReads(pool, queryTimeout);
  // Without a listener, a server restart that breaks an idle connection would crash the process.
  pool.on('error', (error) => options.onConnectionError?.(redactSecret(error.message, url)));
  try {
    await migratePostgres(pool, {
      readOnly: options.readOnly ?? false,
      lockTimeoutMs: options.migrationLockTimeoutMs ?? 60_000,
      where,
    });
    if (!options.readOnly) await analyzeIfNeverAnalyzed(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw toStoreError(error, url);
  }
  return new PostgresStore(pool, url, options.readOnly ?? false, options.clock ?? (() => new Date()));
}

class PostgresStore implements Store {
  readonly backend = 'postgres' as const;
  private closed = false;
  writes = 0;
  private readonly documents = new DocumentCache((sql, params) => this.pool.query(sql, params).then((r) => r.rows));

  constructor(
    private readonly pool: Pool,
    private readonly url: string,
    private readonly readOnly: boolean,
    private readonly clock: () => Date,
  ) {}

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  async saveDocument(record: IngestRecord): Promise<IngestOutcome> {
    return this.transaction((client) => saveDocumentRows(client, record, record.addedAt ?? this.clock()));
  }

  async upsertProposals(proposals: Proposal[], source: 'curated' | 'harvested'): Promise<void> {
    if (proposals.length === 0) return;
    // A curated title replaces anything; a harvested one only fills a gap (the first document to quote it wins).
    const onConflict = source === 'curated' ? "UPDATE SET title = excluded.title, source = 'curated'" : 'NOTHING';
    const remisser = proposals.map((p) => p.remiss);
    await this.transaction(async (client) => {
      await client.query('INSERT INTO remisser (id) SELECT DISTINCT unnest($1::text[]) ON CONFLICT (id) DO NOTHING', [
        remisser,
      ]);
      // One row per key: ON CONFLICT cannot touch the same row twice in one statement; the last entry wins.
      const unique = [...new Map(proposals.map((p) => [`${p.remiss}\u0000${p.number}`, p])).values()];
      await client.query(
        `INSERT INTO proposals (remiss, number, title, source)
         SELECT u.remiss, u.number, u.title, $4 FROM unnest($1::text[], $2::text[], $3::text[]) AS u (remiss, number, title)
         ON CONFLICT (remiss, number) DO ${onConflict}`,
        [unique.map((p) => p.remiss), unique.map((p) => p.number), unique.map((p) => p.title), source],
      );
    });
  }

  async documentByHash(contentHash: string): Promise<ResponseSummary | null> {
    const rows = await this.rows(`${SUMMARY_SELECT} WHERE d.content_hash = $1 ${SUMMARY_GROUP}`, [contentHash]);
    return rows.length > 0 ? toSummary(rows[0]) : null;
  }

  async listRemisser(): Promise<RemissRef[]> {
    const rows = await this.rows('SELECT id, title FROM remisser ORDER BY id COLLATE "C"');
    return rows.map((row) => ({ id: String(row.id), title: row.title === null ? null : String(row.title) }));
  }

  async listProposals(remiss?: string): Promise<Proposal[]> {
    return toProposals(
      remiss === undefined
        ? await this.rows('SELECT remiss, number, title FROM proposals')
        : await this.rows('SELECT remiss, number, title FROM proposals WHERE remiss = $1', [remiss]),
    );
  }

  async listRespondents(): Promise<Array<{ respondent: string; remiss: string }>> {
    // Byte order ("C"), as SQLite sorts, so both backends list names identically whatever the server's locale.
    const rows = await this.rows(
      `SELECT DISTINCT respondent COLLATE "C" AS respondent, coalesce(remiss, '') COLLATE "C" AS remiss
       FROM documents WHERE respondent IS NOT NULL ORDER BY 1, 2`,
    );
    return rows.map((row) => ({ respondent: String(row.respondent), remiss: String(row.remiss) }));
  }

  /** Stances only, through the (proposal, remiss) index; documents from the cache; ordered here, not by a sort there. */
  async answersForProposal(number: string, remiss?: string): Promise<StoredAnswer[]> {
    const base = `SELECT ${STANCE_COLUMNS} FROM stances s WHERE s.proposal = $1`;
    const rows =
      remiss === undefined
        ? await this.prepared(base, [number])
        : await this.prepared(`${base} AND s.remiss = $2`, [number, remiss]);
    const answers = await this.run(() => this.documents.answers(rows));
    return answers.sort(
      (a, b) =>
        compareSortKeys(a.remiss, b.remiss) || compareSortKeys(a.respondent, b.respondent) || a.stanceId - b.stanceId,
    );
  }

  /** Exact after trimming and Swedish case folding: "åstorps KOMMUN" finds "Åstorps kommun". */
  async answersForRespondent(respondent: string, page: AnswerPage = {}): Promise<StoredAnswer[]> {
    const { sql, params } = respondentPageQuery(page, PG_PAGE);
    const rows = await this.prepared(
      `SELECT ${ANSWER_COLUMNS} FROM documents d JOIN stances s ON s.document_id = d.id ${sql}`,
      [respondentKey(respondent), ...params],
    );
    return rows.map(toAnswer);
  }

  async respondentTally(respondent: string): Promise<RespondentTally[]> {
    return (await this.prepared(TALLY_ROWS, [respondentKey(respondent)])).map(toRespondentTally);
  }

  async respondentMatches(respondent: string, page: MatchPage): Promise<RespondentMatches> {
    const { remiss, offset, limit, order } = pageBounds(page);
    const rows = await this.prepared(MATCH_PAGE, [respondentKey(respondent), remiss, offset, limit, order]);
    const { answerRows, totals } = splitMatchPage(rows);
    return { answers: await this.run(() => this.documents.answers(answerRows)), totals };
  }

  /**
   * Words of 3+ characters through the pg_trgm index; shorter text as one substring. Like the SQLite backend,
   * the first `limit` hits in stance order, unranked: ranking every hit of a common word ("förslaget" is in half
   * of all quotes) costs 200 ms on 100,000 quotes, a plain LIMIT under 1 ms. Callers group and rank.
   */
  async searchQuotes(text: string, limit: number): Promise<StoredAnswer[]> {
    const cap = Math.max(1, Math.min(Math.floor(limit) || 1, MAX_SEARCH_LIMIT));
    const words = searchWords(text);
    const literal = fold(text.trim());
    if (words.length === 0 && literal === '') return [];
    const patterns = words.length > 0 ? words.map(containsPattern) : [containsPattern(literal)];
    const conditions = patterns.map((_, i) => `search_text LIKE $${i + 2}`).join(' AND ');
    const rows = await this.rows(
      `WITH hits AS (SELECT id FROM stances WHERE ${conditions} LIMIT $1)
       SELECT ${STANCE_COLUMNS} FROM hits JOIN stances s ON s.id = hits.id ORDER BY s.id`,
      [cap, ...patterns],
    );
    return this.run(() => this.documents.answers(rows));
  }

  async allAnswers(remiss?: string): Promise<StoredAnswer[]> {
    const base = `SELECT ${ANSWER_COLUMNS} FROM ${ANSWER_FROM}`;
    const rows =
      remiss === undefined
        ? await this.rows(`${base} ORDER BY s.remiss COLLATE "C", s.id`)
        : await this.rows(`${base} WHERE s.remiss = $1 ORDER BY s.id`, [remiss]);
    return rows.map(toAnswer);
  }

  /** Responses (not the inquiry's own reports) added at or after `since`, oldest first; uses the added_at index. */
  async responsesAddedSince(since: Date): Promise<ResponseSummary[]> {
    const rows = await this.rows(
      `${SUMMARY_SELECT} WHERE d.added_at >= $1 AND d.kind <> 'report' ${SUMMARY_GROUP} ORDER BY d.added_at, d.id`,
      [since],
    );
    return rows.map(toSummary);
  }

  async status(): Promise<StoreStatus> {
    const rows = await this.rows(
      `SELECT (SELECT count(*) FROM remisser) AS remisser,
              (SELECT count(*) FROM documents WHERE kind <> 'report') AS responses,
              (SELECT count(*) FROM stances) AS stances,
              last.added_at, last.file_name
       FROM (SELECT 1) AS one
       LEFT JOIN (SELECT added_at, file_name FROM documents ORDER BY added_at DESC, id DESC LIMIT 1) AS last ON true`,
    );
    const row = rows[0] ?? {};
    return {
      remisser: Number(row.remisser ?? 0),
      responses: Number(row.responses ?? 0),
      stances: Number(row.stances ?? 0),
      lastAddedAt: row.added_at ? isoString(row.added_at) : null,
      lastAddedFile: row.file_name ? String(row.file_name) : null,
    };
  }

  async changeMarker(): Promise<string> {
    return toChangeMarker((await this.prepared(CHANGE_MARKER_SELECT, []))[0]);
  }

  async claimDigest(day: string, now: Date, leaseMs: number): Promise<boolean> {
    this.assertWritable();
    return this.run(() => claimDigestRow(this.pool, day, now, leaseMs));
  }

  async completeDigest(day: string, now: Date): Promise<void> {
    this.assertWritable();
    await this.run(() => completeDigestRow(this.pool, day, now));
  }

  async releaseDigest(day: string): Promise<void> {
    this.assertWritable();
    await this.run(() => releaseDigestRow(this.pool, day));
  }

  async lastDigestSentAt(): Promise<Date | null> {
    return this.run(() => lastDigestSentAtRow(this.pool));
  }

  async documentStances(
    documentId: number,
  ): Promise<{ contentHash: string; path: string; answers: StoredAnswer[] } | null> {
    const document = await this.rows('SELECT content_hash, path FROM documents WHERE id = $1', [documentId]);
    if (!document[0]) return null;
    const rows = await this.rows(
      `SELECT ${ANSWER_COLUMNS} FROM ${ANSWER_FROM} WHERE s.document_id = $1 ORDER BY s.id`,
      [documentId],
    );
    return {
      contentHash: String(document[0].content_hash),
      path: String(document[0].path),
      answers: rows.map(toAnswer),
    };
  }

  async addCorrection(input: CorrectionInput): Promise<CorrectionOutcome> {
    return this.transaction((client) => addCorrectionRow(client, input, this.clock()));
  }

  async correctionsSince(since?: Date): Promise<Correction[]> {
    return this.run(() => correctionsSinceRows(this.pool, since));
  }

  async currentCorrections(remiss?: string): Promise<Correction[]> {
    return currentCorrectionRows((sql, params) => this.prepared(sql, params), remiss);
  }

  async orphanedCorrections(remiss?: string): Promise<Correction[]> {
    const current = await this.currentCorrections(remiss);
    return this.run(() => orphansOf(current, (c) => stanceKeyRows(this.pool, c)));
  }

  private async rows(sql: string, params: unknown[] = []): Promise<QueryResultRow[]> {
    return this.run(async () => (await this.pool.query(sql, params)).rows);
  }

  /** A search statement, prepared once per connection (prepared.ts). */
  private async prepared(sql: string, params: unknown[]): Promise<QueryResultRow[]> {
    return this.run(async () => (await this.pool.query(preparedQuery(sql, params))).rows);
  }

  /** One transaction on one pooled connection; a deadlock or serialization failure is run again. */
  private async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    this.assertWritable();
    return this.run(async () => {
      for (let attempt = 1; ; attempt++) {
        const client = await this.pool.connect();
        let broken: Error | undefined;
        try {
          await client.query('BEGIN');
          const result = await work(client);
          await client.query('COMMIT');
          this.writes += 1;
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch((rollbackError: Error) => {
            broken = rollbackError;
          });
          if (attempt < TRANSIENT_ATTEMPTS && isRetryableConflict(error)) continue;
          throw error;
        } finally {
          // A connection whose ROLLBACK failed is not reused.
          client.release(broken);
        }
      }
    });
  }

  /**
   * Maps driver errors to RemissError. A stale pooled connection (the server restarted while it sat idle) fails
   * on first use; one retry on a fresh connection hides that, a server that is really gone fails again.
   */
  private async run<T>(work: () => Promise<T>): Promise<T> {
    this.assertOpen();
    try {
      return await work();
    } catch (error) {
      if (!isConnectionError(error) || this.closed) throw toStoreError(error, this.url);
      try {
        return await work();
      } catch (retryError) {
        throw toStoreError(retryError, this.url);
      }
    }
  }

  private assertWritable(): void {
    this.assertOpen();
    if (this.readOnly) {
      throw new RemissError(ErrorCode.DatabaseReadOnly, `Database ${redactUrl(this.url)} is opened read-only`);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new RemissError(ErrorCode.DatabaseUnavailable, `Database ${redactUrl(this.url)} is closed`);
  }
}
