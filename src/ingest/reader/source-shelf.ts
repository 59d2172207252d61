import { buildCatalog, type Catalog, EMPTY_CATALOG } from '../../core/catalog/catalog.js';
import { harvestProposals, parseDocument } from '../../core/parse/index.js';
import type { ParsedDocument, Proposal, SourceText } from '../../core/types.js';
import { ErrorCode, RemissError } from '../../errors.js';
import { type ReadOptions, readSource, readSourceFromBuffer } from '../read-source.js';

/**
 * A file to read: a path, or bytes already in memory (a Slack file share) with the name errors are worded with; and
 * the remiss the user says it answers ("SOU 2024:72"), for a letter that never names it (core/parse/remiss-hint.ts).
 */
export type ReadInput = ({ path: string } | { bytes: Uint8Array; fileName: string }) & { remissHint?: string };

/** The proposal lists the parser's catalog is built from, in `buildCatalog`'s order: the first list wins a title. */
export type CatalogLists = ReadonlyArray<readonly Proposal[]>;

/** Where a file whose text was not kept can be read again: its path and how it was read. */
export interface Reread {
  path: string;
  options: ReadOptions;
  remissHint?: string;
}

/** Text kept between the harvest step and the parse step; files beyond it are read twice. */
const SOURCE_CACHE_CHARS = 64 * 1024 * 1024;

/**
 * The CPU-heavy half of ingest, the same in the ingest worker and in this thread: read a file into text and
 * harvest its answered headings (step 1), keep the text, and parse it once the caller has completed the catalog
 * (step 2). Between the steps the text stays here, under the caller's id, so only headings and the parsed
 * document travel. A path's text beyond the cache budget is dropped and read again when it is parsed.
 */
export class SourceShelf {
  private readonly texts = new Map<number, SourceText>();
  private readonly rereads = new Map<number, Reread>();
  private readonly hints = new Map<number, string>();
  private keptChars = 0;
  private lists: CatalogLists | undefined;
  private catalog: Catalog = EMPTY_CATALOG;

  /** Step 1: reads `input` into text kept under `id`; returns the numbered headings it answers. */
  async read(id: number, input: ReadInput, options: ReadOptions): Promise<Proposal[]> {
    const source =
      'path' in input
        ? await readSource(input.path, options)
        : await readSourceFromBuffer(input.bytes, input.fileName, options);
    const harvested = harvestProposals(source, input.remissHint);
    if (input.remissHint !== undefined) this.hints.set(id, input.remissHint);
    const chars = source.pages.reduce((n, page) => n + page.text.length, 0);
    // Bytes cannot be read again: their text is always kept (one file of at most 25 MB).
    if (!('path' in input) || this.keptChars + chars <= SOURCE_CACHE_CHARS) {
      this.texts.set(id, source);
      this.keptChars += chars;
    } else {
      this.rereads.set(id, { path: input.path, options, remissHint: input.remissHint });
    }
    return harvested;
  }

  /** The catalog for the next parses, built here so only plain proposal lists travel to the worker. */
  setCatalog(lists: CatalogLists): void {
    if (lists === this.lists) return;
    this.lists = lists;
    this.catalog = buildCatalog(...lists);
  }

  /**
   * Step 2: parses the text kept under `id` (or read again from `reread`, when this shelf never had it or
   * dropped it) against the current catalog, and forgets it. `file` is copied into the result.
   */
  async parse(id: number, file: string, reread?: Reread): Promise<ParsedDocument> {
    const kept = this.texts.get(id);
    const again = reread ?? this.rereads.get(id);
    const remissHint = this.hints.get(id) ?? again?.remissHint;
    this.forget(id);
    const source = kept ?? (again ? await readSource(again.path, again.options) : lost(file));
    return parseDocument(source, { file, catalog: this.catalog, remissHint });
  }

  forget(id: number): void {
    const text = this.texts.get(id);
    if (text) this.keptChars -= text.pages.reduce((n, page) => n + page.text.length, 0);
    this.texts.delete(id);
    this.rereads.delete(id);
    this.hints.delete(id);
  }
}

/** Bytes read by an ingest worker that has stopped since (a crash or a timeout on another file). */
function lost(file: string): never {
  throw new RemissError(ErrorCode.ReaderCrashed, `The text of ${file} was lost when the reader stopped`);
}
