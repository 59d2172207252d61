import { basename } from 'node:path';
import { ErrorCode, RemissError } from '../../errors.js';
import { respondentKey } from '../respondent-key.js';
import type { IngestRecord, ReplacedDocument } from '../store.js';
import { nullableString } from './rows.js';

/**
 * The identity rules of Store.saveDocument as SQL both backends send (only the placeholders differ): which stored
 * documents a new one replaces, and which bytes are already stored or were superseded.
 */

/** The n-th query parameter as the backend writes it: "?n" (SQLite) or "$n::text" (PostgreSQL, which needs a type for NULL). */
type Param = (n: number) => string;

/** What the rules compare: the new document's file name, remiss and respondent key. */
export interface VersionIdentity {
  fileName: string;
  remiss: string | null;
  key: string | null;
  /**
   * The key under which the new document is its respondent's one answer to its remiss: null for the inquiry's
   * report and when the respondent or the remiss is unknown (such documents are merged by file name only).
   */
  answerKey: string | null;
}

export function versionIdentity(record: IngestRecord): VersionIdentity {
  const { parsed } = record;
  const remiss = parsed.remiss?.id ?? null;
  const key = parsed.respondent === null ? null : respondentKey(parsed.respondent);
  const answers = parsed.kind !== 'report' && remiss !== null;
  return { fileName: basename(record.file), remiss, key, answerKey: answers ? key : null };
}

/** The parameters of `earlierVersionsWhere`, in order. */
export function earlierVersionsParams(identity: VersionIdentity): Array<string | null> {
  return [identity.fileName, identity.remiss, identity.key, identity.answerKey];
}

/**
 * A WHERE condition over `documents` (unqualified columns): the earlier versions of the new document, i.e. the same
 * file name with a respondent and remiss that do not contradict the new one's, or the respondent's answer to the
 * remiss. Parameters: `earlierVersionsParams`. Both arms are index lookups (file_name, respondent_key).
 */
export function earlierVersionsWhere(p: Param): string {
  const [fileName, remiss, key, answerKey] = [p(1), p(2), p(3), p(4)];
  return `(
    (file_name = ${fileName}
      AND (remiss IS NULL OR ${remiss} IS NULL OR remiss = ${remiss})
      AND (respondent_key IS NULL OR ${key} IS NULL OR respondent_key = ${key}))
    OR (respondent_key = ${answerKey} AND remiss = ${remiss} AND kind <> 'report')
  )`;
}

/**
 * The file of the respondent's current answer to the remiss, under another file name, that has stances (parameters:
 * `keptAnswerParams`). A new document without stances does not replace it: municipalities often send a
 * protokollsutdrag or a cover letter beside the tjänsteskrivelse that holds their views, and the one ingested last
 * would otherwise wipe the other's stances. A new version under the same file name still replaces.
 */
export function keptAnswerSql(p: Param): string {
  return `SELECT file_name FROM documents d
    WHERE d.respondent_key = ${p(3)} AND d.remiss = ${p(2)} AND d.kind <> 'report' AND d.file_name <> ${p(1)}
      AND EXISTS (SELECT 1 FROM stances s WHERE s.document_id = d.id)
    LIMIT 1`;
}

/** The parameters of `keptAnswerSql`, or null when the rule does not apply (the new document has stances). */
export function keptAnswerParams(record: IngestRecord, identity: VersionIdentity): string[] | null {
  if (record.parsed.stances.length > 0 || identity.answerKey === null || identity.remiss === null) return null;
  return [identity.fileName, identity.remiss, identity.answerKey];
}

/** Thrown inside the save's transaction, so nothing of the new document is stored. */
export function answerKept(record: IngestRecord, keptFile: string): RemissError {
  const who = record.parsed.respondent ?? 'the respondent';
  return new RemissError(
    ErrorCode.AnswerKept,
    `no stances found; ${who}'s answer with stances in ${keptFile} is kept (merge an attachment into that file)`,
  );
}

/** The columns `toReplaced` and `supersededRows` read. */
export const REPLACED_COLUMNS = 'id, file_name, content_hash, kind, respondent, respondent_key, remiss';

type Row = Record<string, unknown>;

