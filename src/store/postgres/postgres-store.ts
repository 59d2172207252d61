import { Pool, type PoolClient, type QueryResultRow } from 'pg';
import type { Proposal, RemissRef } from '../../core/types.js';
import { ErrorCode, RemissError } from '../../errors.js';
import { orphansOf } from '../correction-rows.js';
import { PruneSchedule } from '../shared/handled-keys.js';
import { type SliceOptions, type Slices, slicesOf } from '../shared/slices.js';
import type {
  ClaimWindow,
  Correction,
  CorrectionInput,
  CorrectionOutcome,
  DigestRun,
  IngestOutcome,
  IngestRecord,
  MatchPage,
  ProposalTally,
  RemissActivity,
  RespondentMatches,
  ResponseSummary,
  Store,
  StoredAnswer,
  StoreStatus,
} from '../store.js';
import { AnswerCache, DEFAULT_ANSWER_CACHE_SIZE } from './answer-cache.js';
import { readAnswersByCursor } from './answer-cursor.js';
import { addCorrectionRow, correctionsSinceRows, currentCorrectionRows, stanceKeyRows } from './corrections.js';
import {
  claimDigestRow,
  completeDigestRow,
  digestRunRow,
  lastDigestSentAtRow,
  releaseDigestRow,
} from './digest-runs.js';
import { claimKeyRow, completeKeyRow, releaseKeyRow } from './handled-keys.js';
import { migratePostgres } from './migrate.js';
import { isConnectionError, isRetryableConflict, toStoreError } from './pg-errors.js';
import { preparedQuery } from './prepared.js';
import { boundReads } from './read-timeout.js';
import * as reads from './reads.js';
import { redactSecret, redactUrl, urlProblem } from './redact.js';
import { saveDocumentRows } from './save-document.js';
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
  /** How allAnswers reads: rows per FETCH of its cursor (postgres/answer-cursor.ts). */
  slices?: SliceOptions;
  /** How many answers search keeps by stance id (answer-cache.ts). Default 25,000; 0 reads every row every time. */
  answerCacheSize?: number;
}

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
  const problem = urlProblem(url);
  if (problem) throw new RemissError(ErrorCode.InvalidConfig, problem);
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
  // The pool listens only to idle connections. A connection held by a transaction or a cursor that breaks emits
  // 'error' too, and with no listener that ends the process ("Unhandled 'error' event"); the query in flight, or
  // the next one, fails with it anyway and reaches the caller as DatabaseUnavailable.
  pool.on('connect', (client) => client.on('error', () => undefined));
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
  return new PostgresStore(pool, url, {
    readOnly: options.readOnly ?? false,
    clock: options.clock ?? (() => new Date()),
    slices: options.slices,
    answerCacheSize: options.answerCacheSize ?? DEFAULT_ANSWER_CACHE_SIZE,
  });
}

class PostgresStore implements Store {
  readonly backend = 'postgres' as const;
  private closed = false;
  writes = 0;
  private readonly slices: Slices;
  private readonly cache: AnswerCache;
  private readonly prune = new PruneSchedule();
  private readonly reader: reads.PgReader = {
    rows: (sql, params) => this.rows(sql, params),
    prepared: (sql, params) => this.prepared(sql, params),
    answers: (rows) => this.run(() => this.cache.answers(rows)),
    readsWhole: (key) => this.cache.readsWhole(key),
    keep: (rows) => this.cache.keep(rows),
  };
  private readonly readOnly: boolean;
  private readonly clock: () => Date;

  constructor(
    private readonly pool: Pool,
    private readonly url: string,
    options: { readOnly: boolean; clock: () => Date; slices: SliceOptions | undefined; answerCacheSize: number },
  ) {
    this.readOnly = options.readOnly;
    this.clock = options.clock;
    this.cache = new AnswerCache(
      async (sql, params) => (await this.pool.query(preparedQuery(sql, params))).rows,
      options.answerCacheSize,
    );
    // No pause of its own between FETCHes: the event loop turns while each is on its way.
    this.slices = slicesOf(
      options.slices,
      async () => {},
      () => this.assertOpen(),
    );
  }

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
    return reads.documentByHash(this.reader, contentHash);
  }

  async listRemisser(): Promise<RemissRef[]> {
    return reads.listRemisser(this.reader);
  }

  async listProposals(remiss?: string): Promise<Proposal[]> {
    return reads.listProposals(this.reader, remiss);
  }

  async listRespondents(): Promise<Array<{ respondent: string; remiss: string }>> {
    return reads.listRespondents(this.reader);
  }

  async answersForProposal(number: string, remiss?: string): Promise<StoredAnswer[]> {
    return reads.answersForProposal(this.reader, number, remiss);
  }

  async answersForRespondent(respondent: string): Promise<StoredAnswer[]> {
    return reads.answersForRespondent(this.reader, respondent);
  }

  async respondentMatches(respondent: string, page: MatchPage): Promise<RespondentMatches> {
    return reads.respondentMatches(this.reader, respondent, page);
  }

  async searchQuotes(text: string, limit: number): Promise<StoredAnswer[]> {
    return reads.searchQuotes(this.reader, text, limit);
  }

  async proposalTallies(remiss?: string): Promise<ProposalTally[]> {
    return reads.proposalTallies(this.reader, remiss);
  }

  async allAnswers(remiss?: string): Promise<StoredAnswer[]> {
    return this.run(() => readAnswersByCursor(this.pool, remiss, this.slices));
  }

  async responsesAddedSince(since: Date): Promise<ResponseSummary[]> {
    return reads.responsesAddedSince(this.reader, since);
  }

  async status(): Promise<StoreStatus> {
    return reads.status(this.reader);
  }

  async remissActivity(): Promise<RemissActivity[]> {
    return reads.remissActivity(this.reader);
  }

  async hasResponses(): Promise<boolean> {
    return reads.hasResponses(this.reader);
  }

  async changeMarker(): Promise<string> {
    return reads.changeMarker(this.reader);
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

  async digestRun(day: string): Promise<DigestRun | null> {
    return this.run(() => digestRunRow(this.pool, day));
  }

  // Outside transaction(): one statement each, and not counted in `writes` (search has nothing to reload).
  async claimKey(key: string, now: Date, window: ClaimWindow): Promise<boolean> {
    this.assertWritable();
    const prune = this.prune.due(now);
    return this.run(() => claimKeyRow(this.pool, key, now, window, prune));
  }

  async completeKey(key: string): Promise<void> {
    this.assertWritable();
    await this.run(() => completeKeyRow(this.pool, key));
  }

  async releaseKey(key: string): Promise<void> {
    this.assertWritable();
    await this.run(() => releaseKeyRow(this.pool, key));
  }

  async documentStances(
    documentId: number,
  ): Promise<{ contentHash: string; path: string; answers: StoredAnswer[] } | null> {
    return reads.documentStances(this.reader, documentId);
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
