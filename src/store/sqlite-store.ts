import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { Proposal, RemissRef } from '../core/types.js';
import { ErrorCode, RemissError } from '../errors.js';
import { orphansOf } from './correction-rows.js';
import { respondentKey } from './respondent-key.js';
import { CHANGE_MARKER_SELECT, toChangeMarker } from './shared/change-marker.js';
import { type PageDialect, respondentPageQuery } from './shared/respondent-page.js';
import { pageBounds, splitMatchPage } from './shared/respondent-tallies.js';
import { toProposals } from './shared/rows.js';
import { addCorrectionRow, correctionsSinceRows, currentCorrectionRows, stanceKeyRows } from './sqlite/corrections.js';
import { claimDigestRow, completeDigestRow, lastDigestSentAtRow, releaseDigestRow } from './sqlite/digest-runs.js';
import { enableWal } from './sqlite/enable-wal.js';
import { ftsMatchExpression, likeContainsPattern } from './sqlite/fts-query.js';
import { migrate } from './sqlite/migrate.js';
import { MATCH_PAGE, TALLY_ROWS } from './sqlite/respondent-tallies.js';
import { ANSWER_COLUMNS, SUMMARY_SELECT, toAnswer, toRespondentTally, toSummary } from './sqlite/rows.js';
import { saveDocumentRows } from './sqlite/save-document.js';
import { toStoreError } from './sqlite/sqlite-errors.js';
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
} from './store.js';

export interface SqliteStoreOptions {
  /** Open without write access: queries work, every write throws DatabaseReadOnly. The file must exist. */
  readOnly?: boolean;
  /** Default `addedAt` for saved documents. */
  clock?: () => Date;
  /** How long a write waits for another process's lock before DatabaseLocked. Default 5000 ms. */
  busyTimeoutMs?: number;
}

const DEFAULT_BUSY_TIMEOUT_MS = 5000;
const MAX_SEARCH_LIMIT = 1000;
/** BINARY comparison is code-point order, as proposalSortKey needs. */
const SQLITE_PAGE: PageDialect = {
  placeholder: () => '?',
  order: 's.remiss, s.sort_key, s.id',
  remiss: '+s.remiss',
  noLimit: -1,
};

/**
 * Opens (creating folders and file when needed) and migrates a SQLite database. Throws RemissError:
 * DatabaseCorrupt (not a database / damaged), DatabaseTooNew (schema newer than this code),
 * DatabaseLocked (another process holds the write lock past the busy timeout), DatabaseReadOnly,
 * DatabaseUnavailable (cannot open). One instance per process; other processes may share the file (WAL).
 */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const readOnly = options.readOnly ?? false;
  const inMemory = path === ':memory:';
  if (!inMemory && readOnly && !existsSync(path)) {
    throw new RemissError(ErrorCode.DatabaseUnavailable, `Database ${path} does not exist (opened read-only)`);
  }
  let db: DatabaseSync | undefined;
  try {
    if (!inMemory && !readOnly) mkdirSync(dirname(path), { recursive: true });
    db = new DatabaseSync(path, {
      readOnly,
      timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
      enableForeignKeyConstraints: true,
    });
    if (!readOnly) await enableWal(db, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
    // In WAL mode NORMAL loses no committed transaction when the process dies; only a power cut may lose the last.
    db.exec('PRAGMA synchronous = NORMAL');
    migrate(db, path, { readOnly });
  } catch (error) {
    db?.close();
    throw toStoreError(error, path);
  }
  return new SqliteStore(db, path, readOnly, options.clock ?? (() => new Date()));
}

class SqliteStore implements Store {
  readonly backend = 'sqlite' as const;
  private readonly statements = new Map<string, StatementSync>();
  private closed = false;
  writes = 0;

