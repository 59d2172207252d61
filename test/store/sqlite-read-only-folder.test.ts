import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { record } from './documents.js';
import { tempDir } from './temp-db.js';

// A database file and its folder that this user may only read (a shared or mounted copy). In WAL mode even a reader
// needs a -shm file beside the database, which SQLite cannot create there. Root ignores file permissions, so under
// root the check runs as `nobody` (runuser), the way the QA reproduced it.

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = join(__dirname, 'read-only-folder.script.ts');
const RUNUSER = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find(existsSync);

const asRoot = process.getuid?.() === 0;
const SKIP = asRoot && !RUNUSER ? 'runs as root without runuser: no unprivileged user to check permissions' : null;

const dir = tempDir('remiss-read-only-folder-');
const folder = dir.path('delad');
afterAll(() => {
  if (existsSync(folder)) chmodSync(folder, 0o755);
  dir.remove();
});

/** Runs the child as a user the permissions apply to, and parses the one line it prints. */
function openAsReader(path: string): Record<string, unknown> {
  const command = [process.execPath, TSX, SCRIPT, path];
  const [file, ...args] = asRoot ? [RUNUSER as string, '-u', 'nobody', '--', ...command] : command;
  const child = spawnSync(file, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (!line.startsWith('{')) throw new Error(`child printed no result; stderr: ${child.stderr.slice(-800)}`);
  return JSON.parse(line);
}

(SKIP ? describe.skip : describe)(
  `When the database and its folder may only be read${SKIP ? ` — ${SKIP}` : ''}`,
  () => {
    let seen: Record<string, unknown>;
    beforeAll(async () => {
      mkdirSync(folder);
      const path = join(folder, 'remiss.db');
      const writer = await openSqliteStore(path);
      await writer.saveDocument(record());
      await writer.close();
      chmodSync(path, 0o444);
      chmodSync(folder, 0o555);
      // The temp folder itself (mkdtemp: 0700) must let the other user reach the shared folder.
      chmodSync(dir.path(''), 0o755);
      seen = openAsReader(path);
    }, 90_000);

    test('opening it for writing is refused as read-only', () => {
      expect(seen.readWrite).toBe('database_read_only');
    });

    test('it can still be queried', () => {
      expect(seen).toMatchObject({ responses: 1, answers: ['Åstorps kommun'] });
      expect(seen.readOnly).toBeUndefined();
    });

    test('a write through the read-only store is still refused', () => {
      expect(seen.write).toBe('database_read_only');
    });

    test('no file is left behind in the folder', () => {
      expect(readdirSync(folder)).toEqual(['remiss.db']);
    });
  },
);
