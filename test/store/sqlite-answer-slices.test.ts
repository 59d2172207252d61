import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { describeAnswerSlicesContract, threeRespondents } from './answer-slices-contract.js';
import { SOU } from './documents.js';
import { tempDir } from './temp-db.js';

const dir = tempDir('remiss-slices-');
afterAll(() => dir.remove());

describeAnswerSlicesContract('SQLite', async () => {
  const path = dir.path();
  return { open: (slices) => openSqliteStore(path, { slices }) };
});

/** Counts the pauses of a store's sliced reads. */
function counting() {
  const pauses = { count: 0 };
  const slices = {
    rows: 2,
    between: async () => {
      pauses.count += 1;
    },
  };
  return { pauses, slices };
}

describe('When a read-only SQLite store reads all answers of a remiss', () => {
  test('it reads them in slices as well, as the writer would', async () => {
    const path = dir.path();
    const writer = await openSqliteStore(path);
    await threeRespondents(writer);
    const { pauses, slices } = counting();
    const reader = await openSqliteStore(path, { readOnly: true, slices });
    expect(await reader.allAnswers(SOU)).toEqual(await writer.allAnswers(SOU));
    expect(pauses.count).toBeGreaterThan(0);
    await reader.close();
    await writer.close();
  });
});

describe('When all answers are read from an in-memory SQLite database', () => {
  test('they are read in one piece: no second connection can see that database', async () => {
    const { pauses, slices } = counting();
    const store = await openSqliteStore(':memory:', { slices });
    await threeRespondents(store);
    expect(await store.allAnswers(SOU)).toHaveLength(9);
    expect(pauses.count).toBe(0);
    await store.close();
  });
});
