import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAskArgs, runAsk } from '../../src/cli/ask.js';
import { CLI_SV } from '../../src/cli/strings-sv.js';
import { SEARCH_SV } from '../../src/core/render/strings-sv.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { fillStore } from '../search/fixture-corpus.js';

function fakeIo(env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

describe('remiss ask', () => {
  let dir: string;
  let db: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'remiss-ask-'));
    db = join(dir, 'remiss.db');
    const store = await fillStore(await openSqliteStore(db));
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('When asked with --json for "7.2.2 SOU 2024:72"', () => {
    let stdout: string;
    let code: number;
    beforeAll(async () => {
      const run = fakeIo({ REMISS_DB: db });
      code = await runAsk(['--json', '7.2.2 SOU 2024:72'], run.io);
      stdout = run.stdout();
    });

    test('stdout holds exactly one JSON object and exit code is 0', () => {
      expect(code).toBe(0);
      expect(stdout.trim().split('\n')).toHaveLength(1);
      expect(typeof JSON.parse(stdout)).toBe('object');
    });

    test('the object has the contract shape', () => {
      const json = JSON.parse(stdout);
      expect(json).toMatchObject({ query: '7.2.2 SOU 2024:72', kind: 'proposal' });
      expect(json.matches).toHaveLength(1);
      const [match] = json.matches;
      expect(Object.keys(match)).toEqual(expect.arrayContaining(['remiss', 'proposal', 'title', 'tally', 'answers']));
      expect(match).toMatchObject({ remiss: 'SOU 2024:72', proposal: '7.2.2' });
      expect(match.tally).toEqual({ for: 0, partly: 0, against: 2, neutral: 0 });
      for (const answer of match.answers) {
        expect(Object.keys(answer)).toEqual(expect.arrayContaining(['respondent', 'stance', 'quote', 'file', 'page']));
      }
      expect(match.answers[1]).toMatchObject({ respondent: 'Åstorps kommun', stance: 'against', page: 7 });
    });
  });

  test('query words given as separate arguments are joined', async () => {
    const run = fakeIo({ REMISS_DB: db });
    await runAsk(['--json', '7.2.2', 'SOU', '2024:72'], run.io);
    expect(JSON.parse(run.stdout()).query).toBe('7.2.2 SOU 2024:72');
  });

  test("a respondent query with --json holds the respondent's answers grouped by proposal", async () => {
    const run = fakeIo({ REMISS_DB: db });
    await runAsk(['--json', 'Åstorp'], run.io);
    const json = JSON.parse(run.stdout());
    expect(json.kind).toBe('respondent');
    expect(json.matches.map((m: { proposal: string }) => m.proposal)).toEqual([
      '4.1',
      '4.3',
      '7.2.1',
      '7.2.2',
      '7.2.3',
    ]);
  });

  test('text output shows the title and the tally line in Swedish', async () => {
    const run = fakeIo({ REMISS_DB: db });
    expect(await runAsk(['magnetmodelen'], run.io)).toBe(0);
    expect(run.stdout()).toContain('7.2.2 Genomför försöksverksamhet med Magnetmodellen');
    expect(run.stdout()).toContain('2 avstyrker · 0 tillstyrker delvis · 0 tillstyrker');
  });

  test('--remiss picks the remiss of an ambiguous number', async () => {
    const run = fakeIo({ REMISS_DB: db });
    await runAsk(['--json', '--remiss', 'Ds 2099:1', '7.2.2'], run.io);
    expect(JSON.parse(run.stdout()).matches[0].remiss).toBe('Ds 2099:1');
  });

  test('a 5,000-character query is answered with a note that it was cut', async () => {
    const run = fakeIo({ REMISS_DB: db });
    expect(await runAsk(['x'.repeat(5000)], run.io)).toBe(0);
    expect(run.stdout()).toContain(SEARCH_SV.truncated(200));
  });

  test('an unknown option prints the usage and exits 2', async () => {
    const run = fakeIo({ REMISS_DB: db });
    expect(await runAsk(['--jsn', '7.2.2'], run.io)).toBe(2);
    expect(run.stderr()).toContain(CLI_SV.askUsage);
  });

  test('a database file that does not exist is reported as missing and is not created', async () => {
    const missing = join(dir, 'missing.db');
    const run = fakeIo({ REMISS_DB: missing });
    expect(await runAsk(['7.2.2'], run.io)).toBe(1);
    expect(run.stderr()).toBe(`${CLI_SV.noDatabase(missing)}\n`);
    expect(existsSync(missing)).toBe(false);
  });

  test('an empty database says so in Swedish and --json still prints one object', async () => {
    const empty = join(dir, 'empty.db');
    await (await openSqliteStore(empty)).close();
    const run = fakeIo({ REMISS_DB: empty });
    expect(await runAsk(['--json', '7.2.2'], run.io)).toBe(1);
    expect(JSON.parse(run.stdout())).toMatchObject({ kind: 'none', notices: ['empty_database'] });
    expect(run.stderr()).toBe(`${CLI_SV.noResponses(empty)}\n`);
  });

  test('a corrupt database file gets the Swedish corrupt message and is left as it was', async () => {
    const corrupt = join(dir, 'corrupt.db');
    writeFileSync(corrupt, 'this is not a database '.repeat(100));
    const run = fakeIo({ REMISS_DB: corrupt });
    expect(await runAsk(['7.2.2'], run.io)).toBe(1);
    expect(run.stderr()).toContain(CLI_SV.database.database_corrupt(corrupt));
    expect(readFileSync(corrupt, 'utf8')).toBe('this is not a database '.repeat(100));
  });
});

describe('parseAskArgs', () => {
  test('"--" makes the rest query text', () => {
    expect(parseAskArgs(['--', '--json'])).toEqual({ json: false, offset: 0, all: false, query: '--json' });
  });

  test('--remiss=ID is accepted', () => {
    expect(parseAskArgs(['--remiss=SOU 2024:72', '7.2.2'])?.remiss).toBe('SOU 2024:72');
  });

  test('--remiss without a value is bad usage', () => {
    expect(parseAskArgs(['7.2.2', '--remiss'])).toBeNull();
  });
});
