import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCatalogFile } from '../core/catalog/catalog-file.js';
import type { Proposal } from '../core/types.js';

/** Default folder of curated catalog files (one `.tsv` per remiss). */
export const DEFAULT_CATALOG_DIR = join('seeds', 'catalogs');

/** Reads every `.tsv` in `dir`; a missing folder is an empty catalog. Problems are returned, never thrown. */
export async function loadCuratedCatalog(
  dir: string = DEFAULT_CATALOG_DIR,
): Promise<{ proposals: Proposal[]; problems: string[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.tsv')).sort();
  } catch {
    return { proposals: [], problems: [] };
  }
  const proposals: Proposal[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const parsed = parseCatalogFile(await readFile(join(dir, name), 'utf8'));
    proposals.push(...parsed.proposals);
    problems.push(...parsed.problems.map((p) => `${name}: ${p}`));
  }
  return { proposals, problems };
}
