import type { QueryResultRow } from 'pg';
import { AnswerCache } from '../../../src/store/postgres/answer-cache.js';

/** A stored stance joined with its document, as ANSWERS_BY_ID returns it (ANSWER_COLUMNS). */
function row(id: number, respondent: string | null = `Remissinstans ${id}`): QueryResultRow {
  return {
    stance_id: String(id),
    document_id: String(100 + id),
    remiss: 'SOU 2024:72',
    proposal: `7.2.${id}`,
    title: null,
    respondent,
    stance: 'for',
    quote: `Vi tillstyrker förslaget ${id}.`,
    page: 3,
    file: `svar-${id}.pdf`,
    confidence: 'high',
    reason: 'tillstyrker',
    added_at: '2026-11-30T10:00:00.000Z',
  };
}

/** A fake database holding `stored` stances; records the ids each query asked for. */
function database(stored: number[]) {
  const asked: number[][] = [];
  const query = async (_sql: string, params: unknown[]) => {
    const ids = (params[0] as number[]).map(Number);
    asked.push(ids);
    return stored.filter((id) => ids.includes(id)).map((id) => row(id));
  };
  return { asked, query };
}

const ids = (...list: number[]) => list.map((id) => ({ stance_id: String(id) }));

describe('AnswerCache', () => {
  it('returns the answers in the order of the search rows, reading the ones not met before in one query', async () => {
    const db = database([1, 2, 3]);
    const cache = new AnswerCache(db.query);
    const answers = await cache.answers(ids(3, 1, 2));
    expect(answers.map((a) => a.stanceId)).toEqual([3, 1, 2]);
    expect(answers[0]).toMatchObject({ proposal: '7.2.3', respondent: 'Remissinstans 3', file: 'svar-3.pdf' });
    expect(db.asked).toEqual([[3, 1, 2]]);
  });

  it('reads nothing again for answers it has, and only the new ones when a page has both', async () => {
    const db = database([1, 2, 3, 4]);
    const cache = new AnswerCache(db.query);
    await cache.answers(ids(1, 2));
    expect((await cache.answers(ids(2, 1))).map((a) => a.stanceId)).toEqual([2, 1]);
    await cache.answers(ids(1, 4, 2));
    expect(db.asked).toEqual([[1, 2], [4]]);
  });

  it('drops a stance deleted between the search and the read (its document was replaced meanwhile)', async () => {
    const db = database([1, 3]);
    const cache = new AnswerCache(db.query);
    expect((await cache.answers(ids(1, 2, 3))).map((a) => a.stanceId)).toEqual([1, 3]);
  });

  it('keeps at most `capacity` answers, forgetting the least recently used first', async () => {
    const db = database([1, 2, 3]);
    const cache = new AnswerCache(db.query, 2);
    await cache.answers(ids(1));
    await cache.answers(ids(2));
    await cache.answers(ids(1)); // 1 is now the most recently used: 2 goes when 3 arrives
    await cache.answers(ids(3));
    expect(cache.size).toBe(2);
    db.asked.length = 0;
    await cache.answers(ids(1, 3));
    expect(db.asked).toEqual([]);
    await cache.answers(ids(2));
    expect(db.asked).toEqual([[2]]);
  });

  it('a page larger than the capacity is still returned whole', async () => {
    const db = database([1, 2, 3, 4]);
    const cache = new AnswerCache(db.query, 2);
    expect((await cache.answers(ids(1, 2, 3, 4))).map((a) => a.stanceId)).toEqual([1, 2, 3, 4]);
    expect(cache.size).toBe(2);
  });

  it('hands out frozen answers, since every caller reading the stance shares the object', async () => {
    const cache = new AnswerCache(database([1]).query);
    const [answer] = await cache.answers(ids(1));
    expect(Object.isFrozen(answer)).toBe(true);
    expect(() => {
      (answer as { stance: string }).stance = 'against';
    }).toThrow(TypeError);
  });

  it('names a document without a known respondent by its file, as every other read does', async () => {
    const cache = new AnswerCache(async () => [row(1, null)]);
    const [answer] = await cache.answers(ids(1));
    expect(answer.respondent).toBe('Okänd remissinstans (svar-1.pdf)');
  });

  it('a read met for the first time selects whole answers, the same read again ids', () => {
    const cache = new AnswerCache(database([]).query);
    expect(cache.readsWhole('respondent\nvision\n\n0\n50')).toBe(true);
    expect(cache.readsWhole('respondent\nvision\n\n0\n50')).toBe(false);
    expect(cache.readsWhole('respondent\nvision\n\n50\n50')).toBe(true);
  });

  it('a cache that keeps nothing always reads whole answers', () => {
    const cache = new AnswerCache(database([]).query, 0);
    expect(cache.readsWhole('proposal\n7.2.2\nSOU 2024:72')).toBe(true);
    expect(cache.readsWhole('proposal\n7.2.2\nSOU 2024:72')).toBe(true);
  });

  it('remembers at most as many reads as answers, forgetting the least recent first', () => {
    const cache = new AnswerCache(database([]).query, 2);
    cache.readsWhole('a');
    cache.readsWhole('b');
    cache.readsWhole('a'); // a is now the most recent: b goes when c arrives
    cache.readsWhole('c');
    expect(cache.readsWhole('a')).toBe(false);
    expect(cache.readsWhole('b')).toBe(true);
  });

  it('keeps whole answers read elsewhere, frozen and in order, so a later read of their ids asks nothing', async () => {
    const db = database([1, 2]);
    const cache = new AnswerCache(db.query);
    const kept = cache.keep([row(2), row(1)]);
    expect(kept.map((a) => a.stanceId)).toEqual([2, 1]);
    expect(kept[0]).toMatchObject({ respondent: 'Remissinstans 2', file: 'svar-2.pdf' });
    expect(Object.isFrozen(kept[0])).toBe(true);
    expect((await cache.answers(ids(1, 2))).map((a) => a.stanceId)).toEqual([1, 2]);
    expect(db.asked).toEqual([]);
  });

  it('keeps at most `capacity` of the whole answers it is given, and hands all of them out', () => {
    const cache = new AnswerCache(database([]).query, 1);
    expect(cache.keep([row(1), row(2), row(3)]).map((a) => a.stanceId)).toEqual([1, 2, 3]);
    expect(cache.size).toBe(1);
  });
});