  constructor(
    private readonly db: DatabaseSync,
    private readonly path: string,
    private readonly readOnly: boolean,
    private readonly clock: () => Date,
  ) {}

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.statements.clear();
    this.db.close();
  }

  async saveDocument(record: IngestRecord): Promise<IngestOutcome> {
    return this.write(() => saveDocumentRows((sql) => this.statement(sql), record, record.addedAt ?? this.clock()));
  }

  async upsertProposals(proposals: Proposal[], source: 'curated' | 'harvested'): Promise<void> {
    // A curated title replaces anything; a harvested one only fills a gap (the first document to quote it wins).
    const sql = `INSERT INTO proposals (remiss, number, title, source) VALUES (?, ?, ?, ?)
      ON CONFLICT (remiss, number) DO ${source === 'curated' ? "UPDATE SET title = excluded.title, source = 'curated'" : 'NOTHING'}`;
    this.write(() => {
      const insertRemiss = this.db.prepare('INSERT INTO remisser (id) VALUES (?) ON CONFLICT (id) DO NOTHING');
      const upsert = this.db.prepare(sql);
      for (const p of proposals) {
        insertRemiss.run(p.remiss);
        upsert.run(p.remiss, p.number, p.title, source);
      }
    });
  }

  async documentByHash(contentHash: string): Promise<ResponseSummary | null> {
    const row = this.get(`${SUMMARY_SELECT} WHERE d.content_hash = ? GROUP BY d.id`, contentHash);
    return row ? toSummary(row) : null;
  }

  async listRemisser(): Promise<RemissRef[]> {
    return this.all('SELECT id, title FROM remisser ORDER BY id').map((row) => ({
      id: String(row.id),
      title: row.title === null ? null : String(row.title),
    }));
  }

  async listProposals(remiss?: string): Promise<Proposal[]> {
    return toProposals(
      remiss === undefined
        ? this.all('SELECT remiss, number, title FROM proposals')
        : this.all('SELECT remiss, number, title FROM proposals WHERE remiss = ?', remiss),
    );
  }

  async listRespondents(): Promise<Array<{ respondent: string; remiss: string }>> {
    return this.all(
      `SELECT DISTINCT respondent, coalesce(remiss, '') AS remiss FROM documents
       WHERE respondent IS NOT NULL ORDER BY respondent, remiss`,
    ).map((row) => ({ respondent: String(row.respondent), remiss: String(row.remiss) }));
  }

  async answersForProposal(number: string, remiss?: string): Promise<StoredAnswer[]> {
    const base = `SELECT ${ANSWER_COLUMNS} FROM stances s JOIN documents d ON d.id = s.document_id WHERE s.proposal = ?`;
    const order = 'ORDER BY s.remiss, respondent, s.id';
    const rows =
      remiss === undefined
        ? this.all(`${base} ${order}`, number)
        : this.all(`${base} AND s.remiss = ? ${order}`, number, remiss);
    return rows.map(toAnswer);
  }

  /** Exact after trimming and Swedish case folding: "åstorps KOMMUN" finds "Åstorps kommun". */
  async answersForRespondent(respondent: string, page: AnswerPage = {}): Promise<StoredAnswer[]> {
    const { sql, params } = respondentPageQuery(page, SQLITE_PAGE);
    const rows = this.all(
      `SELECT ${ANSWER_COLUMNS} FROM documents d JOIN stances s ON s.document_id = d.id ${sql}`,
      respondentKey(respondent),
      ...(params as SQLInputValue[]),
    );
    return rows.map(toAnswer);
  }

  async respondentTally(respondent: string): Promise<RespondentTally[]> {
    return this.all(TALLY_ROWS, respondentKey(respondent)).map(toRespondentTally);
  }

  async respondentMatches(respondent: string, page: MatchPage): Promise<RespondentMatches> {
    const { remiss, offset, limit, order } = pageBounds(page);
    const rows = this.all(MATCH_PAGE, respondentKey(respondent), remiss, offset, limit, JSON.stringify(order));
    const { answerRows, totals } = splitMatchPage(rows);
    return { answers: answerRows.map(toAnswer), totals };
  }

  /**
   * Quotes (and proposal titles) containing every word of 3+ characters, through FTS5 trigram; text with only
   * shorter words by a literal LIKE. At most `limit` hits, in the order stored, not by relevance.
   */
  async searchQuotes(text: string, limit: number): Promise<StoredAnswer[]> {
    const cap = Math.max(1, Math.min(Math.floor(limit) || 1, MAX_SEARCH_LIMIT));
    const match = ftsMatchExpression(text);
    if (match !== null) {
      // No ORDER BY rank: bm25 scores every match first (40-90 ms for a common word in 100,000 quotes), while a
      // plain LIMIT stops at the first hits (0.1 ms). Callers group and rank the hits themselves.
      return this.all(
        `WITH hits AS (SELECT rowid FROM stances_fts WHERE stances_fts MATCH ? LIMIT ?)
         SELECT ${ANSWER_COLUMNS} FROM hits JOIN stances s ON s.id = hits.rowid JOIN documents d ON d.id = s.document_id
         ORDER BY s.id`,
        match,
        cap,
      ).map(toAnswer);
    }
    if (text.trim() === '') return [];
    const pattern = likeContainsPattern(text);
    return this.all(
      `SELECT ${ANSWER_COLUMNS} FROM stances s JOIN documents d ON d.id = s.document_id
       WHERE s.quote LIKE ? ESCAPE '\\' OR s.title LIKE ? ESCAPE '\\' ORDER BY s.id LIMIT ?`,
      pattern,
      pattern,
      cap,
    ).map(toAnswer);
  }

  async allAnswers(remiss?: string): Promise<StoredAnswer[]> {
    const base = `SELECT ${ANSWER_COLUMNS} FROM stances s JOIN documents d ON d.id = s.document_id`;
    const rows =
      remiss === undefined
        ? this.all(`${base} ORDER BY s.remiss, s.id`)
        : this.all(`${base} WHERE s.remiss = ? ORDER BY s.id`, remiss);
    return rows.map(toAnswer);
  }

  /** Responses (not the inquiry's own reports) added at or after `since`, oldest first; uses the added_at index. */
  async responsesAddedSince(since: Date): Promise<ResponseSummary[]> {
    return this.all(
      `${SUMMARY_SELECT} WHERE d.added_at >= ? AND d.kind <> 'report' GROUP BY d.id ORDER BY d.added_at, d.id`,
      since.toISOString(),
    ).map(toSummary);
  }

  async status(): Promise<StoreStatus> {
    const counts = this.get(
      `SELECT (SELECT count(*) FROM remisser) AS remisser,
              (SELECT count(*) FROM documents WHERE kind <> 'report') AS responses,
              (SELECT count(*) FROM stances) AS stances`,
    );
    const last = this.get('SELECT added_at, file_name FROM documents ORDER BY added_at DESC, id DESC LIMIT 1');
    return {
      remisser: Number(counts?.remisser ?? 0),
      responses: Number(counts?.responses ?? 0),
      stances: Number(counts?.stances ?? 0),
      lastAddedAt: last ? String(last.added_at) : null,
      lastAddedFile: last ? String(last.file_name) : null,
    };
  }

  async changeMarker(): Promise<string> {
    return toChangeMarker(this.get(CHANGE_MARKER_SELECT));
  }

  async claimDigest(day: string, now: Date, leaseMs: number): Promise<boolean> {
    return this.write(() => claimDigestRow(this.db, day, now, leaseMs));
  }

  async completeDigest(day: string, now: Date): Promise<void> {
    this.write(() => completeDigestRow(this.db, day, now));
  }

  async releaseDigest(day: string): Promise<void> {
    this.write(() => releaseDigestRow(this.db, day));
  }

  async lastDigestSentAt(): Promise<Date | null> {
    return this.read(() => lastDigestSentAtRow(this.db));
  }

  async documentStances(
    documentId: number,
  ): Promise<{ contentHash: string; path: string; answers: StoredAnswer[] } | null> {
    const document = this.get('SELECT content_hash, path FROM documents WHERE id = ?', documentId);
    if (!document) return null;
    const answers = this.all(
      `SELECT ${ANSWER_COLUMNS} FROM stances s JOIN documents d ON d.id = s.document_id WHERE s.document_id = ? ORDER BY s.id`,
      documentId,
    ).map(toAnswer);
    return { contentHash: String(document.content_hash), path: String(document.path), answers };
  }

  async addCorrection(input: CorrectionInput): Promise<CorrectionOutcome> {
    return this.write(() => addCorrectionRow((sql) => this.statement(sql), input, this.clock()));
  }

  async correctionsSince(since?: Date): Promise<Correction[]> {
    return correctionsSinceRows((sql, ...p) => this.all(sql, ...p), since);
  }

  async currentCorrections(remiss?: string): Promise<Correction[]> {
    return currentCorrectionRows((sql, ...p) => this.all(sql, ...p), remiss);
  }

  async orphanedCorrections(remiss?: string): Promise<Correction[]> {
    const all = (sql: string, ...p: SQLInputValue[]) => this.all(sql, ...p);
    return orphansOf(await this.currentCorrections(remiss), async (c) => stanceKeyRows(all, c));
  }

  /** One IMMEDIATE transaction: the write lock is taken up front, so a busy database fails before any change. */
  private write<T>(work: () => T): T {
    this.assertOpen();
    if (this.readOnly) {
      throw new RemissError(ErrorCode.DatabaseReadOnly, `Database ${this.path} is opened read-only; cannot write`);
    }
    try {
      this.db.exec('BEGIN IMMEDIATE');
      const result = work();
      this.db.exec('COMMIT');
      this.writes += 1;
      return result;
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw toStoreError(error, this.path);
    }
  }

  private read<T>(work: () => T): T {
    this.assertOpen();
    try {
      return work();
    } catch (error) {
      throw toStoreError(error, this.path);
    }
  }

  private all(sql: string, ...params: SQLInputValue[]): Record<string, unknown>[] {
    return this.read(() => this.statement(sql).all(...params) as Record<string, unknown>[]);
  }

  private get(sql: string, ...params: SQLInputValue[]): Record<string, unknown> | undefined {
    return this.read(() => this.statement(sql).get(...params) as Record<string, unknown> | undefined);
  }

  private statement(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private assertOpen(): void {
    if (this.closed) throw new RemissError(ErrorCode.DatabaseUnavailable, `Database ${this.path} is closed`);
  }
}
