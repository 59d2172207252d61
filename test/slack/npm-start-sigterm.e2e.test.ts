import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeSlack, startFakeSlack, waitFor } from '../helpers/fake-slack.js';
import { BOT_TOKEN, SIGNING_SECRET } from './e2e-harness.js';

// A supervisor that signals only the process it started (`kill $PID`, systemd with KillMode=process, a container
// whose PID 1 is npm) must still stop the app gracefully: `npm start` → … → the app, and SIGTERM to npm alone.

let fake: FakeSlack;
let dir: string;
let npm: ChildProcess;
let output = '';

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  fake = await startFakeSlack({ botToken: BOT_TOKEN });
  dir = mkdtempSync(join(tmpdir(), 'remiss-npm-start-'));
  mkdirSync(join(dir, 'seeds'));
  npm = spawn('npm', ['start'], {
    cwd: join(__dirname, '..', '..'),
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      SEEDS_DIR: join(dir, 'seeds'),
      REMISS_DB: join(dir, 'remiss.db'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own, so the test can clean up whatever is left, as an operator would have to.
    detached: true,
  });
  for (const stream of [npm.stdout, npm.stderr]) {
    stream?.on('data', (d) => {
      output += d;
    });
  }
});

afterAll(async () => {
  if (npm.pid !== undefined && groupAlive(npm.pid)) process.kill(-npm.pid, 'SIGKILL');
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

test('SIGTERM to the npm process alone shuts the app down gracefully and leaves no process behind', async () => {
  await waitFor(() => output.match(/listening on 127\.0\.0\.1:(\d+)/)?.[1], 'the app to listen', 60_000);
  const pgid = npm.pid as number;
  npm.kill('SIGTERM');
  await waitFor(() => output.includes('SIGTERM: shutting down'), 'the app to hear SIGTERM', 20_000);
  await waitFor(() => output.includes('stopped'), 'the graceful shutdown', 20_000);
  await waitFor(() => !groupAlive(pgid), 'every process of npm start to end', 20_000);
}, 120_000);
