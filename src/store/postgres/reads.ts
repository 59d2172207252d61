import type { QueryResultRow } from 'pg';
import { compareSortKeys } from '../../core/search/answer-order.js';
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
import { ANSWER_ID } from './answer-cache.js';
import { MATCH_PAGE, MATCH_PAGE_WHOLE } from './respondent-tallies.js';
import {
  ANSWER_COLUMNS,
  ANSWER_FROM,
  count,
  DOCUMENT_ID_FOR_HASH,
  isoString,
  SUMMARY_GROUP,
  SUMMARY_SELECT,
  toAnswer,
  toSummary,
} from './rows.js';
import { containsPattern, fold, searchWords } from './search-text.js';

/**
 * What the read queries need from PostgresStore. Each goes through the store's error mapping and stale-connection
 * retry, so a read here fails exactly as one written in the class would.
 */
export interface PgReader {
  rows(sql: string, params?: unknown[]): Promise<QueryResultRow[]>;
  /** A search statement, prepared once per connection (prepared.ts). */
  prepared(sql: string, params: unknown[]): Promise<QueryResultRow[]>;
  /** Rows with a stance_id (ANSWER_ID) → answers, from the store's AnswerCache. */
  answers(rows: readonly QueryResultRow[]): Promise<StoredAnswer[]>;
  /** Whether this read (statement and parameters as a key) selects whole answers: AnswerCache.readsWhole. */
  readsWhole(key: string): boolean;
  /** Rows with whole answers (ANSWER_COLUMNS) → answers, kept in the store's AnswerCache. */
  keep(rows: readonly QueryResultRow[]): StoredAnswer[];
}

const MAX_SEARCH_LIMIT = 1000;

export async function documentByHash(db: PgReader, contentHash: string): Promise<ResponseSummary | null> {
  const rows = await db.rows(`${SUMMARY_SELECT} WHERE d.id = (${DOCUMENT_ID_FOR_HASH}) ${SUMMARY_GROUP}`, [
    contentHash,
  ]);
  return rows.length > 0 ? toSummary(rows[0]) : null;
}

export async function listRemisser(db: PgReader): Promise<RemissRef[]> {
  const rows = await db.rows('SELECT id, title FROM remisser ORDER BY id COLLATE "C"');
  return rows.map((row) => ({ id: String(row.id), title: row.title === null ? null : String(row.title) }));
}

export async function listProposals(db: PgReader, remiss?: string): Promise<Proposal[]> {
  return toProposals(
    remiss === undefined
      ? await db.rows('SELECT remiss, number, title FROM proposals')
      : await db.rows('SELECT remiss, number, title FROM proposals WHERE remiss = $1', [remiss]),
  );
}

export async function listRespondents(db: PgReader): Promise<Array<{ respondent: string; remiss: string }>> {
  // Byte order ("C"), as SQLite sorts, so both backends list names identically whatever the server's locale.
  const rows = await db.rows(
    `SELECT DISTINCT respondent COLLATE "C" AS respondent, coalesce(remiss, '') COLLATE "C" AS remiss
       FROM documents WHERE respondent IS NOT NULL ORDER BY 1, 2`,
  );
  return rows.map((row) => ({ respondent: String(row.respondent), remiss: String(row.remiss) }));
}

const PROPOSAL_IDS = `SELECT ${ANSWER_ID} FROM stances s WHERE s.proposal = $1`;
const PROPOSAL_WHOLE = `SELECT ${ANSWER_COLUMNS} FROM ${ANSWER_FROM} WHERE s.proposal = $1`;
const IN_REMISS = ' AND s.remiss = $2';

/**
 * Through the (proposal, remiss) index: whole answers the first time, stance ids with answers from the cache after
 * (AnswerCache.readsWhole); ordered here, not by a sort there.
 */
export async function answersForProposal(db: PgReader, number: string, remiss?: string): Promise<StoredAnswer[]> {
  const params = remiss === undefined ? [number] : [number, remiss];
  const where = remiss === undefined ? '' : IN_REMISS;
  const answers = db.readsWhole(`proposal\n${number}\n${remiss ?? ''}`)
    ? db.keep(await db.prepared(PROPOSAL_WHOLE + where, params))
    : await db.answers(await db.prepared(PROPOSAL_IDS + where, params));
  return answers.sort(
    (a, b) =>
      compareSortKeys(a.remiss, b.remiss) || compareSortKeys(a.respondent, b.respondent) || a.stanceId - b.stanceId,
  );
}

/**
 * Exact after trimming and Swedish case folding: "åstorps KOMMUN" finds "Åstorps kommun". "C": code-point order,
 * as proposalSortKey needs and SQLite sorts, whatever the server's locale.
 */
export async function answersForRespondent(db: PgReader, respondent: string): Promise<StoredAnswer[]> {
  const rows = await db.prepared(
    `SELECT ${ANSWER_COLUMNS} FROM documents d JOIN stances s ON s.document_id = d.id
     WHERE d.respondent_key = $1 ORDER BY s.remiss COLLATE "C", s.sort_key COLLATE "C", s.id`,
    [respondentKey(respondent)],
  );
  return rows.map(toAnswer);
}

