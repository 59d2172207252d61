import type { ParsedDocument, Proposal } from '../../core/types.js';
import type { ReadOptions } from '../read-source.js';
import { type CatalogLists, type ReadInput, SourceShelf } from './source-shelf.js';

export type { CatalogLists, ReadInput } from './source-shelf.js';

/** A file read and harvested; its text waits with the reader until `parse`. */
export interface ReadFile {
  readonly id: number;
  /** Numbered headings the file answers, for the catalog. */
  readonly harvested: Proposal[];
}

/**
 * Reads and parses files for the ingest pipeline, which keeps the store (I/O) to itself: `read` turns a file
 * into text and harvests its headings; the pipeline stores those, completes the catalog, and calls `parse`. Open
 * one per ingest and close it after: texts not parsed are dropped.
 */
export interface DocumentReader {
  /** Throws as `readSource` does (RemissError with a code, or the Node error of a path). */
  read(input: ReadInput, options?: ReadOptions): Promise<ReadFile>;
  /** Parses a file read before against the catalog built from `catalog`; `name` is copied into the result. */
  parse(file: ReadFile, name: string, catalog: CatalogLists): Promise<ParsedDocument>;
  close(): Promise<void>;
}

/** Reads and parses in this thread: for the CLI, where nothing else waits meanwhile. */
export function inThreadReader(): DocumentReader {
  const shelf = new SourceShelf();
  let next = 0;
  return {
    async read(input, options = {}) {
      const id = ++next;
      return { id, harvested: await shelf.read(id, input, options) };
    },
    async parse(file, name, catalog) {
      shelf.setCatalog(catalog);
      return shelf.parse(file.id, name);
    },
    async close() {},
  };
}
