import { basename } from 'node:path';
import type { PoolClient } from 'pg';
import { respondentKey } from '../respondent-key.js';
import { DOCUMENT_INSERT_COLUMNS, documentValues } from '../shared/rows.js';
import type { IngestOutcome, IngestRecord } from '../store.js';
import { refreshTallies } from './respondent-tallies.js';
import { searchText } from './search-text.js';

/** Advisory lock class for "a document with this file name is being saved" (0x66696c65 = "file"). */
const FILE_LOCK_CLASS = 0x66696c65;

/**
 * Writes one parsed file; the caller wraps it in a transaction. The same identity rules as SQLite's
 * save-document.ts, made safe for several instances:
 * - same bytes → `unchanged`: the unique content_hash and INSERT … ON CONFLICT DO NOTHING decide, so two
 *   instances inserting the same file at the same moment store it once (the second waits for the first's
 *   commit, then sees the conflict) — no check-then-insert race;
 * - same file name, new bytes → `replaced`: a transaction-scoped advisory lock on the file name serialises
 *   versions of one file, so two new versions saved at once cannot both survive.
 */
export async function saveDocumentRows(db: PoolClient, record: IngestRecord, addedAt: Date): Promise<IngestOutcome> {
  const { parsed } = record;
  const fileName = basename(record.file);
  const remiss = parsed.remiss?.id ?? null;
  const key = parsed.respondent === null ? null : respondentKey(parsed.respondent);
  await db.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [FILE_LOCK_CLASS, fileName]);

  const inserted = await db.query(
    `INSERT INTO documents (${DOCUMENT_INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
    [...documentValues(record, fileName), addedAt],
  );
  if (inserted.rowCount === 0) return unchanged(db, record.contentHash);
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
  // Earlier versions: this file name, and a respondent and remiss that do not contradict the new version's.
  const replaced = await db.query(
    `DELETE FROM documents WHERE file_name = $1 AND id <> $2
       AND (remiss IS NULL OR $3::text IS NULL OR remiss = $3)
       AND (respondent_key IS NULL OR $4::text IS NULL OR respondent_key = $4)
     RETURNING respondent_key`,
    [fileName, documentId, remiss, key],
  );
  await insertStances(db, documentId, remiss ?? '', record);
  await refreshTallies(db, [key, ...replaced.rows.map((row) => row.respondent_key as string | null)]);
  return {
    status: (replaced.rowCount ?? 0) > 0 ? 'replaced' : 'added',
    documentId,
    stances: parsed.stances.length,
  };
}

async function unchanged(db: PoolClient, contentHash: string): Promise<IngestOutcome> {
  const existing = await db.query(
    `SELECT d.id, (SELECT count(*) FROM stances s WHERE s.document_id = d.id) AS n
     FROM documents d WHERE d.content_hash = $1`,
    [contentHash],
  );
  const row = existing.rows[0];
  return { status: 'unchanged', documentId: Number(row?.id ?? 0), stances: Number(row?.n ?? 0) };
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
