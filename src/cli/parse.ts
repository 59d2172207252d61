import { renderParsedDocument } from '../core/render/parsed-text.js';
import { parseFiles } from '../ingest/parse-files.js';
import { failureText } from './ingest-lines.js';
import type { CliIo } from './io.js';
import { CLI_SV } from './strings-sv.js';

/**
 * `remiss parse [--json] FILE...`: parses files as one corpus and prints them. With --json, stdout holds exactly
 * one JSON array (the parse contract) and nothing else. Exit code 1 when any file failed, 2 on bad usage.
 */
export async function runParse(args: string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length === 0 || files.some((f) => f.startsWith('--'))) {
    io.stderr.write(`${CLI_SV.parseUsage}\n`);
    return 2;
  }
  const results = await parseFiles(files, { catalogDir: io.env.CATALOG_DIR });
  const parsed = results.map((r) => r.parsed);
  // JSON keeps the contract's English one-line `error`; the text says why in the words `ingest` uses.
  if (json) io.stdout.write(`${JSON.stringify(parsed, null, 2)}\n`);
  else {
    const texts = results.map((r) => renderParsedDocument(r.parsed, r.failure && failureText(r.failure)));
    io.stdout.write(`${texts.join('\n\n')}\n`);
  }
  return parsed.some((p) => p.error) ? 1 : 0;
}
