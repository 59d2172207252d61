import { runAsk } from '../../src/cli/ask.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { prolificRespondentRecord } from '../helpers/prolific-respondent.js';
import { captureIo, tempFolder } from './cli-io.js';

/** Constructed: one respondent answers 60 proposals of a made-up remiss, more than one page (50) of `ask`. */
const PROPOSALS = 60;

async function prolificRespondentDb(path: string): Promise<void> {
  const store = await openSqliteStore(path);
  await store.saveDocument(prolificRespondentRecord(PROPOSALS));
  await store.close();
}

const temp = tempFolder();
const db = temp.path('prolific.db');
beforeAll(() => prolificRespondentDb(db));
afterAll(() => temp.remove());

async function ask(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo({ REMISS_DB: db });
  const code = await runAsk(args, io);
  return { code, out: io.out(), err: io.err() };
}

const shown = (text: string) => [...text.matchAll(/^9\.(\d+) Konstruerat/gm)].map((m) => Number(m[1]));

describe('When a respondent has answered more proposals than one page of ask shows', () => {
  test('the first page is 50 proposals and the hint names the command for the next page', async () => {
    const { code, out } = await ask(['Storstadens', 'kommun']);
    expect(code).toBe(0);
    expect(shown(out)).toHaveLength(50);
    expect(out).toContain(
      "(visar förslag 1–50 av 60 – nästa sida: npm run remiss -- ask --offset 50 'Storstadens kommun', alla: --all)",
    );
  });

  test('--offset 50 shows proposals 51–60, and says it is the last page', async () => {
    const { code, out } = await ask(['--offset', '50', 'Storstadens']);
    expect(code).toBe(0);
    expect(shown(out)).toEqual([51, 52, 53, 54, 55, 56, 57, 58, 59, 60]);
    expect(out).toContain('(visar förslag 51–60 av 60)');
  });

  test('--offset=N is accepted too', async () => {
    expect(shown((await ask(['--offset=55', 'Storstadens'])).out)).toEqual([56, 57, 58, 59, 60]);
  });

  test('--all shows every proposal, without a paging hint', async () => {
    const { out } = await ask(['--all', 'Storstadens']);
    expect(shown(out)).toHaveLength(60);
    expect(out).not.toContain('visar förslag');
  });

  test('an offset past the end says how many there are', async () => {
    const { code, out } = await ask(['--offset', '70', 'Storstadens']);
    expect(code).toBe(0);
    expect(out).toContain('Storstadens kommun: ståndpunkter i 60 förslag');
    expect(out).toContain('(60 förslag i allt – inga efter nr 60)');
  });

  test('--json --offset 50 holds proposals 51–60, with the totals of all 60', async () => {
    const json = JSON.parse((await ask(['--json', '--offset', '50', 'Storstadens'])).out);
    expect(json.matches.map((m: { proposal: string }) => m.proposal)).toEqual(
      Array.from({ length: 10 }, (_, i) => `9.${51 + i}`),
    );
    expect(json.totals.matches).toBe(60);
  });

  test('--json --all holds all 60 proposals', async () => {
    const json = JSON.parse((await ask(['--json', '--all', 'Storstadens'])).out);
    expect(json.matches).toHaveLength(60);
  });

  test.each([['-1'], ['tio'], ['1.5'], ['']])('--offset %p is bad usage, exit 2', async (value) => {
    expect((await ask(['--offset', value, 'Storstadens'])).code).toBe(2);
  });

  test('--offset without a value is bad usage, exit 2', async () => {
    expect((await ask(['Storstadens', '--offset'])).code).toBe(2);
  });
});
