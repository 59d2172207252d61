import { ErrorCode } from '../../src/errors.js';
import type { SliceOptions } from '../../src/store/shared/slices.js';
import type { Store } from '../../src/store/store.js';
import { record, SOU, stance } from './documents.js';

/** One empty database per test; `open` may be called several times on it (another instance of the app). */
export interface SliceDatabase {
  open(slices?: SliceOptions): Promise<Store>;
}

export const stancesOf = (respondent: string, n: number, words = 'tillstyrker') =>
  Array.from({ length: n }, (_, i) =>
    stance({ proposal: `7.${i + 1}`, quote: `${respondent} ${words} förslag 7.${i + 1}.`, stance: 'for' }),
  );

/** Three respondents × three answers to SOU 2024:72, each respondent one file. */
export async function threeRespondents(store: Store): Promise<void> {
  for (const name of ['Vision', 'Åstorps kommun', 'Region Skåne']) {
    await store.saveDocument(record({ file: `${name}.pdf`, respondent: name, stances: stancesOf(name, 3) }));
  }
}

/** A new version of a respondent's answer: the same file, every stance changed. */
const replacement = (name: string) =>
  record({ file: `${name}.pdf`, respondent: name, stances: stancesOf(name, 3, 'avstyrker') });

/**
 * What allAnswers guarantees while it reads in slices (two rows at a time here): `during` runs once, in the first
 * pause, where another request's write lands in the real app. The read must equal a read made before it.
 */
export function describeAnswerSlicesContract(name: string, fresh: () => Promise<SliceDatabase>): void {
  describe(`When the ${name} store reads all answers of a remiss in slices`, () => {
    const stores: Store[] = [];
    afterEach(async () => {
      for (const store of stores.splice(0)) await store.close();
    });

    async function sliced(database: SliceDatabase, during: () => Promise<void> = async () => {}) {
      const pauses = { count: 0 };
      const store = await database.open({
        rows: 2,
        between: async () => {
          pauses.count += 1;
          if (pauses.count === 1) await during();
        },
      });
      stores.push(store);
      return { store, pauses };
    }

    async function readBefore(database: SliceDatabase, remiss?: string) {
      const store = await database.open();
      stores.push(store);
      return store.allAnswers(remiss);
    }

    test('it pauses between every two slices', async () => {
      const { store, pauses } = await sliced(await fresh());
      await threeRespondents(store);
      expect(await store.allAnswers(SOU)).toHaveLength(9);
      expect(pauses.count).toBeGreaterThanOrEqual(4);
    });

    test('a respondent ingested between two slices is not in the read at all; the next read has all of it', async () => {
      const database = await fresh();
      const { store } = await sliced(database, async () => {
        await store.saveDocument(record({ file: 'ny.pdf', respondent: 'Ny instans', stances: stancesOf('Ny', 3) }));
      });
      await threeRespondents(store);
      const before = await readBefore(database, SOU);
      expect(await store.allAnswers(SOU)).toEqual(before);
      expect((await store.allAnswers(SOU)).filter((a) => a.respondent === 'Ny instans')).toHaveLength(3);
    });

    test("a respondent's answer replaced between two slices is read as the old version, whole", async () => {
      const database = await fresh();
      const { store } = await sliced(database, async () => {
        await store.saveDocument(replacement('Region Skåne'));
      });
      await threeRespondents(store);
      const before = await readBefore(database, SOU);
      expect(await store.allAnswers(SOU)).toEqual(before);
      const after = (await store.allAnswers(SOU)).filter((a) => a.respondent === 'Region Skåne');
      expect(after.map((a) => a.quote)).toEqual(stancesOf('Region Skåne', 3, 'avstyrker').map((s) => s.quote));
    });

    test('a replacement that another instance saves between two slices is not half in the read either', async () => {
      const database = await fresh();
      const other = await database.open();
      stores.push(other);
      const { store } = await sliced(database, async () => {
        await other.saveDocument(replacement('Vision'));
      });
      await threeRespondents(store);
      const before = await other.allAnswers(SOU);
      expect(await store.allAnswers(SOU)).toEqual(before);
      expect(await store.allAnswers(SOU)).not.toEqual(before);
    });

    test('answers of every remiss are read as of one moment: a write to a later remiss mid-read is not in it', async () => {
      const database = await fresh();
      const { store } = await sliced(database, async () => {
        await store.saveDocument(replacement('Region Skåne'));
      });
      const ds = { id: 'Ds 2023:5', title: null };
      await store.saveDocument(
        record({ file: 'ds.pdf', respondent: 'Vision', remiss: ds, stances: stancesOf('Ds', 3) }),
      );
      await threeRespondents(store);
      const before = await readBefore(database);
      expect(await store.allAnswers()).toEqual(before);
    });

    test('two reads at once both get every answer', async () => {
      const { store } = await sliced(await fresh());
      await threeRespondents(store);
      const [one, all] = await Promise.all([store.allAnswers(SOU), store.allAnswers()]);
      expect(one).toHaveLength(9);
      expect(all).toEqual(one);
    });

    test('a read under way when the store closes fails with DatabaseUnavailable', async () => {
      let closing: Promise<void> | undefined;
      // Not awaited here: PostgreSQL's close waits for the read's connection, which the read gives back on failing.
      const { store } = await sliced(await fresh(), async () => {
        closing = store.close();
      });
      await threeRespondents(store);
      await expect(store.allAnswers(SOU)).rejects.toMatchObject({ code: ErrorCode.DatabaseUnavailable });
      await closing;
    });
  });
}
