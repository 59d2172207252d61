import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder under the OS temp dir per test file; removed in afterAll. */
export function tempDir(prefix = 'remiss-store-'): { path: (name?: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let n = 0;
  return {
    path: (name) => join(dir, name ?? `db-${++n}.db`),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