/** Replaced documents oldest first (a database may return deleted rows in any order). */
export function toReplaced(rows: readonly Row[]): ReplacedDocument[] {
  return rows
    .map((row) => ({
      documentId: Number(row.id),
      file: String(row.file_name),
      respondent: nullableString(row.respondent),
      remiss: nullableString(row.remiss),
    }))
    .sort((a, b) => a.documentId - b.documentId);
}

/**
 * A refile (IngestRecord.refile: the same bytes, filed by the user under another remiss) first sets the stored
 * document with these bytes aside under a marked hash (parameter 1: the content hash), so the new version can be
 * inserted beside it before it goes, as every earlier version goes: after the insert, so the new row never reuses
 * the old one's id and the change marker moves.
 */
export function setAsideSameBytesSql(p: Param): string {
  return `UPDATE documents SET content_hash = 'refiled:' || content_hash WHERE content_hash = ${p(1)}
    RETURNING ${REPLACED_COLUMNS}`;
}

/**
 * superseded_documents: the bytes of answers replaced by another file of the same respondent. The PDF and the DOCX
 * of one letter usually stay side by side in the folder that is ingested again (the Slack app reads its seed folder
 * at every start): these bytes then count as stored (`unchanged`), so the answers do not replace each other on
 * every run. A new version under the same file name is not recorded: its old bytes are gone from the folder, and
 * bringing them back is a new version again.
 */
export const SUPERSEDED_COLUMNS = 'content_hash, respondent_key, remiss, file_name, superseded_at';

/** Replaced rows to record as superseded: answers of the new document's respondent under another file name. */
export function supersededRows(identity: VersionIdentity, replaced: readonly Row[]): Row[] {
  return replaced.filter(
    (row) =>
      identity.answerKey !== null &&
      row.respondent_key === identity.answerKey &&
      row.remiss === identity.remiss &&
      row.kind !== 'report' &&
      row.file_name !== identity.fileName,
  );
}

/** Parameters: SUPERSEDED_COLUMNS in order. */
export function insertSupersededSql(p: Param): string {
  return `INSERT INTO superseded_documents (${SUPERSEDED_COLUMNS}) VALUES (${[1, 2, 3, 4, 5].map(p).join(', ')})
    ON CONFLICT (content_hash) DO NOTHING`;
}

/**
 * The id of the document that stands for these bytes (parameter 1, a content hash): the document with exactly
 * these bytes, else the current answer of the respondent whose earlier answer they were. No row: new bytes.
 */
export function documentIdForHashSql(p: Param): string {
  return `SELECT id FROM (
    SELECT id, 0 AS via FROM documents WHERE content_hash = ${p(1)}
    UNION ALL
    SELECT d.id, 1 AS via FROM superseded_documents x
      JOIN documents d ON d.respondent_key = x.respondent_key AND d.remiss = x.remiss AND d.kind <> 'report'
    WHERE x.content_hash = ${p(1)}
  ) candidates ORDER BY via, id DESC LIMIT 1`;
}

/**
 * Answers that a later answer of the same respondent to the same remiss would have replaced (the one saved last,
 * the highest id, is kept). Databases written before the respondent rule hold the PDF and the DOCX of one letter as
 * two answers; the schema step that adds superseded_documents records and removes these.
 */
const EARLIER_ANSWER = `kind <> 'report' AND respondent_key IS NOT NULL AND remiss IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM documents later
    WHERE later.respondent_key = documents.respondent_key AND later.remiss = documents.remiss
      AND later.kind <> 'report' AND later.id > documents.id
  )`;

/**
 * The schema step's statements after creating the table: record, then remove, the earlier answers (their stances
 * go by ON DELETE CASCADE), and recount the tallies. `now` is the backend's current-time expression.
 */
export function removeEarlierAnswersSql(rebuildAllTallies: string, now: string): string {
  return `
    INSERT INTO superseded_documents (${SUPERSEDED_COLUMNS})
      SELECT content_hash, respondent_key, remiss, file_name, ${now} FROM documents WHERE ${EARLIER_ANSWER};
    DELETE FROM documents WHERE ${EARLIER_ANSWER};
    DELETE FROM respondent_tallies;
    ${rebuildAllTallies};`;
}
