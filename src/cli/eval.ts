import '../node-version.js';
import { readFile } from 'node:fs/promises';
import { type GoldDocument, scoreAgainstGold } from '../core/eval/score.js';
import { parseFiles } from '../ingest/parse-files.js';
import { type CliIo, processIo } from './io.js';

const DEFAULT_GOLD = ['test/fixtures/seeds.gold.json', 'test/fixtures/constructed.gold.json'];

/** Thrown for a gold file that cannot be used; its message is the line after "eval failed: ". */
class GoldFileProblem extends Error {}

async function readGold(file: string): Promise<GoldDocument[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    // A typo in `npm run eval -- corrected.gold.json` must not pass as a perfect score over nothing.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new GoldFileProblem(`${file} finns inte`);
    throw error;
  }
  try {
    const documents = (JSON.parse(text) as { documents?: GoldDocument[] }).documents;
    if (!Array.isArray(documents)) throw new Error('no "documents" array');
    return documents;
  } catch (error) {
    throw new GoldFileProblem(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * `npm run eval [-- GOLD.json...]`: the parser against the hand labels (default test/fixtures/*.gold.json).
 * Prints figures and exits 0; exits 1 when a gold file is missing or unreadable, or there is nothing to score
 * (a score over no documents would read 1.000).
 */
export async function runEval(args: string[], io: CliIo): Promise<number> {
  const goldFiles = args.length > 0 ? args : DEFAULT_GOLD;
  const gold: GoldDocument[] = [];
  try {
    for (const file of goldFiles) gold.push(...(await readGold(file)));
    if (gold.length === 0) throw new GoldFileProblem(`${goldFiles.join(', ')} has no documents to score`);
  } catch (error) {
    io.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const results = await parseFiles(gold.map((g) => g.file));
  const score = scoreAgainstGold(gold, results);
  const pct = (n: number) => n.toFixed(3);
  const ratio = (r: { right: number; total: number }) => `${r.right}/${r.total}`;
  const lines = score.misses.map((miss) => `  ${miss}`);
  lines.push(
    `documents: ${gold.length}, stances expected ${score.expected}, predicted ${score.predicted}, right ${score.truePositives}`,
    `kind ${ratio(score.kind)}, remiss ${ratio(score.remiss)}, respondent ${ratio(score.respondent)}, verbatim quotes ${ratio(score.verbatim)}`,
    `eval: precision ${pct(score.precision)}, recall ${pct(score.recall)}, F1 ${pct(score.f1)}`,
  );
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

if (require.main === module) {
  runEval(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
