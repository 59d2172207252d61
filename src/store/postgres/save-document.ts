import type { ClientBase, PoolClient } from 'pg';
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
  type VersionIdentity,
  versionIdentity,
} from '../shared/earlier-versions.js';
import { DOCUMENT_INSERT_COLUMNS, documentValues } from '../shared/rows.js';
import type { IngestOutcome, IngestRecord } from '../store.js';
import { lockRespondent, refreshTallies } from './respondent-tallies.js';
import { DOCUMENT_ID_FOR_HASH } from './rows.js';
import { searchText } from './search-text.js';
import { underStoredTitles } from './stored-titles.js';

/** Advisory lock class for "a document with this file name is being saved" (0x66696c65 = "file"). */
const FILE_LOCK_CLASS = 0x66696c65;

const PG_PARAM = (n: number) => `$${n}::text`;
/** Parameters: `earlierVersionsParams`, then the new document's id. */
const DELETE_EARLIER_VERSIONS = `DELETE FROM documents WHERE ${earlierVersionsWhere(PG_PARAM)} AND id <> $5
  RETURNING ${REPLACED_COLUMNS}`;
const KEPT_ANSWER = keptAnswerSql(PG_PARAM);
const SET_ASIDE_SAME_BYTES = setAsideSameBytesSql(PG_PARAM);
const INSERT_SUPERSEDED = insertSupersededSql((n) => (n === 5 ? '$5::timestamptz' : `$${n}::text`));

/**
 * Writes one parsed file by the identity rules of Store.saveDocument; the caller wraps it in a transaction. Made
 * safe for several instances:
 * - same (or superseded) bytes → `unchanged`: the unique content_hash and INSERT … ON CONFLICT DO NOTHING decide,
 *   so two instances inserting the same file at the same moment store it once (the second waits for the first's
 *   commit, then sees the conflict) — no check-then-insert race;
 * - a new version → `replaced`: transaction-scoped advisory locks on the file name and on the respondent,
 *   both taken before earlier versions are looked for, serialise the saves that could replace one another. Under
 *   READ COMMITTED the second save's DELETE then sees the first's committed document, so when two instances save
 *   the PDF and the DOCX of one letter at once, exactly one survives. Every save locks the file name first and
 *   the respondent second (refreshTallies locks respondents last, in key order), so no two saves wait on each other;
 * - title-only answers → the remiss's title for the proposal: a lock on the remiss, taken before the others
 *   (stored-titles.ts), so two letters naming one proposal in other words never get two titles.
 */
export async function saveDocumentRows(db: PoolClient, given: IngestRecord, addedAt: Date): Promise<IngestOutcome> {
  const record = await underStoredTitles(db, given);
  const { parsed } = record;
  const identity = versionIdentity(record);
  await lockVersions(db, identity);

  // A refile sets the document with these very bytes aside (its row lock orders two refiles of one file).
  const setAside = record.refile ? (await db.query(SET_ASIDE_SAME_BYTES, [record.contentHash])).rows[0] : undefined;
  // Bytes superseded by a later answer (earlier-versions.ts) are looked up under the respondent's lock, so a
  // superseding save in progress on another instance is seen once it commits.
  const superseded = setAside ? { rows: [] } : await db.query(DOCUMENT_ID_FOR_HASH, [record.contentHash]);
  if (superseded.rows.length > 0) return unchanged(db, Number(superseded.rows[0].id));
  const keptParams = keptAnswerParams(record, identity);
  const kept = keptParams && (await db.query(KEPT_ANSWER, keptParams)).rows[0];
  if (kept) throw answerKept(record, String(kept.file_name));
  const inserted = await db.query(
    `INSERT INTO documents (${DOCUMENT_INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
    [...documentValues(record, identity.fileName), addedAt],
  );
  if (inserted.rowCount === 0) {
    const stored = await db.query(DOCUMENT_ID_FOR_HASH, [record.contentHash]);
    return unchanged(db, Number(stored.rows[0]?.id ?? 0));
  }
  const documentId = Number(inserted.rows[0].id);

  if (parsed.remiss) {
    await db.query('INSERT INTO remisser (id, title) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [
      parsed.remiss.id,
      parsed.remiss.title,
    ]);
    if (parsed.remiss.title !== null) {
      await db.query('UPDATE remisser SET title = $2 WHERE id = $1 AND title IS NULL', [
        parsed.remiss.id,
        parsed.remiss.title,
      ]);
    }
  }
  const deleted = await db.query(DELETE_EARLIER_VERSIONS, [...earlierVersionsParams(identity), documentId]);
  const found = deleted.rows.filter((row) => Number(row.id) !== Number(setAside?.id));
  if (setAside && found.length === deleted.rows.length) {
    await db.query('DELETE FROM documents WHERE id = $1', [setAside.id]);
  }
  for (const row of supersededRows(identity, found)) {
    await db.query(INSERT_SUPERSEDED, [row.content_hash, row.respondent_key, row.remiss, row.file_name, addedAt]);
  }
  const earlier = setAside ? [...found, setAside] : found;
  await insertStances(db, documentId, identity.remiss ?? '', record);
  await refreshTallies(db, [identity.key, ...earlier.map((row) => row.respondent_key as string | null)]);
  const replaced = toReplaced(earlier);
  return { status: replaced.length > 0 ? 'replaced' : 'added', documentId, stances: parsed.stances.length, replaced };
}

/**
 * Takes the locks a save takes before it looks for earlier versions: the file name first, the respondent second
 * (until the transaction ends). `migrate` takes them too, so a copy and an instance's save cannot both keep an answer.
 */
export async function lockVersions(db: ClientBase, identity: VersionIdentity): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [FILE_LOCK_CLASS, identity.fileName]);
  if (identity.answerKey !== null) await lockRespondent(db, identity.answerKey);
}

async function unchanged(db: PoolClient, documentId: number): Promise<IngestOutcome> {
  const count = await db.query('SELECT count(*) AS n FROM stances WHERE document_id = $1', [documentId]);
  return { status: 'unchanged', documentId, stances: Number(count.rows[0]?.n ?? 0), replaced: [] };
}

/** All stances in one statement (arrays unnested in order), so a 300-stance document is one round trip. */
async function insertStances(db: PoolClient, documentId: number, remiss: string, record: IngestRecord) {
  const stances = record.parsed.stances;
  if (stances.length === 0) return;
  await db.query(
    `INSERT INTO stances (document_id, remiss, proposal, title, stance, quote, page, confidence, reason, search_text)
     SELECT $1, $2, u.proposal, u.title, u.stance, u.quote, u.page, u.confidence, u.reason, u.search_text
     FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[], $10::text[])
       WITH ORDINALITY AS u (proposal, title, stance, quote, page, confidence, reason, search_text, n)
     ORDER BY u.n`,
    [
      documentId,
      remiss,
      stances.map((s) => s.proposal),
      stances.map((s) => s.title),
      stances.map((s) => s.stance),
      stances.map((s) => s.quote),
      stances.map((s) => s.page),
      stances.map((s) => s.confidence),
      stances.map((s) => s.reason),
      stances.map((s) => searchText(s.quote, s.title)),
    ],
  );
}
