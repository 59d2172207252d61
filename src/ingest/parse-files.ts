import { buildCatalog } from '../core/catalog/catalog.js';
import { harvestProposals, parseDocument } from '../core/parse/index.js';
import type { ParsedDocument, Proposal, SourceText } from '../core/types.js';
import { isRemissError } from '../errors.js';
import { type IngestFailure, ingestFailure, parseFailure } from './ingest-failure.js';
import { loadCuratedCatalog } from './load-catalog.js';
import { readSource } from './read-source.js';
import { remissOfFolder } from './remiss-folder.js';

export interface ParsedFile {
  parsed: ParsedDocument;
  /** The text the parser read, for verbatim checks; absent when the file could not be read. */
  source?: SourceText;
  /** Why `parsed.error` is set, as a code (the CLI words it as ingest does); absent when the file parsed. */
  failure?: IngestFailure;
}

export interface ParseFilesOptions {
  catalogDir?: string;
  /** Proposals known from elsewhere (e.g. the store), merged after the curated ones. */
  knownProposals?: readonly Proposal[];
  /** The remiss for letters whose text names none, as in IngestOptions; else a folder named after one gives it. */
  remissHint?: string;
}

/** The contract's object for a file that could not be read or parsed: kind unknown, a one-line error. */
function failed(file: string, error: string): ParsedDocument {
  return { file, kind: 'unknown', remiss: null, respondent: null, stances: [], warnings: [], error };
}

function describe(error: unknown): string {
  if (isRemissError(error)) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

type ReadFile =
  | { file: string; source: SourceText; remissHint?: string }
  | { file: string; source?: never; error: string; failure: IngestFailure };

function failedFile(file: string, error: string, failure: IngestFailure): ParsedFile {
  return { parsed: failed(file, error), failure };
}

/**
 * Reads and parses files as one corpus: numbered headings harvested from every file complete the catalog
 * before any file is parsed, so a bullet quoting a title in one response gets the number another response gives.
 * A file that cannot be read yields an object with `error`; the others still parse.
 */
export async function parseFiles(paths: readonly string[], options: ParseFilesOptions = {}): Promise<ParsedFile[]> {
  const curated = await loadCuratedCatalog(options.catalogDir);
  const read = await Promise.all(
    paths.map(async (file): Promise<ReadFile> => {
      try {
        return { file, source: await readSource(file), remissHint: options.remissHint ?? remissOfFolder(file) };
      } catch (error) {
        return { file, error: describe(error), failure: ingestFailure(error) };
      }
    }),
  );
  const harvested = read.flatMap((r) => (r.source ? harvestProposals(r.source, r.remissHint) : []));
  const catalog = buildCatalog(curated.proposals, options.knownProposals ?? [], harvested);
  return read.map((r): ParsedFile => {
    if (!r.source) return failedFile(r.file, r.error, r.failure);
    try {
      const parsed = parseDocument(r.source, { file: r.file, catalog, remissHint: r.remissHint });
      return { parsed, source: r.source, ...(parsed.error ? { failure: parseFailure(parsed.error) } : {}) };
    } catch (error) {
      return failedFile(r.file, `parse failed: ${describe(error)}`, ingestFailure(error));
    }
  });
}
