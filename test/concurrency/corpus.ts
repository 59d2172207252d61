import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = join(__dirname, '..', '..', 'seeds');

/**
 * A folder of remissvar for the concurrency tests: the real seed texts, plus `copies` constructed variants of
 * them (file names say "constructed"; each ends with a distinct registration line, so each is its own document).
 */
export function writeCorpus(dir: string, copies: number, options: { seeds?: boolean; tag?: string } = {}): string[] {
  mkdirSync(dir, { recursive: true });
  const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));
  const written: string[] = [];
  if (options.seeds ?? true) {
    for (const name of seeds) {
      writeFileSync(join(dir, name), readFileSync(join(SEEDS, name)));
      written.push(name);
    }
  }
  const tag = options.tag ?? 'KONSTRUERAD';
  for (let i = 0; i < copies; i++) {
    const seed = seeds[i % seeds.length];
    const name = `constructed-${tag.toLowerCase()}-${String(i).padStart(3, '0')}-${seed}`;
    const text = readFileSync(join(SEEDS, seed), 'utf8');
    writeFileSync(join(dir, name), `${text}\n\nDiarienummer: ${tag}-${i}\n`);
    written.push(name);
  }
  return written;
}
