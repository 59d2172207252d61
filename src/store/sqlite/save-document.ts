import { basename } from 'node:path';
import type { SQLInputValue, StatementSync } from 'node:sqlite';
import { proposalSortKey } from '../../core/search/answer-order.js';
import { respondentKey } from '../respondent-key.js';
import { DOCUMENT_INSERT_COLUMNS, documentValues } from '../shared/rows.js';
import type { IngestOutcome, IngestRecord } from '../store.js';
import { refreshTallies } from './respondent-tallies.js';

/**
 * Writes one parsed file; the caller wraps it in a transaction. Identity rules:
 * - the same bytes (content hash) are one document → `unchanged`, nothing written;
 * - the same file name with new bytes is a new version → the old document and its stances go, the new one is
 *   stored with a fresh `added_at` (so the digest reports it) → `replaced`. Two files that merely share a
 *   name ("remissvar.pdf") but come from different known respondents or remisser are kept apart.
 */
/** Prepares (and may cache) a statement: saving runs once per file, so its statements are reused. */
export type Prepare = (sql: string) => StatementSync;

export function saveDocumentRows(prepare: Prepare, record: IngestRecord, addedAt: Date): IngestOutcome {
  const existing = prepare('SELECT id FROM documents WHERE content_hash = ?').get(record.contentHash);
  if (existing) {
    const documentId = Number(existing.id);
    const count = prepare('SELECT count(*) AS n FROM stances WHERE document_id = ?').get(documentId);
    return { status: 'unchanged', documentId, stances: Number(count?.n ?? 0) };
  }
  const { parsed } = record;
  const fileName = basename(record.file);
  const remiss = parsed.remiss?.id ?? null;
  const key = parsed.respondent === null ? null : respondentKey(parsed.respondent);
  if (parsed.remiss) {
    prepare(
      'INSERT INTO remisser (id, title) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET title = coalesce(remisser.title, excluded.title)',
    ).run(parsed.remiss.id, parsed.remiss.title);
  }
  const replaced = previousVersions(prepare, fileName, remiss, key);
  for (const { id } of replaced) prepare('DELETE FROM documents WHERE id = ?').run(id);

  const inserted = prepare(`INSERT INTO documents (${DOCUMENT_INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    ...(documentValues(record, fileName) as SQLInputValue[]),
    addedAt.toISOString(),
  );
  const documentId = Number(inserted.lastInsertRowid);
  const insertStance = prepare(
    `INSERT INTO stances (document_id, remiss, proposal, title, stance, quote, page, confidence, reason, sort_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const s of parsed.stances) {
    const values: SQLInputValue[] = [documentId, remiss ?? '', s.proposal, s.title, s.stance, s.quote];
    insertStance.run(...values, s.page, s.confidence, s.reason, proposalSortKey(s.proposal, s.title));
  }
  refreshTallies(prepare, [key, ...replaced.map((r) => r.key)]);
  return { status: replaced.length > 0 ? 'replaced' : 'added', documentId, stances: parsed.stances.length };
}

/** Documents with this file name whose respondent and remiss do not contradict the new version's. */
function previousVersions(
  prepare: Prepare,
  fileName: string,
  remiss: string | null,
  key: string | null,
): Array<{ id: number; key: string | null }> {
  const rows = prepare('SELECT id, remiss, respondent_key FROM documents WHERE file_name = ?').all(fileName);
  return rows
    .filter((row) => compatible(row.remiss, remiss) && compatible(row.respondent_key, key))
    .map((row) => ({ id: Number(row.id), key: row.respondent_key === null ? null : String(row.respondent_key) }));
}

function compatible(stored: unknown, incoming: string | null): boolean {
  return stored === null || incoming === null || stored === incoming;
}
