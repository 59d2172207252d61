import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Proposal, RemissRef } from '../core/types.js';
import { ErrorCode, RemissError } from '../errors.js';
import { orphansOf } from './correction-rows.js';
import { PruneSchedule } from './shared/handled-keys.js';
import { type SliceOptions, type Slices, slicesOf } from './shared/slices.js';
import { readAnswersInSlices } from './sqlite/answer-slices.js';
import { addCorrectionRow, correctionsSinceRows, currentCorrectionRows, stanceKeyRows } from './sqlite/corrections.js';
import {
  claimDigestRow,
  completeDigestRow,
  digestRunRow,
  lastDigestSentAtRow,
  releaseDigestRow,
} from './sqlite/digest-runs.js';
import { enableWal } from './sqlite/enable-wal.js';
import { claimKeyRow, completeKeyRow, releaseKeyRow } from './sqlite/handled-keys.js';
import { migrate } from './sqlite/migrate.js';
import { openDatabase, openReadOnly } from './sqlite/open-database.js';
import { ReadConnections } from './sqlite/read-connections.js';
import * as reads from './sqlite/reads.js';
import { saveDocumentRows } from './sqlite/save-document.js';
import { toStoreError } from './sqlite/sqlite-errors.js';
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
} from './store.js';

export interface SqliteStoreOptions {
  /**
   * Open without write access: queries work, every write throws DatabaseReadOnly. The file must exist; its folder
   * may be read-only too (see openReadOnly).
   */
  readOnly?: boolean;
  /** Default `addedAt` for saved documents. */
  clock?: () => Date;
  /** How long a write waits for another process's lock before DatabaseLocked. Default 5000 ms. */
  busyTimeoutMs?: number;
  /** How allAnswers reads a file database (sqlite/answer-slices.ts); between slices, by default, a turn of the loop. */
  slices?: SliceOptions;
}

const DEFAULT_BUSY_TIMEOUT_MS = 5000;

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
  const timeout = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  try {
    if (!inMemory && !readOnly) mkdirSync(dirname(path), { recursive: true });
    db = readOnly && !inMemory ? openReadOnly(path, timeout) : openDatabase(path, { readOnly, timeout });
    if (!readOnly) await enableWal(db, timeout);
    // In WAL mode NORMAL loses no committed transaction when the process dies; only a power cut may lose the last.
    db.exec('PRAGMA synchronous = NORMAL');
    migrate(db, path, { readOnly });
  } catch (error) {
    db?.close();
    throw toStoreError(error, path);
  }
  // An in-memory database cannot be opened a second time: there allAnswers reads in one piece.
  const readers = inMemory ? null : new ReadConnections(() => openReadOnly(path, timeout));
  return new SqliteStore(db, path, readOnly, options.clock ?? (() => new Date()), readers, options.slices);
}

class SqliteStore implements Store {
  readonly backend = 'sqlite' as const;
  private readonly statements = new Map<string, StatementSync>();
  private closed = false;
  writes = 0;
  private readonly slices: Slices;
  private readonly prune = new PruneSchedule();
  private readonly reader: reads.SqliteReader = {
    all: (sql, ...params) => this.all(sql, ...params),
    get: (sql, ...params) => this.get(sql, ...params),
  };

  constructor(
    private readonly db: DatabaseSync,
    private readonly path: string,
    private readonly readOnly: boolean,
    private readonly clock: () => Date,
    private readonly readers: ReadConnections | null,
    slices: SliceOptions | undefined,
  ) {
    this.slices = slicesOf(
      slices,
      () => nextTurn(),
      () => this.assertOpen(),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.statements.clear();
    this.readers?.close();
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

  /** In slices on a connection of its own, one snapshot throughout (answer-slices.ts); in one piece in memory. */
  async allAnswers(remiss?: string): Promise<StoredAnswer[]> {
    if (!this.readers) return reads.allAnswers(this.reader, remiss);
    this.assertOpen();
    try {
      return await this.readers.use((db) => readAnswersInSlices(db, remiss, this.slices));
    } catch (error) {
      throw toStoreError(error, this.path);
    }
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

  async digestRun(day: string): Promise<DigestRun | null> {
    return this.read(() => digestRunRow(this.db, day));
  }

  // Not counted in `writes`: a claim changes nothing search shows, and counting it would reload search's catalog
  // on every event.
  async claimKey(key: string, now: Date, window: ClaimWindow): Promise<boolean> {
    return this.write(() => claimKeyRow(this.db, key, now, window, this.prune.due(now)), { counted: false });
  }

  async completeKey(key: string): Promise<void> {
    this.write(() => completeKeyRow(this.db, key), { counted: false });
  }

  async releaseKey(key: string): Promise<void> {
    this.write(() => releaseKeyRow(this.db, key), { counted: false });
  }

  async documentStances(
    documentId: number,
  ): Promise<{ contentHash: string; path: string; answers: StoredAnswer[] } | null> {
    return reads.documentStances(this.reader, documentId);
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

  /**
   * One IMMEDIATE transaction: the write lock is taken up front, so a busy database fails before any change.
   * `counted`: whether search must notice it (Store.writes).
   */
  private write<T>(work: () => T, { counted } = { counted: true }): T {
    this.assertOpen();
    if (this.readOnly) {
      throw new RemissError(ErrorCode.DatabaseReadOnly, `Database ${this.path} is opened read-only; cannot write`);
    }
    try {
      this.db.exec('BEGIN IMMEDIATE');
      const result = work();
      this.db.exec('COMMIT');
      if (counted) this.writes += 1;
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
