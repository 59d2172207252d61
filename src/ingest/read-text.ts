import type { Page, SourceText } from '../core/types.js';

/**
 * Plain-text remissvar: pdftotext output, copies pasted from a PDF, or text saved by hand in any editor.
 * Decoding is UTF-8 (with or without BOM), UTF-16 with a BOM, and windows-1252 for old Windows files
 * where "ä" is the single byte 0xE4.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8, yet it passed the text check: an 8-bit Windows/Latin-1 file.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function utf8(bytes: Uint8Array): string {
  // After a UTF-8 BOM the writer meant UTF-8; replace stray bad bytes rather than guess another encoding.
  return new TextDecoder('utf-8').decode(bytes);
}

const FORM_FEED = '\f';

/**
 * The seed convention (text copied from PDFs): each page's first line starts with exactly one space,
 * e.g. " 4.2 Avtalen om läkarmedverkan behöver stärkas". A line that is only a space is not a page start.
 */
const PAGE_START_LINE = /^ \S/;

/**
 * Splits text into pages: on form feeds (pdftotext puts one after every page), or, when the first line
 * starts with a single space, at every line that does (that space is removed) unless that makes pages of
 * a line or two, which is a text indented by one space. Otherwise one page.
 */
export function splitTextPages(text: string): SourceText {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (normalised.includes(FORM_FEED)) return { pages: toPages(splitOnFormFeed(normalised)), paged: true };
  if (PAGE_START_LINE.test(normalised)) {
    const pages = splitOnPageStartLines(normalised);
    if (looksLikePages(pages)) return { pages: toPages(pages), paged: true };
  }
  return { pages: [{ number: 1, text: normalised }], paged: false };
}

/** Seed pages have 7 to 90 non-blank lines; fewer than this per page means paragraphs indented by a space. */
const MIN_MEAN_LINES_PER_PAGE = 5;

function looksLikePages(pages: string[]): boolean {
  const lines = pages
    .join('\n')
    .split('\n')
    .filter((line) => line.trim() !== '').length;
  return lines / pages.length >= MIN_MEAN_LINES_PER_PAGE;
}

function splitOnFormFeed(text: string): string[] {
  const pages = text.split(FORM_FEED);
  // pdftotext ends the last page with a form feed too; that leaves one empty tail, which is no page.
  if (pages.length > 1 && pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

function splitOnPageStartLines(text: string): string[] {
  const pages: string[][] = [];
  for (const line of text.split('\n')) {
    if (PAGE_START_LINE.test(line)) pages.push([line.slice(1)]);
    else pages[pages.length - 1].push(line);
  }
  return pages.map((lines) => lines.join('\n'));
}

function toPages(texts: string[]): Page[] {
  return texts.map((text, index) => ({ number: index + 1, text }));
}
