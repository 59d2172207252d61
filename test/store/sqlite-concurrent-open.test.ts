import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { tempDir } from './temp-db.js';

const dir = tempDir();
afterAll(() => dir.remove());

const CHILDREN = 4;

function openInChild(path: string, startAt: number): Promise<string> {
  const script = resolve(__dirname, 'open-store.script.ts');
  const child = spawn('npx', ['tsx', script, path, String(startAt)], { cwd: resolve(__dirname, '../..') });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('exit', () => resolvePromise(out.trim()));
  });
}

describe('When several processes open a new database at the same moment', () => {
  test('every one of them opens it and can write', async () => {
    const path = dir.path();
    // Far enough ahead for every child to have started tsx; the test does not depend on the exact value.
    const startAt = Date.now() + 6000;
    const outcomes = await Promise.all(Array.from({ length: CHILDREN }, () => openInChild(path, startAt)));
    expect(outcomes).toEqual(Array(CHILDREN).fill('ok'));
    const db = new DatabaseSync(path);
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()?.n).toBe(CHILDREN);
    db.close();
  }, 60_000);
});
