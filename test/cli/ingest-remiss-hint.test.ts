import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { runParse } from '../../src/cli/parse.js';
import { CLI_SV } from '../../src/cli/strings-sv.js';
import type { ParsedDocument } from '../../src/core/types.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { LETTER_RESPONDENT, LETTER_WITHOUT_REMISS, letterNaming } from '../helpers/letter-without-remiss.js';
import { captureIo, tempFolder } from './cli-io.js';

// The letters are constructed (test/helpers/letter-without-remiss.ts); none is a real response.

const temp = tempFolder();
afterAll(() => temp.remove());
let n = 0;
const freshDb = () => temp.path(`hint-${++n}.db`);
function letter(text = LETTER_WITHOUT_REMISS, folder = `svar-${++n}`): string {
  const dir = temp.path(folder);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `brev-${++n}.txt`);
  writeFileSync(file, text);
  return file;
}

async function respondentsOf7_2_2(db: string): Promise<string[]> {
  const store = await openSqliteStore(db);
  try {
    return (await store.answersForProposal('7.2.2', 'SOU 2024:72')).map((a) => a.respondent);
  } finally {
    await store.close();
  }
}

describe('When remiss ingest is given --remiss "SOU 2024:72"', () => {
  test('a letter that names no remiss is stored under it, and its line says so', async () => {
    const db = freshDb();
    const io = captureIo({ REMISS_DB: db });
    expect(await runCli(['ingest', '--remiss', 'SOU 2024:72', letter()], io)).toBe(0);
    expect(io.out()).toMatch(new RegExp(`\\+ tillagd .*${LETTER_RESPONDENT} · SOU 2024:72 · `));
    expect(io.out()).toContain(CLI_SV.remissFromHint);
    expect(await respondentsOf7_2_2(db)).toEqual([LETTER_RESPONDENT]);
  });

  test('a letter that names another remiss keeps it, and its line warns that the file names that one', async () => {
    const io = captureIo({ REMISS_DB: freshDb() });
    expect(await runCli(['ingest', '--remiss', 'SOU 2024:72', letter(letterNaming('SOU 2023:10'))], io)).toBe(0);
    expect(io.out()).toContain(CLI_SV.fileNamesOtherRemiss('SOU 2023:10', 'SOU 2024:72'));
  });

  test('the folder form "SOU 2024-72" is taken as SOU 2024:72', async () => {
    const io = captureIo({ REMISS_DB: freshDb() });
    expect(await runCli(['ingest', '--remiss', 'SOU 2024-72', letter()], io)).toBe(0);
    expect(io.out()).toContain(' · SOU 2024:72 · ');
  });

  test('a letter stored before without a remiss is replaced under the given one', async () => {
    const db = freshDb();
    const file = letter();
    await runCli(['ingest', file], captureIo({ REMISS_DB: db }));
    const io = captureIo({ REMISS_DB: db });
    expect(await runCli(['ingest', '--remiss', 'SOU 2024:72', file], io)).toBe(0);
    expect(io.out()).toMatch(/↻ ersatt .* · SOU 2024:72 · /);
    expect(await respondentsOf7_2_2(db)).toEqual([LETTER_RESPONDENT]);
  });
});

describe('When --remiss is not a reference the parser files letters under', () => {
  test.each(['Prop. 2023/24:1', 'SOU', 'Stärkt medicinsk kompetens'])(
    '"%s" is refused in Swedish with exit code 2, and no database is created',
    async (given) => {
      const db = freshDb();
      const io = captureIo({ REMISS_DB: db });
      expect(await runCli(['ingest', '--remiss', given, letter()], io)).toBe(2);
      expect(io.err()).toContain(CLI_SV.badRemissHint(given));
      expect(existsSync(db)).toBe(false);
    },
  );

  test('--remiss without a value is a usage error', async () => {
    const io = captureIo({ REMISS_DB: freshDb() });
    expect(await runCli(['ingest', letter(), '--remiss'], io)).toBe(2);
    expect(io.err()).toContain(CLI_SV.ingestUsage);
  });
});

describe('When remiss ingest reads a folder named after a remiss', () => {
  test('its files are stored under that remiss', async () => {
    const db = freshDb();
    const file = letter(LETTER_WITHOUT_REMISS, join(`seeds-${++n}`, 'SOU 2024-72'));
    const io = captureIo({ REMISS_DB: db });
    expect(await runCli(['ingest', join(file, '..', '..')], io)).toBe(0);
    expect(io.out()).toContain(' · SOU 2024:72 · ');
    expect(await respondentsOf7_2_2(db)).toEqual([LETTER_RESPONDENT]);
  });
});

describe('When remiss parse is given --remiss', () => {
  test('the letter is parsed under it, with the warning that says so', async () => {
    const io = captureIo({});
    expect(await runParse(['--json', '--remiss', 'SOU 2024:72', letter()], io)).toBe(0);
    const [doc] = JSON.parse(io.out()) as ParsedDocument[];
    expect(doc.remiss?.id).toBe('SOU 2024:72');
    expect(doc.stances.map((s) => s.proposal)).toContain('7.2.3');
    expect(doc.warnings).toContain('remiss from the ingest hint: SOU 2024:72');
  });

  test('the text shows the warning in Swedish', async () => {
    const io = captureIo({});
    await runParse(['--remiss', 'SOU 2024:72', letter()], io);
    expect(io.out()).toContain('varning: remissen är den angivna SOU 2024:72; texten nämner ingen');
  });

  test('an ill-formed --remiss is refused with exit code 2', async () => {
    const io = captureIo({});
    expect(await runParse(['--remiss', 'Prop. 2023/24:1', letter()], io)).toBe(2);
    expect(io.err()).toContain(CLI_SV.badRemissHint('Prop. 2023/24:1'));
  });
});
