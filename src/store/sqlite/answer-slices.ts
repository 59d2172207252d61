import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Slices } from '../shared/slices.js';
import type { StoredAnswer } from '../store.js';
import { ANSWER_COLUMNS, toAnswer } from './rows.js';

// Each an index seek on stances (remiss, proposal): the remisser that have answers, in BINARY (code-point) order,
// one at a time, without a DISTINCT scan over every stance.
const FIRST_REMISS = 'SELECT min(remiss) AS remiss FROM stances';
const NEXT_REMISS = 'SELECT min(remiss) AS remiss FROM stances WHERE remiss > ?';
// No ORDER BY s.id: SQLite would sort the whole remiss, quotes and all, in a temporary B-tree before handing out
// the first row (30–40 ms at 18,000 stances, in one piece). The index hands rows out unsorted; sorted below.
const REMISS_ANSWERS = `SELECT ${ANSWER_COLUMNS} FROM stances s JOIN documents d ON d.id = s.document_id WHERE s.remiss = ?`;

/**
 * Store.allAnswers in slices, pausing between them, so no piece holds the event loop for long (one read of
 * 18,000 stances took 130–280 ms in one piece). The answers are those of one remiss, or all by remiss then stance
 * id, as reads.allAnswers orders them.
 *
 * `db` must be a connection of its own (read-connections.ts): the whole read is one read transaction, and in WAL
 * mode that sees the database as it stood at its first statement, whatever is committed during the pauses (an
 * ingest on the main connection, another instance's). An export thus has a respondent's old answer or the new one
 * whole, never part of each, and never a respondent added half-way.
 */
export async function readAnswersInSlices(
  db: DatabaseSync,
  remiss: string | undefined,
  slices: Slices,
): Promise<StoredAnswer[]> {
  db.exec('BEGIN');
  try {
    const answers: StoredAnswer[] = [];
    const statement = db.prepare(REMISS_ANSWERS);
    let next: string | null = remiss ?? nextRemiss(db, null);
    while (next !== null) {
      for (const answer of await readRemiss(statement, next, slices)) answers.push(answer);
      next = remiss === undefined ? nextRemiss(db, next) : null;
    }
    db.exec('COMMIT');
    return answers;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

function nextRemiss(db: DatabaseSync, after: string | null): string | null {
  const row = after === null ? db.prepare(FIRST_REMISS).get() : db.prepare(NEXT_REMISS).get(after);
  return row?.remiss === null || row?.remiss === undefined ? null : String(row.remiss);
}

async function readRemiss(statement: StatementSync, remiss: string, slices: Slices): Promise<StoredAnswer[]> {
  const rows = statement.iterate(remiss);
  const answers: StoredAnswer[] = [];
  try {
    for (;;) {
      for (let n = 0; n < slices.rows; n++) {
        const row = rows.next();
        // Ids of one remiss: a few ms for 18,000 (mostly in order already: the index lists them by proposal).
        if (row.done) return answers.sort((a, b) => a.stanceId - b.stanceId);
        answers.push(toAnswer(row.value));
      }
      await slices.between();
    }
  } finally {
    // Resets the statement when the read stops early, so the transaction can end.
    rows.return?.();
  }
}
