import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { type FakeSlack, startFakeSlack, waitFor } from '../helpers/fake-slack.js';
import { visibleText } from '../helpers/fake-slack-blocks.js';
import { postToApp, slashCommandBody } from '../helpers/fake-slack-requests.js';
import { BOT_TOKEN, SEEDS, SIGNING_SECRET } from './e2e-harness.js';

/** `npm start` as a child process in HTTP mode: SIGTERM lets the request in flight finish, closes the DB, exits 0. */
let fake: FakeSlack;
let child: ChildProcess;
let dir: string;
let output = '';

beforeAll(async () => {
  fake = await startFakeSlack({ botToken: BOT_TOKEN });
  dir = mkdtempSync(join(tmpdir(), 'remiss-sigterm-'));
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(__dirname, '..', '..'),
    env: {
      PATH: process.env.PATH,
      DOTENV_CONFIG_PATH: process.env.DOTENV_CONFIG_PATH,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      SEEDS_DIR: SEEDS,
      REMISS_DB: join(dir, 'remiss.db'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
});

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

test('on SIGTERM the app finishes the request in flight, closes the database and exits 0', async () => {
  const port = await waitFor(() => output.match(/listening on 127\.0\.0\.1:(\d+)/)?.[1], 'the app to listen', 60_000);
  const url = `http://127.0.0.1:${port}/slack/events`;
  const release = fake.hold('in-flight');
  const sent = await postToApp(
    url,
    slashCommandBody({ text: '7.2.2', response_url: fake.responseUrl('in-flight') }),
    'application/x-www-form-urlencoded',
    {
      secret: SIGNING_SECRET,
    },
  );
  expect(sent.status).toBe(200);
  await waitFor(() => fake.responses.find((r) => r.id === 'in-flight'), 'the answer to be on its way');

  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  await waitFor(() => output.includes('finishing 1 request(s) in flight'), 'the receiver to stop');
  expect(child.exitCode).toBeNull();
  release();
  expect(await exited).toBe(0);
  expect(output).toContain('stopped');
  expect(visibleText(fake.responses.find((r) => r.id === 'in-flight')?.body.blocks)).toContain('7.2.2');
  expect(output).not.toContain(BOT_TOKEN);
  expect(output).not.toContain(SIGNING_SECRET);

  // Nothing lost: the database opens and holds the seeds.
  const store = await openSqliteStore(join(dir, 'remiss.db'));
  expect((await store.status()).responses).toBeGreaterThan(0);
  await store.close();
});
