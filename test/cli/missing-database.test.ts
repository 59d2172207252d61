import { existsSync } from 'node:fs';
import { runCli } from '../../src/cli/main.js';
import { CLI_SV } from '../../src/cli/strings-sv.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { captureIo, tempFolder } from './cli-io.js';

const temp = tempFolder();
afterAll(() => temp.remove());

/** Every command that only reads the database. */
const READERS: string[][] = [
  ['ask', '7.2.2'],
  ['ask', '--json', '7.2.2'],
  ['status'],
  ['export'],
  ['export', '--format', 'csv'],
  ['export', '--format', 'docx', '--out', temp.path('x.docx')],
  ['digest'],
  ['digest', '--dry-run'],
  ['corrections'],
];

async function run(args: string[], db: string): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo({ REMISS_DB: db });
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('When REMISS_DB names a file that does not exist', () => {
  test.each(READERS.map((args) => [args.join(' '), args]))(
    '`%s` says the database does not exist, names it, exits 1 and creates nothing',
    async (_name, args) => {
      const db = temp.path(`saknas-${args.join('-').replace(/\W/g, '')}.db`);
      const { code, err } = await run(args as string[], db);
      expect(code).toBe(1);
      expect(err).toBe(`${CLI_SV.noDatabase(db)}\n`);
      expect(existsSync(db)).toBe(false);
    },
  );

  test('`ask --json` still prints its one JSON object, saying the database is empty', async () => {
    const { out } = await run(['ask', '--json', '7.2.2'], temp.path('saknas-json.db'));
    expect(JSON.parse(out)).toMatchObject({ kind: 'none', notices: ['empty_database'] });
  });

  test('the message says "finns inte", not that the database is empty', () => {
    expect(CLI_SV.noDatabase('/x/remiss.db')).toMatch(/^Databasen \/x\/remiss\.db finns inte\./);
  });
});

describe('When the database exists but holds no remissvar', () => {
  const db = temp.path('tom.db');
  beforeAll(async () => {
    await (await openSqliteStore(db)).close();
  });

  test.each([
    ['ask 7.2.2', ['ask', '7.2.2']],
    ['export (Markdown)', ['export']],
    ['export --format csv', ['export', '--format', 'csv']],
    ['export --format docx', ['export', '--format', 'docx', '--out', temp.path('tom.docx')]],
  ])('`%s` says there is nothing in it, names it and exits 1', async (_name, args) => {
    const { code, out, err } = await run(args, db);
    expect(code).toBe(1);
    expect(err).toBe(`${CLI_SV.noResponses(db)}\n`);
    expect(out).toBe('');
  });

  test('`status` shows the database and says no remissvar are read in yet, exit 0', async () => {
    const { code, out } = await run(['status'], db);
    expect(code).toBe(0);
    expect(out).toContain(`Databas: ${db}`);
    expect(out.trim().split('\n').at(-1)).toBe(CLI_SV.statusNoResponses);
  });

  test.each([
    ['digest', ['digest']],
    ['corrections', ['corrections']],
  ])('`%s` answers that there is nothing, exit 0', async (_name, args) => {
    expect((await run(args, db)).code).toBe(0);
  });
});