/** One page and the totals in one statement: whole answers on the page's first read, then ids (as above). */
export async function respondentMatches(db: PgReader, respondent: string, page: MatchPage): Promise<RespondentMatches> {
  const { remiss, offset, limit, order } = pageBounds(page);
  const params = [respondentKey(respondent), remiss, offset, limit, order];
  // The display order is left out of the key: it changes only when a remiss is added, and then a read of ids
  // still finds every answer, one round trip later.
  const whole = db.readsWhole(`respondent\n${params.slice(0, 4).join('\n')}`);
  const { answerRows, totals } = splitMatchPage(await db.prepared(whole ? MATCH_PAGE_WHOLE : MATCH_PAGE, params));
  return { answers: whole ? db.keep(answerRows) : await db.answers(answerRows), totals };
}

/**
 * Words of 3+ characters through the pg_trgm index; shorter text as one substring. Like the SQLite backend,
 * the first `limit` hits in stance order, unranked: ranking every hit of a common word ("förslaget" is in half
 * of all quotes) costs 200 ms on 100,000 quotes, a plain LIMIT under 1 ms. Callers group and rank.
 */
export async function searchQuotes(db: PgReader, text: string, limit: number): Promise<StoredAnswer[]> {
  const cap = Math.max(1, Math.min(Math.floor(limit) || 1, MAX_SEARCH_LIMIT));
  const words = searchWords(text);
  const literal = fold(text.trim());
  if (words.length === 0 && literal === '') return [];
  const patterns = words.length > 0 ? words.map(containsPattern) : [containsPattern(literal)];
  const conditions = patterns.map((_, i) => `search_text LIKE $${i + 2}`).join(' AND ');
  const rows = await db.rows(
    `SELECT ${ANSWER_ID} FROM (SELECT id FROM stances WHERE ${conditions} LIMIT $1) s ORDER BY s.id`,
    [cap, ...patterns],
  );
  return db.answers(rows);
}

const PROPOSAL_TALLIES = proposalTalliesSql(count, ' COLLATE "C"', '');
const REMISS_PROPOSAL_TALLIES = proposalTalliesSql(count, ' COLLATE "C"', 'WHERE s.remiss = $1');

export async function proposalTallies(db: PgReader, remiss?: string): Promise<ProposalTally[]> {
  const rows =
    remiss === undefined ? await db.rows(PROPOSAL_TALLIES) : await db.rows(REMISS_PROPOSAL_TALLIES, [remiss]);
  return rows.map(toProposalTally);
}

/** Responses (not the inquiry's own reports) added at or after `since`, oldest first; uses the added_at index. */
export async function responsesAddedSince(db: PgReader, since: Date): Promise<ResponseSummary[]> {
  const rows = await db.rows(
    `${SUMMARY_SELECT} WHERE d.added_at >= $1 AND d.kind <> 'report' ${SUMMARY_GROUP} ORDER BY d.added_at, d.id`,
    [since],
  );
  return rows.map(toSummary);
}

export async function status(db: PgReader): Promise<StoreStatus> {
  const rows = await db.rows(
    `SELECT (SELECT count(*) FROM remisser) AS remisser,
              (SELECT count(*) FROM documents WHERE kind <> 'report') AS responses,
              (SELECT count(*) FROM stances) AS stances,
              last.added_at, last.file_name
       FROM (SELECT 1) AS one
       LEFT JOIN (SELECT added_at, file_name FROM documents WHERE kind <> 'report'
                  ORDER BY added_at DESC, id DESC LIMIT 1) AS last ON true`,
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

export async function remissActivity(db: PgReader): Promise<RemissActivity[]> {
  return (await db.rows(REMISS_ACTIVITY_SELECT)).map((row) =>
    toRemissActivity({ ...row, last_added_at: isoString(row.last_added_at) }),
  );
}

export async function hasResponses(db: PgReader): Promise<boolean> {
  return Number((await db.prepared(HAS_RESPONSES_SELECT, []))[0]?.has_responses) === 1;
}

export async function changeMarker(db: PgReader): Promise<string> {
  return toChangeMarker((await db.prepared(CHANGE_MARKER_SELECT, []))[0]);
}

export async function documentStances(
  db: PgReader,
  documentId: number,
): Promise<{ contentHash: string; path: string; answers: StoredAnswer[] } | null> {
  const document = await db.rows('SELECT content_hash, path FROM documents WHERE id = $1', [documentId]);
  if (!document[0]) return null;
  const rows = await db.rows(`SELECT ${ANSWER_COLUMNS} FROM ${ANSWER_FROM} WHERE s.document_id = $1 ORDER BY s.id`, [
    documentId,
  ]);
  return {
    contentHash: String(document[0].content_hash),
    path: String(document[0].path),
    answers: rows.map(toAnswer),
  };
}
