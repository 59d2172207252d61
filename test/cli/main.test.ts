import { mkdirSync } from 'node:fs';
import { reportCommandError } from '../../src/cli/cli-store.js';
import { runCli } from '../../src/cli/main.js';
import { CLI_SV } from '../../src/cli/strings-sv.js';
import { ErrorCode, RemissError } from '../../src/errors.js';
import { captureIo, tempFolder } from './cli-io.js';

const temp = tempFolder();
afterAll(() => temp.remove());

describe('When remiss is run without a command', () => {
  test('the usage goes to stderr and the exit code is 2', async () => {
    const io = captureIo({});
    expect(await runCli([], io)).toBe(2);
    expect(io.err()).toContain(CLI_SV.usage);
  });
});

describe('When remiss help is run', () => {
  test('the usage goes to stdout and the exit code is 0', async () => {
    const io = captureIo({});
    expect(await runCli(['help'], io)).toBe(0);
    expect(io.out()).toContain('ingest');
  });
});

describe('When the command is unknown', () => {
  test('a Swedish message names it and the exit code is 2', async () => {
    const io = captureIo({});
    expect(await runCli(['tolka'], io)).toBe(2);
    expect(io.err()).toContain(CLI_SV.unknownCommand('tolka'));
  });

  test('a name inherited from Object is not a command', async () => {
    expect(await runCli(['constructor'], captureIo({}))).toBe(2);
  });
});

describe('When the database cannot be opened', () => {
  test('one Swedish line is printed, without a stack trace', async () => {
    const folder = temp.path('a-folder.db');
    mkdirSync(folder);
    const io = captureIo({ REMISS_DB: folder });
    expect(await runCli(['ingest', 'seeds'], io)).toBe(1);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });
});

describe('When a database error ends a command', () => {
  const cases: Array<[ErrorCode, string]> = [
    [ErrorCode.DatabaseLocked, 'låst'],
    [ErrorCode.DatabaseReadOnly, 'bara att läsa'],
    [ErrorCode.DatabaseCorrupt, 'skadad'],
    [ErrorCode.DatabaseTooNew, 'nyare version'],
  ];
  test.each(cases)('%s is worded in Swedish with the file name', (code, words) => {
    const io = captureIo({ REMISS_DB: '/data/x.db' });
    expect(reportCommandError(new RemissError(code, 'English detail'), io)).toBe(1);
    expect(io.err()).toContain(words);
    expect(io.err()).toContain('/data/x.db');
  });

  test('an unexpected error shows its first line only', () => {
    const io = captureIo({});
    reportCommandError(new Error('boom\n    at somewhere (file.ts:1:1)'), io);
    expect(io.err()).toBe(`${CLI_SV.unexpected('boom')}\n`);
  });
});

describe('When the help is read', () => {
  test.each(['migrate', 'digest --dry-run', 'corrections [--since ÅÅÅÅ-MM-DD] [--as-gold [--out FIL]]', '--offset N'])(
    'it lists %s, as the README does',
    async (words) => {
      const io = captureIo({});
      await runCli(['help'], io);
      expect(io.out()).toContain(words);
    },
  );

  test.each([
    ['ingest'],
    ['ask'],
    ['status'],
    ['export'],
    ['digest'],
    ['parse'],
    ['repl'],
    ['migrate'],
    ['corrections'],
  ])("`%s --help` prints that command's usage on stdout, exit 0", async (name) => {
    for (const flag of ['--help', '-h']) {
      const io = captureIo({ REMISS_DB: temp.path('help.db') });
      expect(await runCli([name, flag], io)).toBe(0);
      expect(io.out()).toMatch(new RegExp(`^Användning: npm run remiss -- ${name}`));
      expect(io.err()).toBe('');
    }
  });

  test('`ask -- --help` searches for "--help" instead', async () => {
    const io = captureIo({ REMISS_DB: temp.path('help-search.db') });
    expect(await runCli(['ask', '--', '--help'], io)).toBe(1);
    expect(io.err()).toContain(CLI_SV.noDatabase(temp.path('help-search.db')));
  });
});

describe('When a command that takes no options is given one', () => {
  test.each(
    [
      ['status', '--json'],
      ['repl', '--json'],
      ['digest', '--dry-run', '--json'],
    ].map((a) => [a.join(' '), a]),
  )('`%s` is bad usage, exit 2, and does nothing', async (_name, args) => {
    const db = temp.path(`unknown-flag-${args.join('')}.db`);
    const io = captureIo({ REMISS_DB: db });
    expect(await runCli(args as string[], io)).toBe(2);
    expect(io.err()).toMatch(/^Användning: npm run remiss -- /);
    expect(io.out()).toBe('');
  });
});
