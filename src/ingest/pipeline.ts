import { resolve } from 'node:path';
import type { Proposal } from '../core/types.js';
import type { ResponseSummary, Store } from '../store/store.js';
import { sha256Bytes, sha256File } from './content-hash.js';
import { catalogFoldersIn, expandPaths } from './expand-paths.js';
import { ingestFailure, isDatabaseFailure, parseFailure } from './ingest-failure.js';
import { DEFAULT_CATALOG_DIR, loadCuratedCatalog } from './load-catalog.js';
import type { ReadOptions } from './read-source.js';
import { type CatalogLists, type DocumentReader, inThreadReader, type ReadFile } from './reader/document-reader.js';
import { remissOfFolder } from './remiss-folder.js';
import { type FileReport, failedReport, type IngestReport, savedReport, summarise, unchangedReport } from './report.js';

export type { FileReport, FileStatus, IngestReport } from './report.js';

export interface IngestProgress {
  /** `read`: a file was hashed and read (or found unchanged); `save`: a new file was parsed and stored. */
  phase: 'read' | 'save';
  done: number;
  total: number;
  file: string;
  /** The file's line of the summary once it is final: after saving, or when found unchanged or failed. */
  report?: FileReport;
}

export interface IngestOptions {
  /** Curated catalog files (`*.tsv`); default seeds/catalogs. A `catalogs/` folder inside a given folder is read too. */
  curatedCatalogDir?: string;
  onProgress?: (progress: IngestProgress) => void;
  /** Before each file is read or saved (`done` counts the files before it): what a progress bar names as current. */
  onFileStart?: (progress: Omit<IngestProgress, 'report'>) => void;
  /** The time stored as each document's `added_at`; default the store's clock. */
  now?: () => Date;
  readOptions?: ReadOptions;
  /**
   * The remiss the user says these files answer ("SOU 2024:72", from `parseRemissReference`): used for a letter
   * whose text names none. Without it, a file in a folder named after a remiss (`SOU 2024-72/`) gets that one.
   */
  remissHint?: string;
  /**
   * Where files are read and parsed, one reader per call, closed at its end: in this thread by default (the
   * CLI); the Slack app passes `workerReaders()` so its event loop stays free while a large file is parsed.
   */
  openReader?: () => DocumentReader;
}

interface Pending {
  file: string;
  contentHash: string;
  read: ReadFile;
  remissHint?: string;
  /** The stored document with these bytes, when a hint naming another remiss is why they are read again. */
  stored?: ResponseSummary;
}

/**
 * Stored bytes are read again only when a hint names another remiss than they are filed under: the user is saying
 * where they belong. Without a hint they stay as filed (a folder ingested at every start must not undo a hint given
 * in Slack). A letter that names its own remiss is read again each time for nothing, and then reported unchanged.
 */
function refiles(stored: ResponseSummary, remissHint: string | undefined): boolean {
  return remissHint !== undefined && stored.remiss?.id !== remissHint;
}

/**
 * Ingests files and folders as one corpus. Unchanged files (same sha256 as a stored document) are skipped
 * before they are read. The rest are read; numbered headings from all of them complete the catalog (curated +
 * store + harvested) before any is parsed; each is then stored in its own transaction. A file that fails
 * is reported and leaves the database as it was; the batch goes on. Errors of the database itself
 * (locked, read-only, corrupt) stop the batch and are thrown; files stored before that stay stored.
 */
