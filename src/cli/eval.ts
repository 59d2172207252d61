import '../node-version.js';
import { readFile } from 'node:fs/promises';
import { type GoldDocument, scoreAgainstGold } from '../core/eval/score.js';
import { parseFiles } from '../ingest/parse-files.js';

/** `npm run eval`: the parser against the hand labels in test/fixtures/*.gold.json. Prints figures; exit 0 always. */
async function main(): Promise<void> {
  const goldFiles =
    process.argv.slice(2).length > 0
      ? process.argv.slice(2)
      : ['test/fixtures/seeds.gold.json', 'test/fixtures/constructed.gold.json'];
  const gold: GoldDocument[] = [];
  for (const file of goldFiles) {
    try {
      gold.push(...(JSON.parse(await readFile(file, 'utf8')) as { documents: GoldDocument[] }).documents);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const results = await parseFiles(gold.map((g) => g.file));
  const score = scoreAgainstGold(gold, results);
  const pct = (n: number) => n.toFixed(3);
  const ratio = (r: { right: number; total: number }) => `${r.right}/${r.total}`;
  for (const miss of score.misses) console.log(`  ${miss}`);
  console.log(
    `documents: ${gold.length}, stances expected ${score.expected}, predicted ${score.predicted}, right ${score.truePositives}`,
  );
  console.log(
    `kind ${ratio(score.kind)}, remiss ${ratio(score.remiss)}, respondent ${ratio(score.respondent)}, verbatim quotes ${ratio(score.verbatim)}`,
  );
  console.log(`eval: precision ${pct(score.precision)}, recall ${pct(score.recall)}, F1 ${pct(score.f1)}`);
}

main().catch((error: unknown) => {
  console.error(`eval failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
