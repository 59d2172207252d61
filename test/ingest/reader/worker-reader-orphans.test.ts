import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { waitFor } from '../../helpers/fake-slack.js';
import { isRunning } from '../../helpers/process-alive.js';
import { SEEDS_DIR, workDir } from '../pipeline-files.js';

const HOSTILE_WORKER = join(__dirname, '..', '..', 'fixtures', 'workers', 'hostile-file-worker.ts');
const SCRIPT = join(__dirname, 'read-until-killed.script.ts');
const ASTORP = '002_d8f4ead73eb6a353.txt';

const work = workDir();
afterAll(() => work.remove());

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) child.kill('SIGKILL');
});

/** The script in one process (node --import tsx, not the tsx CLI's two), and the lines it prints. */
function startScript(file: string, step: 'read' | 'parse') {
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  const child = spawn(process.execPath, ['--import', tsx, SCRIPT, HOSTILE_WORKER, file, step], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  started.push(child);
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const line = (word: string) => waitFor(() => out.split('\n').find((l) => l.startsWith(word)), `"${word}"`, 30_000);
  return { child, line };
}

describe('When the process that reads files dies', () => {
  test('killed while its worker loops on a file, the worker process exits too', async () => {
    const file = join(work.dir, 'loops-forever.txt');
    copyFileSync(join(SEEDS_DIR, ASTORP), file);
    const { child, line } = startScript(file, 'parse');
    const pid = Number((await line('worker')).split(' ')[1]);
    await waitFor(() => existsSync(`${file}.looping`), 'the worker looping', 30_000);
    expect(isRunning(pid)).toBe(true);
    child.kill('SIGKILL');
    await waitFor(() => !isRunning(pid), 'the worker process gone');
  });

  test('stopped by SIGTERM while its worker waits for the next file, the worker process exits too', async () => {
    const { child, line } = startScript(join(SEEDS_DIR, ASTORP), 'read');
    const pid = Number((await line('worker')).split(' ')[1]);
    await line('read');
    expect(isRunning(pid)).toBe(true);
    child.kill('SIGTERM');
    await waitFor(() => !isRunning(pid), 'the worker process gone');
  });
});
