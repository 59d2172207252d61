import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { ROOT, tempFolder } from './cli-io.js';

// `npm start` reads `.env`; the CLI on the same host must read the same database (README: REMISS_DB in .env).

const temp = tempFolder();
afterAll(() => temp.remove());

/** Runs `remiss ARGS` as `npm run remiss` does (tsx on src/cli/main.ts) in `cwd`, with `env` on top of a clean one. */
function remiss(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const { REMISS_DB, DOTENV_CONFIG_PATH, ...inherited } = process.env;
  return spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'), ...args],
    {
      cwd,
      encoding: 'utf8',
      env: { ...inherited, NODE_OPTIONS: '', ...env },
    },
  );
}

async function folderWithDotenv(name: string): Promise<{ folder: string; database: string }> {
  const folder = temp.path(name);
  mkdirSync(folder);
  const database = join(folder, 'från-env.db');
  await (await openSqliteStore(database)).close();
  writeFileSync(join(folder, '.env'), `# as README step 2 says\nREMISS_DB=${database}\n`);
  return { folder, database };
}

describe('When REMISS_DB is set in .env in the folder the CLI runs in', () => {
  test('status reads that database, not data/remiss.db', async () => {
    const { folder, database } = await folderWithDotenv('status');
    const run = remiss(folder, ['status']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`Databas: ${database}`);
    expect(run.status).toBe(0);
  });

  test('REMISS_DB set in the environment wins over .env', async () => {
    const { folder } = await folderWithDotenv('override');
    const other = join(folder, 'annan.db');
    await (await openSqliteStore(other)).close();
    const run = remiss(folder, ['status'], { REMISS_DB: other });
    expect(run.stdout).toContain(`Databas: ${other}`);
  });

  test('nothing about .env is printed, so stdout stays machine-readable', async () => {
    const { folder } = await folderWithDotenv('quiet');
    const run = remiss(folder, ['status']);
    expect(run.stdout.split('\n')[0]).toMatch(/^Databas: /);
  });

  test('DOTENV_CONFIG_PATH names another file (the tests point it away from a developer’s .env)', async () => {
    const { folder } = await folderWithDotenv('elsewhere');
    const run = remiss(folder, ['status'], { DOTENV_CONFIG_PATH: join(folder, 'finns-inte.env') });
    expect(run.stderr).toContain(join(folder, 'data', 'remiss.db'));
    expect(run.status).toBe(1);
  });
});
