import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SEEDS_DIR = resolve(__dirname, '../../seeds');

export const SEED_FILES = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();

/** A throwaway folder for ingest tests; `copySeeds` fills it with the real seed remissvar. */
export function workDir(): { dir: string; db: () => string; copySeeds: (sub?: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'remiss-ingest-'));
  let n = 0;
  return {
    dir,
    db: () => join(dir, `db-${++n}.db`),
    copySeeds: (sub = 'svar') => {
      const target = join(dir, sub);
      mkdirSync(target, { recursive: true });
      for (const name of SEED_FILES) copyFileSync(join(SEEDS_DIR, name), join(target, name));
      return target;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
