import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { INGEST_LIMITS } from '../core/ingest-limits.js';
import type { SourceText } from '../core/types.js';
import { ErrorCode, RemissError } from '../errors.js';
import { detectFormat, formatFromExtension, type SourceFormat } from './detect-format.js';
import { readDocx } from './read-docx.js';
import { readPdf } from './read-pdf.js';
import { decodeText, splitTextPages } from './read-text.js';
import { listZipEntries } from './zip-entries.js';

export interface ReadOptions {
  /** Larger files are refused before they are read. Default 25 MiB. */
  maxBytes?: number;
  /**
   * Bound on reading one file. In the ingest worker: the whole read (bytes to text, and its headings), after
   * which the worker is killed; in this thread: a PDF's or DOCX's conversion. Default 20 s.
   */
  timeoutMs?: number;
  /** PDFs with more pages are refused. Default 1000. */
  maxPages?: number;
}

export const DEFAULT_READ_OPTIONS: Readonly<Required<ReadOptions>> = Object.freeze({
  maxBytes: INGEST_LIMITS.maxBytes,
  timeoutMs: 20_000,
  maxPages: INGEST_LIMITS.maxPages,
});

/**
 * Reads a remissvar file (PDF, DOCX or plain text, told apart by content, not by name) into pages of text.
 * The size is checked (stat) before the file is opened or any byte read. Throws RemissError with a code and a
 * one-line English message: EmptyFile, FileTooLarge, UnsupportedFormat, CorruptFile, EncryptedFile, NoText,
 * Timeout. A missing or unreadable path throws the Node error (ENOENT, EACCES) unchanged.
 */
export async function readSource(path: string, options: ReadOptions = {}): Promise<SourceText> {
  const limits = withDefaults(options);
  // stat before open: opening a named pipe for reading would wait for a writer forever.
  const stats = await stat(path);
  if (!stats.isFile()) throw new RemissError(ErrorCode.UnsupportedFormat, `${basename(path)} is not a regular file`);
  checkSize(stats.size, limits.maxBytes);
  const handle = await open(path, 'r');
  let bytes: Uint8Array;
  try {
    bytes = await readAtMost(handle, stats.size, limits.maxBytes);
  } finally {
    await handle.close();
  }
  return readSourceFromBuffer(bytes, basename(path), options);
}

/** The same for bytes already in memory (a Slack file share); `fileName` is used only to word errors. */
export async function readSourceFromBuffer(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<SourceText> {
  const limits = withDefaults(options);
  checkSize(bytes.byteLength, limits.maxBytes);
  if (bytes.byteLength === 0) throw new RemissError(ErrorCode.EmptyFile, 'The file is empty');
  const format = detectFormat(bytes);
  const source = await readByFormat(format, bytes, fileName, limits);
  if (source.pages.every((page) => page.text.trim() === '')) {
    throw new RemissError(ErrorCode.EmptyFile, 'The file contains no text, only whitespace');
  }
  return source;
}

async function readByFormat(
  format: SourceFormat,
  bytes: Uint8Array,
  fileName: string,
  limits: Required<ReadOptions>,
): Promise<SourceText> {
  switch (format) {
    case 'pdf':
      return readPdf(bytes, limits);
    case 'docx':
      return readDocx(bytes, limits.timeoutMs);
    case 'text':
      return splitTextPages(decodeText(bytes));
    case 'legacy-doc':
      throw new RemissError(ErrorCode.UnsupportedFormat, 'Old Word .doc files are not supported; save as DOCX or PDF');
    case 'rtf':
      throw new RemissError(ErrorCode.UnsupportedFormat, 'RTF files are not supported; save as DOCX or PDF');
    case 'zip':
      // "PK" and then no directory: a damaged download (often of a DOCX), not an archive of something else.
      if (listZipEntries(bytes) === null) {
        throw new RemissError(
          ErrorCode.CorruptFile,
          'The file starts like a zip archive but is damaged (no directory)',
        );
      }
      throw new RemissError(ErrorCode.UnsupportedFormat, 'The file is a zip archive but not a Word document (DOCX)');
    case 'image':
      throw new RemissError(
        ErrorCode.UnsupportedFormat,
        'The file is an image (JPEG, PNG, GIF or TIFF), not a document; save the letter as PDF, DOCX or text',
      );
    case 'unknown':
      return unrecognised(fileName);
  }
}

/** The content matched no format; the name says what it claimed to be, which decides the wording. */
function unrecognised(fileName: string): never {
  const claimed = formatFromExtension(fileName);
  if (claimed === 'pdf' || claimed === 'docx') {
    throw new RemissError(
      ErrorCode.CorruptFile,
      `${fileName} is named as ${claimed.toUpperCase()} but its content is not; the file is damaged`,
    );
  }
  throw new RemissError(ErrorCode.UnsupportedFormat, 'The file is not PDF, DOCX or text (binary content)');
}

function checkSize(size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new RemissError(
      ErrorCode.FileTooLarge,
      `The file is ${megabytes(size)} MB; the limit is ${megabytes(maxBytes)} MB`,
    );
  }
}

/** Reads no more than the limit even if the file grew after stat (a log being written, a slow upload). */
async function readAtMost(
  handle: Awaited<ReturnType<typeof open>>,
  size: number,
  maxBytes: number,
): Promise<Uint8Array> {
  const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
  let length = 0;
  while (length < buffer.length) {
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  checkSize(length, maxBytes);
  return buffer.subarray(0, length);
}

function withDefaults(options: ReadOptions): Required<ReadOptions> {
  return {
    maxBytes: options.maxBytes ?? DEFAULT_READ_OPTIONS.maxBytes,
    timeoutMs: options.timeoutMs ?? DEFAULT_READ_OPTIONS.timeoutMs,
    maxPages: options.maxPages ?? DEFAULT_READ_OPTIONS.maxPages,
  };
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
