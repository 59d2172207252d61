import type { QueryResultRow } from 'pg';
import { respondentName } from '../../core/render/respondent-name.js';
import type { Confidence, Stance } from '../../core/types.js';
import type { StoredAnswer } from '../store.js';
import { ISO_ADDED_AT } from './rows.js';

/** A stance's own columns: what search reads from PostgreSQL; its document's columns come from DocumentCache. */
export const STANCE_COLUMNS =
  's.id AS stance_id, s.document_id, s.remiss, s.proposal, s.title, s.stance, s.quote, s.page, s.confidence, s.reason';

const DOCUMENTS_BY_ID = `SELECT d.id, d.respondent, d.file_name, ${ISO_ADDED_AT}
  FROM documents d WHERE d.id = ANY($1::bigint[])`;

interface DocumentFacts {
  respondent: string;
  file: string;
  addedAt: string;
}

type Query = (sql: string, params: unknown[]) => Promise<QueryResultRow[]>;

/**
 * Respondent, file name and time of every document search has met, so a search statement reads stances alone
 * instead of joining each to its document on the server (the join was a third of a proposal query's time). A
 * document row never changes once written (a new version is a new row; the old one is deleted with its stances),
 * so an entry cannot go stale; documents not seen before are read in one query. One entry per document (~200
 * bytes); versions replaced since stay until the process ends.
 */
export class DocumentCache {
  private readonly facts = new Map<number, DocumentFacts>();

  constructor(private readonly query: Query) {}

  /**
   * Stance rows (STANCE_COLUMNS) → answers, in the rows' order. A row whose document was deleted after the
   * stance was read (replaced by a new version meanwhile) is dropped, as a later read would not have seen it.
   */
  async answers(rows: readonly QueryResultRow[]): Promise<StoredAnswer[]> {
    const missing = new Set<number>();
    for (const row of rows) {
      const id = Number(row.document_id);
      if (!this.facts.has(id)) missing.add(id);
    }
    if (missing.size > 0) {
      for (const doc of await this.query(DOCUMENTS_BY_ID, [[...missing]])) {
        this.facts.set(Number(doc.id), {
          respondent: respondentName(doc.respondent === null ? null : String(doc.respondent), String(doc.file_name)),
          file: String(doc.file_name),
          addedAt: String(doc.added_at),
        });
      }
    }
    const answers: StoredAnswer[] = [];
    for (const row of rows) {
      const documentId = Number(row.document_id);
      const doc = this.facts.get(documentId);
      if (!doc) continue;
      answers.push({
        stanceId: Number(row.stance_id),
        documentId,
        remiss: String(row.remiss),
        proposal: row.proposal === null ? null : String(row.proposal),
        title: row.title === null ? null : String(row.title),
        respondent: doc.respondent,
        stance: row.stance as Stance,
        quote: String(row.quote),
        page: row.page === null ? null : Number(row.page),
        file: doc.file,
        confidence: row.confidence as Confidence,
        reason: String(row.reason),
        addedAt: doc.addedAt,
      });
    }
    return answers;
  }
}
