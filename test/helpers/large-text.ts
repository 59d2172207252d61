import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = join(__dirname, '..', '..', 'seeds');

/**
 * A CONSTRUCTED large remissvar: one seed's text repeated until it holds at least `bytes` bytes of UTF-8. Its
 * respondent and stances are the seed's; what it is for is the time and memory reading it takes.
 */
export function largeText(bytes: number, seed = '003_07777d2dab1cb254.txt'): Buffer {
  const text = readFileSync(join(SEEDS, seed), 'utf8');
  const size = Buffer.byteLength(text) + 1;
  return Buffer.from(`${text}\n`.repeat(Math.ceil(bytes / size)));
}
