import type { Line } from './lines.js';

/**
 * Page furniture: running headers and footers, page numbers, officials' contact details and a PDF outline
 * appended after the text. None of it is the respondent's prose, so it never becomes part of a quote.
 */

// "Sida 2 (3)", "Sida 2 av 3", "- 2 -", "2 (3)", a lone "19"
const PAGE_NUMBER =
  /^(?:sida\s+\d+(?:\s*(?:\(\s*\d+\s*\)|av\s+\d+))?|-\s*\d+\s*-|\d{1,3}\s*\(\s*\d{1,3}\s*\)|\d{1,3})$/i;
// "SOU 2024:72 Sammanfattning" — the report's running header
const REPORT_RUNNING_HEADER = /^(?:SOU|Ds)\s*\d{4}:\d+\s+[A-ZÅÄÖ][\wåäö -]{0,40}$/;
// "Telefon: 08-50825910", "daniel.lauridsen@stockholm.se", "start.stockholm", "112 25 Stockholm", "Dnr SOF 2024/634", "2024-10-04"
const CONTACT_DETAIL =
  /^(?:(?:telefon|tel|tfn|mobil|e-?post|e-?mail|fax|webb|hemsida|org\.?\s*nr|besöksadress|postadress|handläggare)\b.*|\S+@\S+\.\w+|(?:www\.)?[a-z0-9-]+\.(?:se|nu|com|org|stockholm)(?:\/\S*)?|\d{3}\s?\d{2}\s+[A-ZÅÄÖ][a-zåäö]+.*|dnr\b.*|\d{4}-\d{2}-\d{2})$/i;

const TABLE_OF_CONTENTS_ENTRY = /(?:\.\s?){4,}\s*\d{1,3}$|…\s*\d{1,3}$/u;

export function isPageNumberLine(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

export function isContactDetailLine(text: string): boolean {
  return CONTACT_DETAIL.test(text.trim());
}

/** Lines within this many non-blank lines of a page's top or bottom are candidates for running headers/footers. */
const EDGE = 4;

/** Per page, the indexes of its first and last EDGE non-blank lines; one pass over the lines for all pages. */
function edgeIndexesByPage(lines: Line[]): number[][] {
  const byPage = new Map<number, number[]>();
  lines.forEach((line, i) => {
    if (line.text.trim() === '') return;
    const onPage = byPage.get(line.page);
    if (onPage) onPage.push(i);
    else byPage.set(line.page, [i]);
  });
  return [...byPage.values()].map((onPage) => [
    ...onPage.slice(0, EDGE),
    ...onPage.slice(Math.max(EDGE, onPage.length - EDGE)),
  ]);
}

/** Marks lines to drop. Returns a boolean per line. */
export function findFurniture(lines: Line[]): boolean[] {
  const drop = lines.map(() => false);
  const pages = [...new Set(lines.map((l) => l.page))];

  // A line that stands at the edge of two or more pages is a running header or footer.
  const edgeCounts = new Map<string, number>();
  const edges = edgeIndexesByPage(lines);
  for (const indexes of edges) {
    for (const key of new Set(indexes.map((i) => lines[i].text.trim().toLowerCase()))) {
      edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1);
    }
  }
  for (const indexes of edges) {
    for (const i of indexes) {
      const text = lines[i].text.trim();
      if ((edgeCounts.get(text.toLowerCase()) ?? 0) >= 2 && text.length < 120) drop[i] = true;
      if (isPageNumberLine(text) && pages.length > 1) drop[i] = true;
    }
  }

  lines.forEach((line, i) => {
    const text = line.text.trim();
    if (text === '') return;
    if (isContactDetailLine(text)) drop[i] = true;
    // A table of contents entry, "4.1 Läkarmedverkan bör stärkas ........ 3", is not the section itself.
    if (TABLE_OF_CONTENTS_ENTRY.test(text)) drop[i] = true;
    // "Sida 2 (3)" is unmistakable wherever the extractor put it; a lone "19" only counts at a page's edge.
    if (/^sida\s+\d/i.test(text) && isPageNumberLine(text)) drop[i] = true;
    // The report's running header is often followed by the page number: "SOU 2024:72 Sammanfattning" / "19".
    if (REPORT_RUNNING_HEADER.test(text) && isPageNumberLine(nextNonBlank(lines, i) ?? 'x')) drop[i] = true;
    if (isPageNumberLine(text) && REPORT_RUNNING_HEADER.test(previousNonBlank(lines, i) ?? '')) drop[i] = true;
  });

  markTrailingOutline(lines, drop);
  return drop;
}

function nextNonBlank(lines: Line[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].text.trim() !== '') return lines[j].text.trim();
  return undefined;
}

function previousNonBlank(lines: Line[], i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) if (lines[j].text.trim() !== '') return lines[j].text.trim();
  return undefined;
}

/**
 * Some PDF exporters append the document outline (its headings) after the last page's text, e.g. FSS:
 * "Remiss av SOU 2024:72 …" / "Om FSS" / "FSS synpunkter i korthet". A trailing run of lines that all repeat
 * earlier lines is that outline.
 */
function markTrailingOutline(lines: Line[], drop: boolean[]): void {
  const firstSeen = firstOccurrences(lines);
  const run: number[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = collapse(lines[i].text);
    if (text === '') continue;
    if (text.length < 150 && (firstSeen.get(text) ?? Number.POSITIVE_INFINITY) < i) {
      run.push(i);
      continue;
    }
    break;
  }
  if (run.length >= 2) for (const i of run) drop[i] = true;
}

/**
 * Where each line, and each pair of consecutive non-blank lines joined by a space (a heading broken over two
 * lines), first stands: the index of its (last) line. One pass, so the check per trailing line is a lookup.
 */
function firstOccurrences(lines: Line[]): Map<string, number> {
  const first = new Map<string, number>();
  let previous = '';
  lines.forEach((line, i) => {
    const text = collapse(line.text);
    if (text === '') return;
    if (!first.has(text)) first.set(text, i);
    if (previous !== '') {
      const pair = `${previous} ${text}`;
      if (!first.has(pair)) first.set(pair, i);
    }
    previous = text;
  });
  return first;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
