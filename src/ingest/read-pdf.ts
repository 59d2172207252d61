import type { Page, SourceText } from '../core/types.js';
import { ErrorCode, RemissError } from '../errors.js';
import { linesFromTextItems, type PositionedText } from './pdf-lines.js';
import { withTimeout } from './with-timeout.js';

export interface PdfLimits {
  timeoutMs: number;
  maxPages: number;
}

type PdfJs = Awaited<ReturnType<typeof import('unpdf')['getResolvedPDFJS']>>;
type LoadingTask = ReturnType<PdfJs['getDocument']>;
type PdfDocument = Awaited<LoadingTask['promise']>;

/**
 * Text of every page of a PDF, one line per text line. Throws RemissError: EncryptedFile (password),
 * CorruptFile (pdf.js cannot parse it), NoText (no text layer: a scan), FileTooLarge (over maxPages),
 * Timeout (the document is destroyed, so pdf.js stops working on it).
 */
export async function readPdf(bytes: Uint8Array, limits: PdfLimits): Promise<SourceText> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js may transfer (detach) the buffer it is given; the caller keeps its own.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: true,
    // Errors only: pdf.js prints warnings ("Indexing all PDF objects") through the console, noise on stderr
    // next to our one-line errors (and on stdout in builds that use console.log, where `parse --json` goes).
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    return await withTimeout(extractPages(task, limits.maxPages), limits.timeoutMs, 'Reading the PDF', () => {
      void task.destroy();
    });
  } catch (error) {
    throw toRemissError(error);
  } finally {
    await task.destroy().catch(() => {});
  }
}

async function loadPdfJs(): Promise<PdfJs> {
  // unpdf's pdf.js bundle is ESM-only and this file compiles to CommonJS: a dynamic import() is the way in
  // (under jest it needs NODE_OPTIONS=--experimental-vm-modules, else "A dynamic import callback was invoked…").
  const { getResolvedPDFJS } = await import('unpdf');
  return getResolvedPDFJS();
}

async function extractPages(task: LoadingTask, maxPages: number): Promise<SourceText> {
  const document: PdfDocument = await task.promise;
  if (document.numPages > maxPages) {
    throw new RemissError(
      ErrorCode.FileTooLarge,
      `The PDF has ${document.numPages} pages; at most ${maxPages} are read`,
    );
  }
  const pages: Page[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    // Items without `str` are marked-content boundaries, not text.
    const items: PositionedText[] = content.items.filter((item) => 'str' in item);
    pages.push({ number, text: linesFromTextItems(items) });
    page.cleanup();
  }
  if (pages.every((page) => page.text.trim() === '')) {
    throw new RemissError(ErrorCode.NoText, 'The PDF has no text layer (a scanned document?); OCR is not supported');
  }
  return { pages, paged: true };
}

function toRemissError(error: unknown): RemissError {
  if (error instanceof RemissError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new RemissError(ErrorCode.EncryptedFile, 'The PDF is password-protected', { cause: error });
  }
  return new RemissError(ErrorCode.CorruptFile, `The PDF could not be read: ${firstLine(error)}`, { cause: error });
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim() || 'unknown error';
}
