import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildCatalog } from '../../src/core/catalog/catalog.js';
import { matchProposalTitle } from '../../src/core/catalog/match-title.js';
import { harvestProposals } from '../../src/core/parse/index.js';
import { splitSentences } from '../../src/core/text/sentences.js';
import type { ParsedDocument } from '../../src/core/types.js';
import { parseFiles } from '../../src/ingest/parse-files.js';
import { curatedCatalog, ROOT, SEEDS, seedSource } from './seed-source.js';

/** The stored parse output of the corpus below, generated once from the parser as it stood (see write-parse-snapshot). */
export const PARSE_SNAPSHOT = join(ROOT, 'test', 'fixtures', 'parse-output.snapshot.json');

const CONSTRUCTED_DIR = join(ROOT, 'test', 'fixtures', 'constructed-remissvar');

/**
 * A seed with its sentences one to a line and no blank lines: prose without headings, where every stance sentence
 * goes through title matching (the catalog's costliest path).
 */
export function sentencePerLine(text: string): string {
  return `${text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?:])\s+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .join('\n')}\n`;
}

function relative(parsed: ParsedDocument): ParsedDocument {
  return { ...parsed, file: parsed.file.startsWith(ROOT) ? parsed.file.slice(ROOT.length + 1) : parsed.file };
}

/**
 * Parse output, as ingest builds it (curated catalog plus every file's harvested headings), of every seed and
 * constructed remissvar as one corpus, and of the seeds reshaped one sentence per line as a second corpus.
 * Round-tripped through JSON, the form the snapshot is stored in.
 */
export interface ParseSnapshot {
  corpus: ParsedDocument[];
  sentencePerLine: ParsedDocument[];
  /**
   * Every seed sentence's best title match, without a threshold or margin: pins the scores, not only the winners.
   * Each sentence is matched as written and misspelt (a letter dropped from its long words), for the fuzzy path.
   */
  titleMatches: Array<{ sentence: string; proposal: string; score: number; words: string[] } | null>;
}

// "magnetmodellen" → "magnetmodelen": a letter dropped near the end of every word of eight letters or more.
function misspelt(text: string): string {
  return text.replace(/\p{L}{8,}/gu, (word) => word.slice(0, -3) + word.slice(-2));
}

function titleMatches(): ParseSnapshot['titleMatches'] {
  const sources = Object.values(SEEDS).map(seedSource);
  const catalog = buildCatalog(
    curatedCatalog().proposals,
    sources.flatMap((s) => harvestProposals(s)),
  );
  return sources.flatMap((source) =>
    source.pages.flatMap((page) =>
      splitSentences(page.text)
        .flatMap(({ text }) => [text, misspelt(text)])
        .map((text) => {
          const match = matchProposalTitle(catalog, 'SOU 2024:72', text, { minScore: 0, margin: 0 });
          return match && { sentence: text, proposal: match.proposal.number, score: match.score, words: match.words };
        }),
    ),
  );
}

export async function parseSnapshotCorpus(): Promise<ParseSnapshot> {
  const catalogDir = join(ROOT, 'seeds', 'catalogs');
  const seeds = Object.values(SEEDS).map((path) => join(ROOT, path));
  const constructed = readdirSync(CONSTRUCTED_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(CONSTRUCTED_DIR, name));
  const corpus = (await parseFiles([...seeds, ...constructed], { catalogDir })).map((f) => relative(f.parsed));

  const dir = mkdtempSync(join(tmpdir(), 'remiss-parse-snapshot-'));
  try {
    const reshaped = seeds.map((seed) => {
      const path = join(dir, basename(seed).replace(/\.txt$/, '.sentence-per-line.txt'));
      writeFileSync(path, sentencePerLine(readFileSync(seed, 'utf8')));
      return path;
    });
    const lines = (await parseFiles(reshaped, { catalogDir })).map((f) => ({
      ...f.parsed,
      file: basename(f.parsed.file),
    }));
    return JSON.parse(JSON.stringify({ corpus, sentencePerLine: lines, titleMatches: titleMatches() }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
