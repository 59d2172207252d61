import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { EXPORT_FORMATS } from '../src/core/render/export-file.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { buildCorpus } from './corpus.js';
import type { ExportChildReport } from './export-child.js';
import { fmt } from './stats.js';

/**
 * The remissammanställning at the size issue 6 names: one remiss, 300 respondents × 60 proposals = 18,000
 * stances (CONSTRUCTED by the bench corpus generator, respondent names made unique). Each format is exported
 * in a fresh process through the real CLI path, so time, peak RSS and the longest event-loop stall are the
 * export's alone.
 */
export const EXPORT_SHAPE = { remisser: 1, proposalsPerRemiss: 60, responses: 300, stancesPerResponse: 60, seed: 6 };

function runChild(root: string, args: string[]): Promise<ExportChildReport> {
  return new Promise((resolve, reject) => {
    const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const child = spawn(process.execPath, [tsx, join(root, 'bench', 'export-child.ts'), ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as ExportChildReport) : reject(new Error(`export child (${code}): ${err}`)),
    );
  });
}

/** Table rows for `npm run bench`: one per format. `dir` is the bench's scratch folder. */
export async function benchExports(root: string, dir: string): Promise<string[][]> {
  const corpus = buildCorpus(EXPORT_SHAPE);
  const seen = new Map<string, number>();
  for (const doc of corpus.documents) {
    // The generator reuses its ~250 names; 300 distinct respondents make the grid 300 rows wide.
    const name = doc.parsed.respondent ?? '';
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n > 1) doc.parsed.respondent = `${name} (${n})`;
  }
  const dbPath = join(dir, 'export.db');
  const store = await openSqliteStore(dbPath);
  await store.upsertProposals(corpus.proposals, 'curated');
  for (const doc of corpus.documents) await store.saveDocument({ file: doc.parsed.file, ...doc });
  const stances = (await store.status()).stances;
  await store.close();

  const remiss = corpus.remisser[0].id;
  const shape = `${corpus.documents.length} respondents × ${EXPORT_SHAPE.proposalsPerRemiss} proposals, ${stances} stances`;
  const rows: string[][] = [];
  for (const format of EXPORT_FORMATS) {
    const r = await runChild(root, [dbPath, remiss, format, join(dir, `export.${format}`)]);
    rows.push([
      `export ${format.toUpperCase()} (${shape})`,
      `${fmt(r.ms / 1000)} s store → file, ${fmt(r.bytes / 1024 / 1024)} MB; peak RSS ${fmt(r.maxRssMb)} MB (+${fmt(r.maxRssMb - r.rssBeforeMb)} MB over the loaded process); longest event-loop stall ${fmt(r.maxStallMs)} ms (reading the answers alone: ${fmt(r.answersReadMs)} ms, longest stall ${fmt(r.answersReadStallMs)} ms)`,
    ]);
  }
  return rows;
}
