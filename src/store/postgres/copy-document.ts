import type { Client } from 'pg';
import {
  earlierVersionsParams,
  earlierVersionsWhere,
  insertSupersededSql,
  REPLACED_COLUMNS,
  supersededRows,
} from '../shared/earlier-versions.js';
import { type AnswerVersion, decideCopy, storedIdentity } from './copy-decision.js';
import { refreshTallies } from './respondent-tallies.js';
import { DOCUMENT_ID_FOR_HASH } from './rows.js';
import { lockVersions } from './save-document.js';
import { searchText } from './search-text.js';
import type { SqliteDocument } from './sqlite-snapshot.js';

/** What copying one SQLite document did in PostgreSQL. */
export type CopyOutcome =
  /** Inserted; `replaced` names the other versions of the answer it removed from PostgreSQL. */
  | { status: 'copied'; replaced: string[] }
  /** The same bytes were there already. */
  | { status: 'present' }
  /** PostgreSQL holds a newer version of the answer (file `kept`), which stays; these bytes are remembered as replaced. */
  | { status: 'kept'; kept: string };

const PG_PARAM = (n: number) => `$${n}::text`;
/** The other versions of an answer (shared/earlier-versions.ts): parameters `earlierVersionsParams`. */
const OTHER_VERSIONS = `SELECT ${REPLACED_COLUMNS}, added_at,
    EXISTS (SELECT 1 FROM stances s WHERE s.document_id = documents.id) AS has_stances
  FROM documents WHERE ${earlierVersionsWhere(PG_PARAM)}`;
const INSERT_SUPERSEDED = insertSupersededSql((n) => (n === 5 ? '$5::timestamptz' : `$${n}::text`));

type Row = Record<string, unknown>;

/**
 * Copies one document inside the caller's transaction by the rules a save follows (save-document.ts), so a copy
 * into a database with data, or a rerun after SQLite replaced an answer, leaves one answer per respondent and
 * remiss: the version added last (copy-decision.ts). Takes a save's locks first, so an instance saving a version
 * of the same answer meanwhile waits for the copy, or the copy for it.
 */
export async function copyDocument(client: Client, doc: SqliteDocument): Promise<CopyOutcome> {
  const identity = storedIdentity(doc);
  await lockVersions(client, identity);
  const stored = await client.query(DOCUMENT_ID_FOR_HASH, [doc.contentHash]);
  if (stored.rows.length > 0) {
    const present = await client.query('SELECT file_name, content_hash FROM documents WHERE id = $1', [
      stored.rows[0].id,
    ]);
    const row = present.rows[0];
    if (row?.content_hash === doc.contentHash) return { status: 'present' };
    // These bytes were replaced in PostgreSQL already (superseded_documents): its answer is the newer one.
    return { status: 'kept', kept: String(row?.file_name ?? '') };
  }
  const others = (await client.query(OTHER_VERSIONS, earlierVersionsParams(identity))).rows;
  const versions = others.map(storedVersion);
  const decision = decideCopy(versionOf(doc), versions);
  if (decision.action === 'keep') {
    const keeper = others[versions.indexOf(decision.kept)];
    const keeperIdentity = storedIdentity({
      fileName: String(keeper.file_name),
      kind: String(keeper.kind),
      remiss: keeper.remiss === null ? null : String(keeper.remiss),
      respondentKey: keeper.respondent_key === null ? null : String(keeper.respondent_key),
    });
    const asRow = { file_name: doc.fileName, kind: doc.kind, remiss: doc.remiss, respondent_key: doc.respondentKey };
    for (const row of supersededRows(keeperIdentity, [asRow])) {
      await client.query(INSERT_SUPERSEDED, [
        doc.contentHash,
        row.respondent_key,
        row.remiss,
        doc.fileName,
        keeper.added_at,
      ]);
    }
    return { status: 'kept', kept: decision.kept.fileName };
  }
  await insertDocument(client, doc);
  if (others.length > 0) {
    await client.query('DELETE FROM documents WHERE id = ANY($1::bigint[])', [others.map((row) => row.id)]);
    for (const row of supersededRows(identity, others)) {
      await client.query(INSERT_SUPERSEDED, [
        row.content_hash,
        row.respondent_key,
        row.remiss,
        row.file_name,
        doc.addedAt,
      ]);
    }
  }
  await refreshTallies(client, [doc.respondentKey, ...others.map((row) => row.respondent_key as string | null)]);
  return { status: 'copied', replaced: others.map((row) => String(row.file_name)) };
}

export function versionOf(doc: SqliteDocument): AnswerVersion {
  return { fileName: doc.fileName, addedAt: Date.parse(doc.addedAt), hasStances: doc.stances.length > 0 };
}

export function storedVersion(row: Row): AnswerVersion {
  return {
    fileName: String(row.file_name),
    addedAt: new Date(row.added_at as Date | string).getTime(),
    hasStances: row.has_stances === true,
  };
}

async function insertDocument(client: Client, doc: SqliteDocument): Promise<void> {
  const inserted = await client.query(
    `INSERT INTO documents (file_name, path, content_hash, kind, remiss, respondent, respondent_key, warnings, added_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      doc.fileName,
      doc.path,
      doc.contentHash,
      doc.kind,
      doc.remiss,
      doc.respondent,
      doc.respondentKey,
      doc.warnings,
      doc.addedAt,
    ],
  );
  const s = doc.stances;
  if (s.length === 0) return;
  await client.query(
    `INSERT INTO stances (document_id, remiss, proposal, title, stance, quote, page, confidence, reason, search_text)
     SELECT $1, u.remiss, u.proposal, u.title, u.stance, u.quote, u.page, u.confidence, u.reason, u.search_text
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[], $10::text[])
       WITH ORDINALITY AS u (remiss, proposal, title, stance, quote, page, confidence, reason, search_text, n)
     ORDER BY u.n`,
    [
      inserted.rows[0].id,
      s.map((x) => x.remiss),
      s.map((x) => x.proposal),
      s.map((x) => x.title),
      s.map((x) => x.stance),
      s.map((x) => x.quote),
      s.map((x) => x.page),
      s.map((x) => x.confidence),
      s.map((x) => x.reason),
      s.map((x) => searchText(x.quote, x.title)),
    ],
  );
}
