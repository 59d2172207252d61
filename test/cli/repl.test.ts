import { Readable } from 'node:stream';
import { runTerminal } from '../../src/cli/repl.js';
import { CLI_SV } from '../../src/cli/strings-sv.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { prolificRespondentRecord } from '../helpers/prolific-respondent.js';
import { captureIo, SEEDS, tempFolder } from './cli-io.js';

const temp = tempFolder();
afterAll(() => temp.remove());
let n = 0;
let store: Store;
let db: string;
beforeEach(async () => {
  db = temp.path(`repl-${++n}.db`);
  store = await openSqliteStore(db);
});
afterEach(async () => {
  await store.close();
});

async function session(lines: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = { ...captureIo({ SEEDS_DIR: SEEDS, REMISS_DB: db }), stdin: Readable.from(lines.map((l) => `${l}\n`)) };
  const code = await runTerminal(store, io);
  return { code, out: io.out(), err: io.err() };
}

describe('When queries are piped into the terminal mode', () => {
  test('the seeds are ingested before the first answer', async () => {
    const { err } = await session([]);
    expect(err).toContain('5 filer: 5 tillagda');
    expect((await store.status()).responses).toBe(4);
  });

  test('each line gets its answer and the session ends at end of input with exit 0', async () => {
    const { code, out } = await session(['7.2.2', 'Vision']);
    expect(code).toBe(0);
    expect(out).toMatch(/^7\.2\.2 Genomför försöksverksamhet med Magnetmodellen/);
    expect(out).toContain('Vision: ståndpunkter');
  });

  test('no prompt is written when input is not a terminal', async () => {
    const { out } = await session(['7.2.2']);
    expect(out).not.toContain(CLI_SV.replPrompt);
  });

  test('the greeting goes to stderr, so stdout holds only answers', async () => {
    const { out, err } = await session(['7.2.2']);
    expect(err).toContain('Inläst:');
    expect(out).not.toContain('Inläst:');
  });

  test('"avsluta" ends the session before later lines', async () => {
    const { out } = await session(['avsluta', '7.2.2']);
    expect(out).toBe('');
  });

  test('hostile queries get answers and do not end the session', async () => {
    const { code, out } = await session(['x'.repeat(5000), '^(!|=', '', '7.2.2']);
    expect(code).toBe(0);
    expect(out).toContain('7.2.2 Genomför försöksverksamhet');
  });

  test('with no seeds folder configured, nothing is ingested', async () => {
    const io = { ...captureIo({}), stdin: Readable.from([]) };
    await runTerminal(store, io, { seedsDir: null });
    expect((await store.status()).responses).toBe(0);
  });
});

describe('When the terminal is asked for status or help, as Slack is', () => {
  test('"status" prints what `remiss status` prints, not a search', async () => {
    const { out } = await session(['status']);
    expect(out).toContain(`Databas: ${db}`);
    expect(out).toContain('2 remisser · 4 remissvar · 26 ståndpunkter');
    expect(out).toContain('SOU 2024:72 – Stärkt medicinsk kompetens i kommunal hälso- och sjukvård');
    expect(out).not.toContain('Inga träffar');
  });

  test.each(['hjälp', 'help', '?', 'HJÄLP'])('"%s" lists what one can type, in Swedish', async (word) => {
    const { out } = await session([word]);
    expect(out).toContain(CLI_SV.replHelp);
    expect(out).not.toContain('Inga träffar');
  });

  test('the help names status, help and how to leave', () => {
    expect(CLI_SV.replHelp).toMatch(/status/);
    expect(CLI_SV.replHelp).toMatch(/hjälp/);
    expect(CLI_SV.replHelp).toMatch(/avsluta/);
  });

  test('the greeting says how to get the help', async () => {
    const { err } = await session([]);
    expect(err).toContain('hjälp');
  });
});

describe('When a respondent has more proposals than one answer shows', () => {
  /** Constructed: one respondent answering 60 proposals of a made-up remiss (a page is 50). */
  async function prolificRespondent(): Promise<void> {
    await store.saveDocument(prolificRespondentRecord(60));
  }
  const shown = (text: string) => [...text.matchAll(/^9\.(\d+) Konstruerat/gm)].map((m) => Number(m[1]));

  test('the first answer is one page, and its hint says to type "nästa"', async () => {
    await prolificRespondent();
    const { out } = await session(['Storstadens']);
    expect(shown(out)).toHaveLength(50);
    expect(out).toContain(`(visar förslag 1–50 av 60 – nästa sida: ${CLI_SV.replNextPage})`);
  });

  test('"nästa" shows the rest', async () => {
    await prolificRespondent();
    const { out } = await session(['Storstadens', 'nästa']);
    expect(shown(out).slice(50)).toEqual([51, 52, 53, 54, 55, 56, 57, 58, 59, 60]);
    expect(out).toContain('(visar förslag 51–60 av 60)');
  });

  test('"nästa" with no page waiting is an ordinary search', async () => {
    await prolificRespondent();
    const { out } = await session(['Storstadens', 'nästa', 'nästa']);
    expect(shown(out)).toHaveLength(60);
    expect(out).toContain('Inga träffar för ”nästa”');
  });
});
