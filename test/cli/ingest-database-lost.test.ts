import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CLI_SV } from '../../src/cli/strings-sv.js';
import { writeCorpus } from '../concurrency/corpus.js';
import { startProxy, type TcpProxy } from '../store/postgres-proxy.js';
import { createTestDatabase, describePostgres, type TestDatabase } from '../store/postgres-test-db.js';
import { ROOT, tempFolder } from './cli-io.js';

// An operator's `npm run remiss -- ingest` while PostgreSQL goes away (a restart, a network fault): the CLI must
// end with one Swedish line and what it got done, not with pg's "Unhandled 'error' event" and a stack trace.

describePostgres('When PostgreSQL goes away in the middle of a CLI ingest', (adminUrl) => {
  const temp = tempFolder();
  let db: TestDatabase;
  let proxy: TcpProxy;
  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, 'cli_ingest_lost');
    const target = new URL(db.url);
    proxy = await startProxy(target.hostname, Number(target.port));
  });
  afterAll(async () => {
    await proxy?.close();
    await db?.drop();
    temp.remove();
  });

  test('it says so in Swedish, prints the totals of the files done and exits 1', async () => {
    const folder = temp.path('remissvar');
    writeCorpus(folder, 30);
    const url = new URL(db.url);
    url.port = String(proxy.port);
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/main.ts', 'ingest', folder],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_OPTIONS: '', REMISS_DB: url.toString() },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const firstSaved = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (/tillagd/.test(stdout)) resolve();
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await Promise.race([firstSaved, exited]);
    // The next file's save is under way on a connection the CLI holds; then the server is gone.
    proxy.silence();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await proxy.cut();
    const code = await exited;

    expect(stderr).not.toContain("Unhandled 'error' event");
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).toMatch(/^Databasen .* går inte att nå/m);
    const lines = stdout.split('\n');
    const count = (mark: string) => lines.filter((line) => line.startsWith(`${mark} `)).length;
    const counts = { added: count('+'), replaced: count('↻'), unchanged: count('='), failed: count('✗') };
    const done = counts.added + counts.replaced + counts.unchanged + counts.failed;
    expect(counts.added).toBeGreaterThan(0);
    expect(stdout).toContain(CLI_SV.ingestInterrupted(done, 35));
    expect(stdout).toContain(CLI_SV.ingestSummary({ files: done, ...counts }));
    expect(code).toBe(1);
  }, 90_000);
});
