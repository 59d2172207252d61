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
 * e.g. " 4.2 Avtalen om läkarmedverkan behöver stärkas". A line that is only a space is not a page start by
 * itself: such lines stand between paragraphs too (seed 002 has dozens).
 */
const PAGE_START_LINE = /^ \S/;
// A page whose text begins with an empty line starts with a line holding only the space (seed 003's page 2).
const SPACE_ONLY_LINE = ' ';
// The page's own number in a letter's header: "Sida 2 (3)", "Sida 2 av 3", "2 (3)".
const PAGE_NUMBER_LINE = /^\s*(?:sida\s+)?(\d{1,3})\s*(?:\(\s*(\d{1,3})\s*\)|av\s+(\d{1,3}))\s*$/i;

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

/**
 * Pages start at lines beginning with one space. A header's page number ahead of the page it stands on ("Sida 2 (3)"
 * while still on page 1) shows that a page started on a line holding only the space: the nearest such line before
 * the number starts the next page. Lines are only moved to a later page when the number proves they belong there.
 */
function splitOnPageStartLines(text: string): string[] {
  const pages: string[][] = [];
  let spaceOnly = -1;
  for (const line of text.split('\n')) {
    if (PAGE_START_LINE.test(line)) {
      pages.push([line.slice(1)]);
      spaceOnly = -1;
      continue;
    }
    const page = pages[pages.length - 1];
    const number = pageNumberOf(line);
    if (number !== null && number > pages.length && spaceOnly > 0) {
      const moved = page.splice(spaceOnly);
      moved[0] = moved[0].slice(1);
      pages.push(moved);
      spaceOnly = -1;
    }
    const current = pages[pages.length - 1];
    if (line === SPACE_ONLY_LINE) spaceOnly = current.length;
    current.push(line);
  }
  return pages.map((lines) => lines.join('\n'));
}

/** N from a header's "Sida N (M)" / "Sida N av M" / "N (M)", when N is at most M; else null. */
function pageNumberOf(line: string): number | null {
  const match = PAGE_NUMBER_LINE.exec(line);
  if (!match) return null;
  const number = Number(match[1]);
  const total = Number(match[2] ?? match[3]);
  return number >= 1 && number <= total ? number : null;
}

function toPages(texts: string[]): Page[] {
  return texts.map((text, index) => ({ number: index + 1, text }));
}
