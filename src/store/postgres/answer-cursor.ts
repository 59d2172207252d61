import type { Pool } from 'pg';
import type { Slices } from '../shared/slices.js';
import type { StoredAnswer } from '../store.js';
import { ANSWER_COLUMNS, ANSWER_FROM, toAnswer } from './rows.js';

const SELECT = `SELECT ${ANSWER_COLUMNS} FROM ${ANSWER_FROM}`;
const ALL = `${SELECT} ORDER BY s.remiss COLLATE "C", s.id`;
const ONE_REMISS = `${SELECT} WHERE s.remiss = $1 ORDER BY s.id`;

/**
 * Store.allAnswers through a cursor, `slices.rows` rows per FETCH. In one query pg parses the whole result as its
 * socket delivers it, several 64 KB reads per turn of the event loop: 7.4 MB for 18,000 stances, and stalls of
 * 20–75 ms (median over runs; up to 110 ms) on the 2-core machine. A FETCH of 500 rows is a few ms, and the loop
 * turns while the next is on its way: stalls of 13–44 ms (up to 71 ms), the rest being garbage collection of the
 * answers piling up. Slower in all (150–200 ms against 100–200 ms on loopback), which an export does not notice.
 *
 * A cursor's query reads one snapshot from DECLARE to the last FETCH (REPEATABLE READ says so outright): a
 * respondent's answer replaced meanwhile is read as the old version whole, never part of each.
 */
export async function readAnswersByCursor(
  pool: Pool,
  remiss: string | undefined,
  slices: Slices,
): Promise<StoredAnswer[]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    await client.query(`DECLARE answers NO SCROLL CURSOR FOR ${remiss === undefined ? ALL : ONE_REMISS}`, [
      ...(remiss === undefined ? [] : [remiss]),
    ]);
    const answers: StoredAnswer[] = [];
    for (;;) {
      const { rows } = await client.query(`FETCH ${slices.rows} FROM answers`);
      for (const row of rows) answers.push(toAnswer(row));
      if (rows.length < slices.rows) break;
      await slices.between();
    }
    await client.query('COMMIT');
    return answers;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    // A connection whose ROLLBACK failed is not reused.
    client.release(broken);
  }
}
