import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runEval } from '../../src/cli/eval.js';
import { captureIo, ROOT, tempFolder } from './cli-io.js';

const temp = tempFolder();
afterAll(() => temp.remove());

describe('When npm run eval is given a gold file that does not exist', () => {
  test('it names the file in the error and exits 1', async () => {
    const io = captureIo({});
    const missing = temp.path('nonexistent.json');
    expect(await runEval([missing], io)).toBe(1);
    expect(io.err()).toBe(`eval failed: ${missing} finns inte\n`);
  });

  test('no score is printed', async () => {
    const io = captureIo({});
    await runEval([temp.path('typo.gold.json')], io);
    expect(io.out()).not.toContain('F1');
  });
});

describe('When the gold files hold no documents', () => {
  test('it says there was nothing to score, prints no perfect score and exits 1', async () => {
    const empty = temp.path('empty.gold.json');
    writeFileSync(empty, JSON.stringify({ documents: [] }));
    const io = captureIo({});
    expect(await runEval([empty], io)).toBe(1);
    expect(io.out()).not.toContain('1.000');
    expect(io.err()).toBe(`eval failed: ${empty} has no documents to score\n`);
  });
});

describe('When a gold file is not JSON', () => {
  test('it names the file and exits 1', async () => {
    const bad = temp.path('bad.gold.json');
    writeFileSync(bad, '{ not json');
    const io = captureIo({});
    expect(await runEval([bad], io)).toBe(1);
    expect(io.err()).toMatch(new RegExp(`^eval failed: ${bad}: `));
  });
});

describe('When run as `npm run eval -- nonexistent.json`', () => {
  test('the process exits 1 without printing a score', () => {
    const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/eval.ts', 'nonexistent.json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('F1');
    expect(result.stderr).toContain('eval failed: nonexistent.json finns inte');
  });
});
