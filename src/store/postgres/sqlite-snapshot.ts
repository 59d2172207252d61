import type { DatabaseSync } from 'node:sqlite';
import { SUPERSEDED_COLUMNS } from '../shared/earlier-versions.js';

// What the SQLite → PostgreSQL copy reads: rows of the SQLite schema (../sqlite/schema.ts), as plain data.

export interface SqliteStance {
  remiss: string;
  proposal: string | null;
  title: string | null;
  stance: string;
  quote: string;
  page: number | null;
  confidence: string;
  reason: string;
}

export interface SqliteDocument {
  fileName: string;
  path: string;
  contentHash: string;
  kind: string;
  remiss: string | null;
  respondent: string | null;
  respondentKey: string | null;
  /** JSON text, as stored. */
  warnings: string;
  addedAt: string;
  stances: SqliteStance[];
}

export interface SqliteSnapshot {
  remisser: Array<{ id: string; title: string | null }>;
  proposals: Array<{ remiss: string; number: string; title: string; source: string }>;
  documents: SqliteDocument[];
  /** Only days whose digest was sent: an open claim belongs to the old instance and is not carried over. */
  sentDigests: Array<{ day: string; sentAt: string }>;
  /** Bytes of answers replaced by another file of the same respondent (see ../shared/earlier-versions.ts). */
  superseded: SupersededRow[];
}

export interface SupersededRow {
  contentHash: string;
  respondentKey: string;
  remiss: string;
  fileName: string;
  supersededAt: string;
}

type Row = Record<string, unknown>;

/** Reads everything in one read transaction, so a concurrent writer cannot give a half-updated picture. */
export function readSqlite(db: DatabaseSync): SqliteSnapshot {
  db.exec('BEGIN');
  try {
    const all = (sql: string) => db.prepare(sql).all() as Row[];
    const stancesByDocument = new Map<number, SqliteStance[]>();
    for (const row of all(
      'SELECT document_id, remiss, proposal, title, stance, quote, page, confidence, reason FROM stances ORDER BY document_id, id',
    )) {
      const list = stancesByDocument.get(Number(row.document_id)) ?? [];
      list.push({
        remiss: String(row.remiss),
        proposal: text(row.proposal),
        title: text(row.title),
        stance: String(row.stance),
        quote: String(row.quote),
        page: row.page === null ? null : Number(row.page),
        confidence: String(row.confidence),
        reason: String(row.reason),
      });
      stancesByDocument.set(Number(row.document_id), list);
    }
    return {
      remisser: all('SELECT id, title FROM remisser ORDER BY id').map((r) => ({
        id: String(r.id),
        title: text(r.title),
      })),
      proposals: all('SELECT remiss, number, title, source FROM proposals ORDER BY remiss, number').map((r) => ({
        remiss: String(r.remiss),
        number: String(r.number),
        title: String(r.title),
        source: String(r.source),
      })),
      documents: all(
        `SELECT id, file_name, path, content_hash, kind, remiss, respondent, respondent_key, warnings, added_at
         FROM documents ORDER BY id`,
      ).map((r) => ({
        fileName: String(r.file_name),
        path: String(r.path),
        contentHash: String(r.content_hash),
        kind: String(r.kind),
        remiss: text(r.remiss),
        respondent: text(r.respondent),
        respondentKey: text(r.respondent_key),
        warnings: String(r.warnings),
        addedAt: String(r.added_at),
        stances: stancesByDocument.get(Number(r.id)) ?? [],
      })),
      sentDigests: all(`SELECT day, sent_at FROM digest_runs WHERE status = 'sent' AND sent_at IS NOT NULL`).map(
        (r) => ({ day: String(r.day), sentAt: String(r.sent_at) }),
      ),
      superseded: all(`SELECT ${SUPERSEDED_COLUMNS} FROM superseded_documents ORDER BY content_hash`).map((r) => ({
        contentHash: String(r.content_hash),
        respondentKey: String(r.respondent_key),
        remiss: String(r.remiss),
        fileName: String(r.file_name),
        supersededAt: String(r.superseded_at),
      })),
    };
  } finally {
    db.exec('COMMIT');
  }
}

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