export async function ingestPaths(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestReport> {
  const files = await expandPaths(paths);
  const reports = new Map<string, FileReport>();
  const pending: Pending[] = [];
  const harvested: Proposal[] = [];
  const reader = (options.openReader ?? inThreadReader)();
  try {
    for (const [index, file] of files.entries()) {
      options.onFileStart?.({ phase: 'read', done: index, total: files.length, file });
      try {
        const contentHash = await sha256File(file);
        const stored = await store.documentByHash(contentHash);
        const remissHint = options.remissHint ?? remissOfFolder(file);
        if (stored && !refiles(stored, remissHint)) {
          reports.set(file, unchangedReport(file, stored, remissHint));
        } else {
          const read = await reader.read({ path: file, remissHint }, options.readOptions);
          harvested.push(...read.harvested);
          pending.push({ file, contentHash, read, remissHint, stored: stored ?? undefined });
        }
      } catch (error) {
        if (isDatabaseFailure(error)) throw error;
        reports.set(file, failedReport(file, ingestFailure(error)));
      }
      options.onProgress?.({ phase: 'read', done: index + 1, total: files.length, file, report: reports.get(file) });
    }

    const curated = await curatedProposals(options.curatedCatalogDir, paths);
    const catalog = await updateCatalog(store, curated.proposals, harvested);
    for (const [index, item] of pending.entries()) {
      options.onFileStart?.({ phase: 'save', done: index, total: pending.length, file: item.file });
      const report = await parseAndSave(store, reader, item, catalog, options);
      reports.set(item.file, report);
      options.onProgress?.({ phase: 'save', done: index + 1, total: pending.length, file: item.file, report });
    }
    const ordered = files.map((file) => reports.get(file)!);
    return summarise(ordered, { harvestedProposals: harvested.length, catalogProblems: curated.problems });
  } finally {
    await reader.close();
  }
}

/** One file's bytes (a Slack file share): the same steps as `ingestPaths` for a corpus of one. */
export async function ingestBuffer(
  store: Store,
  bytes: Uint8Array,
  fileName: string,
  options: IngestOptions = {},
): Promise<FileReport> {
  const contentHash = sha256Bytes(bytes);
  const stored = await store.documentByHash(contentHash);
  const { remissHint } = options;
  if (stored && !refiles(stored, remissHint)) return unchangedReport(fileName, stored, remissHint);
  const reader = (options.openReader ?? inThreadReader)();
  try {
    let read: ReadFile;
    try {
      read = await reader.read({ bytes, fileName, remissHint }, options.readOptions);
    } catch (error) {
      return failedReport(fileName, ingestFailure(error));
    }
    const curated = await curatedProposals(options.curatedCatalogDir, []);
    const catalog = await updateCatalog(store, curated.proposals, read.harvested);
    const item = { file: fileName, contentHash, read, remissHint, stored: stored ?? undefined };
    return await parseAndSave(store, reader, item, catalog, options);
  } finally {
    await reader.close();
  }
}

async function parseAndSave(
  store: Store,
  reader: DocumentReader,
  item: Pending,
  catalog: CatalogLists,
  options: IngestOptions,
): Promise<FileReport> {
  try {
    const parsed = await reader.parse(item.read, item.file, catalog);
    if (parsed.error) return failedReport(item.file, parseFailure(parsed.error), parsed);
    // Read again for a hint, the text named its own remiss after all: nothing to file anew.
    if (item.stored && (parsed.remiss?.id ?? null) === (item.stored.remiss?.id ?? null)) {
      return { ...unchangedReport(item.file, item.stored, item.remissHint), warnings: parsed.warnings };
    }
    const outcome = await store.saveDocument({
      file: item.file,
      contentHash: item.contentHash,
      parsed,
      addedAt: options.now?.(),
      refile: item.stored !== undefined,
    });
    return savedReport(item.file, outcome, parsed, item.remissHint);
  } catch (error) {
    if (isDatabaseFailure(error)) throw error;
    return failedReport(item.file, ingestFailure(error));
  }
}

async function curatedProposals(
  dir: string | undefined,
  paths: readonly string[],
): Promise<{ proposals: Proposal[]; problems: string[] }> {
  const folders = [dir ?? DEFAULT_CATALOG_DIR, ...(await catalogFoldersIn(paths))];
  const unique = [...new Map(folders.map((folder) => [resolve(folder), folder])).values()];
  const proposals: Proposal[] = [];
  const problems: string[] = [];
  for (const folder of unique) {
    const loaded = await loadCuratedCatalog(folder);
    proposals.push(...loaded.proposals);
    problems.push(...loaded.problems);
  }
  return { proposals, problems };
}

/**
 * Stores curated and newly harvested titles, and returns the lists the parser's catalog is built from (the
 * reader builds it, wherever it parses): curated titles win, then those stored, then those just harvested.
 */
async function updateCatalog(store: Store, curated: Proposal[], harvested: Proposal[]): Promise<CatalogLists> {
  if (curated.length > 0) await store.upsertProposals(curated, 'curated');
  if (harvested.length > 0) await store.upsertProposals(harvested, 'harvested');
  return [curated, await store.listProposals(), harvested];
}
