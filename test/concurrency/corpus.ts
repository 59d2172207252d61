import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = join(__dirname, '..', '..', 'seeds');

/**
 * How a constructed copy gets a respondent of its own (one answer per respondent and remiss: a copy that kept its
 * seed's respondent would replace the seed's answer instead of being stored beside it). The Stockholm letter is
 * signed by an administration and named after its e-mail domain, which takes letters only.
 */
function withOwnRespondent(text: string, tag: string, i: number): string {
  const letters = i.toString(26).replace(/./g, (digit) => String.fromCharCode(97 + Number.parseInt(digit, 26)));
  return text
    .replaceAll('Föreningen Sveriges socialchefer', `Föreningen Sveriges socialchefer ${tag}-${i}`)
    .replaceAll('Åstorps kommun', `Åstorps kommun ${tag}-${i}`)
    .replaceAll('Vision', `Vision ${tag}-${i}`)
    .replaceAll('@stockholm.se', `@${tag.toLowerCase()}${letters}.se`);
}

/**
 * A folder of remissvar for the concurrency tests: the real seed texts, plus `copies` constructed variants of
 * them (file names say "constructed"; each has a respondent of its own and ends with a distinct registration
 * line, so each is its own document).
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
    const text = withOwnRespondent(readFileSync(join(SEEDS, seed), 'utf8'), tag, i);
    writeFileSync(join(dir, name), `${text}\n\nDiarienummer: ${tag}-${i}\n`);
    written.push(name);
  }
  return written;
}
