import type { SQLInputValue, StatementSync } from 'node:sqlite';
import { proposalSortKey } from '../../core/search/answer-order.js';
import {
  answerKept,
  earlierVersionsParams,
  earlierVersionsWhere,
  insertSupersededSql,
  keptAnswerParams,
  keptAnswerSql,
  REPLACED_COLUMNS,
  setAsideSameBytesSql,
  supersededRows,
  toReplaced,
  versionIdentity,
} from '../shared/earlier-versions.js';
import { DOCUMENT_INSERT_COLUMNS, documentValues } from '../shared/rows.js';
import type { IngestOutcome, IngestRecord } from '../store.js';
import { refreshTallies } from './respondent-tallies.js';
import { DOCUMENT_ID_FOR_HASH } from './rows.js';
import { underStoredTitles } from './stored-titles.js';

/** Prepares (and may cache) a statement: saving runs once per file, so its statements are reused. */
export type Prepare = (sql: string) => StatementSync;

const SQLITE_PARAM = (n: number) => `?${n}`;
const EARLIER_VERSIONS = `SELECT ${REPLACED_COLUMNS} FROM documents WHERE ${earlierVersionsWhere(SQLITE_PARAM)}`;
const INSERT_SUPERSEDED = insertSupersededSql(SQLITE_PARAM);
const KEPT_ANSWER = keptAnswerSql(SQLITE_PARAM);
const SET_ASIDE_SAME_BYTES = setAsideSameBytesSql(SQLITE_PARAM);

/**
 * Writes one parsed file by the identity rules of Store.saveDocument; the caller wraps it in a transaction. SQLite
 * has one writer at a time, so looking for earlier versions and deleting them cannot race another save.
 */
export function saveDocumentRows(prepare: Prepare, given: IngestRecord, addedAt: Date): IngestOutcome {
  // A refile sets the document with these very bytes aside; bytes known only as superseded stay unchanged.
  const setAside = given.refile ? prepare(SET_ASIDE_SAME_BYTES).get(given.contentHash) : undefined;
  const existing = setAside ? undefined : prepare(DOCUMENT_ID_FOR_HASH).get(given.contentHash);
  if (existing) {
    const documentId = Number(existing.id);
    const count = prepare('SELECT count(*) AS n FROM stances WHERE document_id = ?').get(documentId);
    return { status: 'unchanged', documentId, stances: Number(count?.n ?? 0), replaced: [] };
  }
  const record = underStoredTitles(prepare, given);
  const { parsed } = record;
  const identity = versionIdentity(record);
  const keptParams = keptAnswerParams(record, identity);
  const kept = keptParams && prepare(KEPT_ANSWER).get(...keptParams);
  if (kept) throw answerKept(record, String(kept.file_name));
  if (parsed.remiss) {
    prepare(
      'INSERT INTO remisser (id, title) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET title = coalesce(remisser.title, excluded.title)',
    ).run(parsed.remiss.id, parsed.remiss.title);
  }
  const inserted = prepare(`INSERT INTO documents (${DOCUMENT_INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    ...(documentValues(record, identity.fileName) as SQLInputValue[]),
    addedAt.toISOString(),
  );
  const documentId = Number(inserted.lastInsertRowid);
  // Inserted before the earlier versions go, so the new row never reuses a deleted row's id: the change marker
  // (highest id, count) then moves on a replacement too.
  const found = prepare(EARLIER_VERSIONS)
    .all(...earlierVersionsParams(identity))
    .filter((row) => Number(row.id) !== documentId && Number(row.id) !== Number(setAside?.id));
  const earlier = setAside ? [...found, setAside] : found;
  for (const { id } of earlier) prepare('DELETE FROM documents WHERE id = ?').run(Number(id));
  for (const row of supersededRows(identity, found)) {
    const values = [row.content_hash, row.respondent_key, row.remiss, row.file_name] as SQLInputValue[];
    prepare(INSERT_SUPERSEDED).run(...values, addedAt.toISOString());
  }
  const insertStance = prepare(
    `INSERT INTO stances (document_id, remiss, proposal, title, stance, quote, page, confidence, reason, sort_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const s of parsed.stances) {
    const values: SQLInputValue[] = [documentId, identity.remiss ?? '', s.proposal, s.title, s.stance, s.quote];
    insertStance.run(...values, s.page, s.confidence, s.reason, proposalSortKey(s.proposal, s.title));
  }
  refreshTallies(prepare, [identity.key, ...earlier.map((row) => row.respondent_key as string | null)]);
  const replaced = toReplaced(earlier);
  return { status: replaced.length > 0 ? 'replaced' : 'added', documentId, stances: parsed.stances.length, replaced };
}
