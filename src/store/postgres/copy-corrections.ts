import type { Client } from 'pg';
import { CORRECTION_INSERT_COLUMNS } from '../correction-rows.js';

// The corrections part of the SQLite → PostgreSQL copy (copy-from-sqlite.ts): analysts' append-only audit trail.

/** A row of the SQLite corrections table, as read (id plus CORRECTION_INSERT_COLUMNS). */
export type CorrectionRow = Record<string, unknown>;

/**
 * What makes a correction the same one in both databases: who, when (to the millisecond), which target, and
 * what it changed it to. Ids differ between the databases, and not every correction has a request key.
 */
const SAME_CORRECTION = `SELECT id FROM corrections
  WHERE created_at = $1::timestamptz AND user_id = $2 AND remiss = $3 AND respondent_key = $4 AND proposal = $5
    AND new_proposal = $6 AND new_stance = $7 AND new_quote IS NOT DISTINCT FROM $8
    AND comment IS NOT DISTINCT FROM $9 AND content_hash = $10
  ORDER BY id`;

function sameCorrectionParams(c: CorrectionRow): unknown[] {
  const keys = ['created_at', 'user_id', 'remiss', 'respondent_key', 'proposal', 'new_proposal', 'new_stance'];
  return [...keys.map((k) => c[k]), c.new_quote ?? null, c.comment ?? null, c.content_hash];
}

/**
 * For each source correction, the id of the PostgreSQL row that is it, or undefined. Identical source rows
 * (the same correction submitted twice within a millisecond, with no request key) pair off with identical
 * target rows in id order, so each is found once.
 */
async function findCorrections(client: Client, rows: CorrectionRow[]): Promise<Array<number | undefined>> {
  const candidates = new Map<string, number[]>();
  const found: Array<number | undefined> = [];
  for (const c of rows) {
    const params = sameCorrectionParams(c);
    const key = JSON.stringify(params);
    let ids = candidates.get(key);
    if (!ids) {
      ids = (await client.query(SAME_CORRECTION, params)).rows.map((r) => Number(r.id));
      candidates.set(key, ids);
    }
    found.push(ids.shift());
  }
  return found;
}

/**
 * Appends the source's corrections that PostgreSQL does not have yet, in source id order (the latest per target
 * wins by id, so the order must survive). `document_id` points at the PostgreSQL document with the correction's
 * content hash; a correction made on a version that was since replaced keeps its SQLite id (its content hash says
 * which version). `based_on` is mapped to the PostgreSQL id of the correction it was based on. Call it inside a
 * transaction: the table stays locked against other writers until it ends, so two migrations (or a live
 * correction) cannot interleave.
 * Limit: corrections already made in PostgreSQL keep their ids, so a copied older correction of the same target
 * gets a higher id and becomes the current one; migrate before analysts correct in PostgreSQL.
 */
export async function copyCorrectionRows(client: Client, rows: CorrectionRow[]): Promise<number> {
  let copied = 0;
  await client.query('LOCK TABLE corrections IN SHARE ROW EXCLUSIVE MODE');
  const hashes = [...new Set(rows.map((c) => String(c.content_hash)))];
  const documents = await client.query('SELECT id, content_hash FROM documents WHERE content_hash = ANY($1)', [hashes]);
  const documentOf = new Map(documents.rows.map((r) => [String(r.content_hash), Number(r.id)]));
  const existing = await findCorrections(client, rows);
  const idOf = new Map<number, number>();
  const columns = CORRECTION_INSERT_COLUMNS.join(', ');
  const placeholders = CORRECTION_INSERT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
  for (const [i, c] of rows.entries()) {
    let id = existing[i];
    if (id === undefined) {
      const values = CORRECTION_INSERT_COLUMNS.map((column) => {
        if (column === 'document_id') return documentOf.get(String(c.content_hash)) ?? c.document_id;
        if (column === 'based_on') return c.based_on === null ? null : (idOf.get(Number(c.based_on)) ?? null);
        return c[column];
      });
      // A request key already in PostgreSQL is the same Slack submission stored there: keep that one.
      const inserted = await client.query(
        `INSERT INTO corrections (${columns}) VALUES (${placeholders}) ON CONFLICT (request_key) DO NOTHING RETURNING id`,
        values,
      );
      if (inserted.rows[0]) copied += 1;
      const same =
        inserted.rows[0] ??
        (await client.query('SELECT id FROM corrections WHERE request_key = $1', [c.request_key])).rows[0];
      id = Number(same.id);
    }
    idOf.set(Number(c.id), id);
  }
  return copied;
}

/** Source corrections not found in PostgreSQL (the count check after the copy). */
export async function missingCorrections(client: Client, rows: CorrectionRow[]): Promise<CorrectionRow[]> {
  const found = await findCorrections(client, rows);
  return rows.filter((_, i) => found[i] === undefined);
}
