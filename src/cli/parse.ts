import { parseRemissReference } from '../core/parse/remiss-hint.js';
import { renderParsedDocument } from '../core/render/parsed-text.js';
import { parseFiles } from '../ingest/parse-files.js';
import { failureText } from './ingest-lines.js';
import type { CliIo } from './io.js';
import { CLI_SV } from './strings-sv.js';

/**
 * `remiss parse [--json] [--remiss "SOU 2024:72"] FILE...`: parses files as one corpus and prints them, `--remiss`
 * (or a folder named after a remiss) filing those whose text names none, as ingest does. With --json, stdout holds
 * exactly one JSON array (the parse contract) and nothing else. Exit code 1 when any file failed, 2 on bad usage.
 */
export async function runParse(args: string[], io: CliIo): Promise<number> {
  const options = parseArgs(args);
  if (!options) {
    io.stderr.write(`${CLI_SV.parseUsage}\n`);
    return 2;
  }
  const { json, files } = options;
  const remissHint = options.remiss === undefined ? undefined : parseRemissReference(options.remiss);
  if (remissHint === null) {
    io.stderr.write(`${CLI_SV.badRemissHint(options.remiss ?? '')}\n`);
    return 2;
  }
  const results = await parseFiles(files, { catalogDir: io.env.CATALOG_DIR, remissHint });
  const parsed = results.map((r) => r.parsed);
  // JSON keeps the contract's English one-line `error`; the text says why in the words `ingest` uses.
  if (json) io.stdout.write(`${JSON.stringify(parsed, null, 2)}\n`);
  else {
    const texts = results.map((r) => renderParsedDocument(r.parsed, r.failure && failureText(r.failure)));
    io.stdout.write(`${texts.join('\n\n')}\n`);
  }
  return parsed.some((p) => p.error) ? 1 : 0;
}

function parseArgs(args: readonly string[]): { json: boolean; remiss?: string; files: string[] } | null {
  let json = false;
  let remiss: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--json') json = true;
    else if (args[i] === '--remiss') {
      remiss = args[++i];
      if (remiss === undefined) return null;
    } else if (args[i].startsWith('--')) return null;
    else files.push(args[i]);
  }
  return files.length > 0 ? { json, remiss, files } : null;
}
