import type { ParsedDocument, Proposal } from '../../core/types.js';
import { type ErrorCode, isRemissError, RemissError } from '../../errors.js';
import type { ReadOptions } from '../read-source.js';
import type { CatalogLists, ReadInput, Reread, SourceShelf } from './source-shelf.js';

/**
 * What a reader is asked to do, as plain data (it crosses to the ingest worker by structured clone). The same
 * requests are answered in this thread when there is no worker, so both paths run the same code.
 */
export type ReaderRequest =
  | { kind: 'read'; file: number; input: ReadInput; options: ReadOptions }
  /** `catalog` absent: the one sent before (lists of thousands of proposals are sent once per batch). */
  | { kind: 'parse'; file: number; name: string; catalog?: CatalogLists; reread?: Reread };

export type ReaderResult = { harvested: Proposal[] } | { parsed: ParsedDocument };

/** An error as data: enough to rebuild one that `ingestFailure` words exactly as it would have the original. */
export interface ErrorData {
  message: string;
  remissCode?: ErrorCode;
  errno?: string;
}

/** Messages from the worker: `ready` once its modules are loaded, then one reply per request. */
export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'reply'; request: number; result: ReaderResult }
  | { kind: 'failed'; request: number; error: ErrorData };

export async function answerRequest(shelf: SourceShelf, request: ReaderRequest): Promise<ReaderResult> {
  if (request.kind === 'read') return { harvested: await shelf.read(request.file, request.input, request.options) };
  if (request.catalog) shelf.setCatalog(request.catalog);
  return { parsed: await shelf.parse(request.file, request.name, request.reread) };
}

export function toErrorData(error: unknown): ErrorData {
  if (isRemissError(error)) return { message: error.message, remissCode: error.code };
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof errno === 'string' ? { message, errno } : { message };
}

export function fromErrorData(data: ErrorData): Error {
  if (data.remissCode) return new RemissError(data.remissCode, data.message);
  const error: NodeJS.ErrnoException = new Error(data.message);
  if (data.errno) error.code = data.errno;
  return error;
}
