import type { SQLInputValue } from 'node:sqlite';
import type { Proposal, RemissRef } from '../../core/types.js';
import { respondentKey } from '../respondent-key.js';
import { CHANGE_MARKER_SELECT, HAS_RESPONSES_SELECT, toChangeMarker } from '../shared/change-marker.js';
import { proposalTalliesSql, toProposalTally } from '../shared/proposal-tallies.js';
import { REMISS_ACTIVITY_SELECT, toRemissActivity } from '../shared/remiss-activity.js';
import { pageBounds, splitMatchPage } from '../shared/respondent-tallies.js';
import { toProposals } from '../shared/rows.js';
import type {
  MatchPage,
  ProposalTally,
  RemissActivity,
  RespondentMatches,
  ResponseSummary,
  StoredAnswer,
  StoreStatus,
} from '../store.js';
import { ftsMatchExpression, likeContainsPattern } from './fts-query.js';
import { MATCH_PAGE } from './respondent-tallies.js';
import { ANSWER_COLUMNS, count, DOCUMENT_ID_FOR_HASH, SUMMARY_SELECT, toAnswer, toSummary } from './rows.js';

type Row = Record<string, unknown>;

/**
 * What the read queries need from SqliteStore: its cached statements, run through its closed check and error
 * mapping, so a read here fails exactly as one written in the class would. Synchronous, as node:sqlite is; the
 * store's async methods turn a throw into a rejection.
 */
export interface SqliteReader {
  all(sql: string, ...params: SQLInputValue[]): Row[];
  get(sql: string, ...params: SQLInputValue[]): Row | undefined;
}

const MAX_SEARCH_LIMIT = 1000;

export function documentByHash(db: SqliteReader, contentHash: string): ResponseSummary | null {
  const row = db.get(`${SUMMARY_SELECT} WHERE d.id = (${DOCUMENT_ID_FOR_HASH}) GROUP BY d.id`, contentHash);
  return row ? toSummary(row) : null;
}

export function listRemisser(db: SqliteReader): RemissRef[] {
  return db.all('SELECT id, title FROM remisser ORDER BY id').map((row) => ({
    id: String(row.id),
    title: row.title === null ? null : String(row.title),
  }));
}

export function listProposals(db: SqliteReader, remiss?: string): Proposal[] {
  return toProposals(
    remiss === undefined
      ? db.all('SELECT remiss, number, title FROM proposals')
      : db.all('SELECT remiss, number, title FROM proposals WHERE remiss = ?', remiss),
  );
}

export function listRespondents(db: SqliteReader): Array<{ respondent: string; remiss: string }> {
  return db
    .all(
      `SELECT DISTINCT respondent, coalesce(remiss, '') AS remiss FROM documents
       WHERE respondent IS NOT NULL ORDER BY respondent, remiss`,
    )
    .map((row) => ({ respondent: String(row.respondent), remiss: String(row.remiss) }));
}

export function answersForProposal(db: SqliteReader, number: string, remiss?: string): StoredAnswer[] {
  const base = `SELECT ${ANSWER_COLUMNS} FROM stances s JOIN documents d ON d.id = s.document_id WHERE s.proposal = ?`;
  const order = 'ORDER BY s.remiss, respondent, s.id';
  const rows =
    remiss === undefined
      ? db.all(`${base} ${order}`, number)
      : db.all(`${base} AND s.remiss = ? ${order}`, number, remiss);
  return rows.map(toAnswer);
}

/**
 * Exact after trimming and Swedish case folding: "åstorps KOMMUN" finds "Åstorps kommun". BINARY comparison is
 * code-point order, as proposalSortKey needs.
 */
export function answersForRespondent(db: SqliteReader, respondent: string): StoredAnswer[] {
  const rows = db.all(
    `SELECT ${ANSWER_COLUMNS} FROM documents d JOIN stances s ON s.document_id = d.id
     WHERE d.respondent_key = ? ORDER BY s.remiss, s.sort_key, s.id`,
    respondentKey(respondent),
  );
  return rows.map(toAnswer);
}

export function respondentMatches(db: SqliteReader, respondent: string, page: MatchPage): RespondentMatches {
  const { remiss, offset, limit, order } = pageBounds(page);
  const rows = db.all(MATCH_PAGE, respondentKey(respondent), remiss, offset, limit, order);
  const { answerRows, totals } = splitMatchPage(rows);
  return { answers: answerRows.map(toAnswer), totals };
}

/**
 * Quotes (and proposal titles) containing every word of 3+ characters, through FTS5 trigram; text with only
 * shorter words by a literal LIKE. At most `limit` hits, in the order stored, not by relevance.
 */
