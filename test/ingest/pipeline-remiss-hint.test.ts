import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestBuffer, ingestPaths } from '../../src/ingest/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { LETTER_RESPONDENT, LETTER_WITHOUT_REMISS, letterNaming } from '../helpers/letter-without-remiss.js';
import { workDir } from './pipeline-files.js';

// The letters are constructed (test/helpers/letter-without-remiss.ts); none is a real response.

const work = workDir();
afterAll(() => work.remove());
let n = 0;
/** A letter in a fresh folder of its own (`folder` names it, as a user would), so tests never share a file. */
function letterFile(text = LETTER_WITHOUT_REMISS, folder = `svar-${++n}`): string {
  const dir = join(work.dir, `case-${++n}`, folder);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'remissvar.txt');
  writeFileSync(file, text);
  return file;
}

let store: Store;
beforeEach(async () => {
  store = await openSqliteStore(work.db());
});
afterEach(async () => {
  await store.close();
});

const respondentsOf7_2_2 = async (remiss: string) =>
  (await store.answersForProposal('7.2.2', remiss)).map((a) => a.respondent);

describe('When a letter that never names its remiss is ingested with the hint SOU 2024:72', () => {
  test('it is stored under SOU 2024:72 and answers 7.2.2 there', async () => {
    const report = await ingestPaths(store, [letterFile()], { remissHint: 'SOU 2024:72' });
    expect(report.files[0]).toMatchObject({ status: 'added', remiss: 'SOU 2024:72', remissHint: 'SOU 2024:72' });
    expect(await respondentsOf7_2_2('SOU 2024:72')).toEqual([LETTER_RESPONDENT]);
  });

  test("the remiss's catalog numbers the proposal the letter names by its words", async () => {
    await ingestPaths(store, [letterFile()], { remissHint: 'SOU 2024:72' });
    expect((await store.answersForProposal('7.2.3', 'SOU 2024:72')).map((a) => a.respondent)).toEqual([
      LETTER_RESPONDENT,
    ]);
  });

  test('the report keeps the warning that the remiss came from the hint', async () => {
    const report = await ingestPaths(store, [letterFile()], { remissHint: 'SOU 2024:72' });
    expect(report.files[0].warnings).toContain('remiss from the ingest hint: SOU 2024:72');
  });
});

describe('When a letter names another remiss than the hint', () => {
  test('it is stored under its own remiss, and the report says the text overrules the hint', async () => {
    const report = await ingestPaths(store, [letterFile(letterNaming('SOU 2023:10'))], { remissHint: 'SOU 2024:72' });
    expect(report.files[0].remiss).toBe('SOU 2023:10');
    expect(report.files[0].warnings).toContain('the text names SOU 2023:10, not the ingest hint SOU 2024:72');
  });
});

describe('When a file in a folder named after a remiss is ingested', () => {
  test.each(['SOU 2024-72', 'SOU 2024_72', 'SOU 2024 72', 'SOU 2024:72'])(
    '"%s/" files it under SOU 2024:72',
    async (folder) => {
      const report = await ingestPaths(store, [letterFile(LETTER_WITHOUT_REMISS, folder)]);
      expect(report.files[0].remiss).toBe('SOU 2024:72');
    },
  );

  test('the folder is found when its parent folder is what was given', async () => {
    const file = letterFile(LETTER_WITHOUT_REMISS, 'SOU 2024-72');
    const report = await ingestPaths(store, [join(file, '..', '..')]);
    expect(report.files[0].remiss).toBe('SOU 2024:72');
  });

  test('a hint given for the batch wins over the folder', async () => {
    const report = await ingestPaths(store, [letterFile(LETTER_WITHOUT_REMISS, 'SOU 2023-10')], {
      remissHint: 'SOU 2024:72',
    });
    expect(report.files[0].remiss).toBe('SOU 2024:72');
  });
});

describe('When a stored file is ingested again with a hint', () => {
  test('stored without a remiss, it is parsed again and replaced under the hinted remiss', async () => {
    const file = letterFile();
    await ingestPaths(store, [file]);
    const report = await ingestPaths(store, [file], { remissHint: 'SOU 2024:72' });
    expect(report.files[0]).toMatchObject({ status: 'replaced', remiss: 'SOU 2024:72' });
    expect(await respondentsOf7_2_2('SOU 2024:72')).toEqual([LETTER_RESPONDENT]);
    expect((await store.status()).responses).toBe(1);
  });

  test('with the hint it is stored under, it is unchanged', async () => {
    const file = letterFile();
    await ingestPaths(store, [file], { remissHint: 'SOU 2024:72' });
    const report = await ingestPaths(store, [file], { remissHint: 'SOU 2024:72' });
    expect(report.files[0]).toMatchObject({ status: 'unchanged', remiss: 'SOU 2024:72' });
  });

  test('without a hint it is unchanged and keeps the remiss it was filed under', async () => {
    const file = letterFile();
    await ingestPaths(store, [file], { remissHint: 'SOU 2024:72' });
    const report = await ingestPaths(store, [file]);
    expect(report.files[0]).toMatchObject({ status: 'unchanged', remiss: 'SOU 2024:72' });
  });

  test('with another hint it moves to that remiss', async () => {
    const file = letterFile();
    await ingestPaths(store, [file], { remissHint: 'SOU 2024:72' });
    const report = await ingestPaths(store, [file], { remissHint: 'SOU 2023:10' });
    expect(report.files[0]).toMatchObject({ status: 'replaced', remiss: 'SOU 2023:10' });
    expect(await respondentsOf7_2_2('SOU 2024:72')).toEqual([]);
    expect(await respondentsOf7_2_2('SOU 2023:10')).toEqual([LETTER_RESPONDENT]);
  });

  test('a letter that names its own remiss stays unchanged, and the report says what it names', async () => {
    const file = letterFile(letterNaming('SOU 2023:10'));
    await ingestPaths(store, [file]);
    const before = await store.changeMarker();
    const report = await ingestPaths(store, [file], { remissHint: 'SOU 2024:72' });
    expect(report.files[0]).toMatchObject({ status: 'unchanged', remiss: 'SOU 2023:10' });
    expect(report.files[0].warnings).toContain('the text names SOU 2023:10, not the ingest hint SOU 2024:72');
    expect(await store.changeMarker()).toBe(before);
  });
});

describe('When shared bytes come with a hint', () => {
  test('they are stored under the hinted remiss', async () => {
    const bytes = new TextEncoder().encode(LETTER_WITHOUT_REMISS);
    const report = await ingestBuffer(store, bytes, 'delad.txt', { remissHint: 'SOU 2024:72' });
    expect(report).toMatchObject({ status: 'added', remiss: 'SOU 2024:72' });
  });

  test('stored before without a remiss, they are filed again under the hint', async () => {
    const bytes = new TextEncoder().encode(LETTER_WITHOUT_REMISS);
    await ingestBuffer(store, bytes, 'delad.txt');
    const report = await ingestBuffer(store, bytes, 'delad.txt', { remissHint: 'SOU 2024:72' });
    expect(report).toMatchObject({ status: 'replaced', remiss: 'SOU 2024:72' });
  });
});