export function searchQuotes(db: SqliteReader, text: string, limit: number): StoredAnswer[] {
  const cap = Math.max(1, Math.min(Math.floor(limit) || 1, MAX_SEARCH_LIMIT));
  const match = ftsMatchExpression(text);
  if (match !== null) {
    // No ORDER BY rank: bm25 scores every match first (40-90 ms for a common word in 100,000 quotes), while a
    // plain LIMIT stops at the first hits (0.1 ms). Callers group and rank the hits themselves.
    return db
      .all(
        `WITH hits AS (SELECT rowid FROM stances_fts WHERE stances_fts MATCH ? LIMIT ?)
         SELECT ${ANSWER_COLUMNS} FROM hits JOIN stances s ON s.id = hits.rowid JOIN documents d ON d.id = s.document_id
         ORDER BY s.id`,
        match,
        cap,
      )
      .map(toAnswer);
  }
  if (text.trim() === '') return [];
  const pattern = likeContainsPattern(text);
  return db
    .all(
      `SELECT ${ANSWER_COLUMNS} FROM stances s JOIN documents d ON d.id = s.document_id
       WHERE s.quote LIKE ? ESCAPE '\\' OR s.title LIKE ? ESCAPE '\\' ORDER BY s.id LIMIT ?`,
      pattern,
      pattern,
      cap,
    )
    .map(toAnswer);
}

const PROPOSAL_TALLIES = proposalTalliesSql(count, '', '');
const REMISS_PROPOSAL_TALLIES = proposalTalliesSql(count, '', 'WHERE s.remiss = ?');

export function proposalTallies(db: SqliteReader, remiss?: string): ProposalTally[] {
  const rows = remiss === undefined ? db.all(PROPOSAL_TALLIES) : db.all(REMISS_PROPOSAL_TALLIES, remiss);
  return rows.map(toProposalTally);
}

export function allAnswers(db: SqliteReader, remiss?: string): StoredAnswer[] {
  const base = `SELECT ${ANSWER_COLUMNS} FROM stances s JOIN documents d ON d.id = s.document_id`;
  const rows =
    remiss === undefined
      ? db.all(`${base} ORDER BY s.remiss, s.id`)
      : db.all(`${base} WHERE s.remiss = ? ORDER BY s.id`, remiss);
  return rows.map(toAnswer);
}

/** Responses (not the inquiry's own reports) added at or after `since`, oldest first; uses the added_at index. */
export function responsesAddedSince(db: SqliteReader, since: Date): ResponseSummary[] {
  return db
    .all(
      `${SUMMARY_SELECT} WHERE d.added_at >= ? AND d.kind <> 'report' GROUP BY d.id ORDER BY d.added_at, d.id`,
      since.toISOString(),
    )
    .map(toSummary);
}

export function status(db: SqliteReader): StoreStatus {
  const counts = db.get(
    `SELECT (SELECT count(*) FROM remisser) AS remisser,
              (SELECT count(*) FROM documents WHERE kind <> 'report') AS responses,
              (SELECT count(*) FROM stances) AS stances`,
  );
  // The last remissvar, not the inquiry's own report: "Senast tillagd" tells analysts what arrived.
  const last = db.get(
    "SELECT added_at, file_name FROM documents WHERE kind <> 'report' ORDER BY added_at DESC, id DESC LIMIT 1",
  );
  return {
    remisser: Number(counts?.remisser ?? 0),
    responses: Number(counts?.responses ?? 0),
    stances: Number(counts?.stances ?? 0),
    lastAddedAt: last ? String(last.added_at) : null,
    lastAddedFile: last ? String(last.file_name) : null,
  };
}

export function remissActivity(db: SqliteReader): RemissActivity[] {
  return db.all(REMISS_ACTIVITY_SELECT).map(toRemissActivity);
}

export function hasResponses(db: SqliteReader): boolean {
  return Number(db.get(HAS_RESPONSES_SELECT)?.has_responses) === 1;
}

export function changeMarker(db: SqliteReader): string {
  return toChangeMarker(db.get(CHANGE_MARKER_SELECT));
}

export function documentStances(
  db: SqliteReader,
  documentId: number,
): { contentHash: string; path: string; answers: StoredAnswer[] } | null {
  const document = db.get('SELECT content_hash, path FROM documents WHERE id = ?', documentId);
  if (!document) return null;
  const answers = db
    .all(
      `SELECT ${ANSWER_COLUMNS} FROM stances s JOIN documents d ON d.id = s.document_id WHERE s.document_id = ? ORDER BY s.id`,
      documentId,
    )
    .map(toAnswer);
  return { contentHash: String(document.content_hash), path: String(document.path), answers };
}
