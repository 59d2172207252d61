/**
 * Rebuilds the lines of a PDF page from pdf.js text items. The parser needs line structure: a numbered
 * heading ("4.4.3 Det bör inte införas sanktioner …") or a bullet ("• Genomför försöksverksamhet …") is
 * recognised at the start of a line. Nothing else is repaired here (hyphens, headers): that is src/core/text.
 */

/** The part of a pdf.js `TextItem` we use. `transform` is [a, b, c, d, x, y] in PDF user space (y grows upward). */
export interface PositionedText {
  str: string;
  transform: number[];
  width: number;
  hasEOL: boolean;
}

/** A baseline shift below this share of the font size is the same line (superscript footnote marks, kerning). */
const SAME_LINE_SHARE = 0.5;
/** A baseline step above this share of the font size leaves a blank line between paragraphs, as the seeds have. */
const PARAGRAPH_GAP_SHARE = 1.9;
/** A horizontal gap above this share of the font size is a word space that pdf.js did not emit as " ". */
const WORD_GAP_SHARE = 0.15;

export function linesFromTextItems(items: readonly PositionedText[]): string {
  let text = '';
  let previous: PositionedText | null = null;
  for (const item of items) {
    // pdf.js marks line ends with empty items whose position is meaningless; keep only their hasEOL.
    if (item.str !== '') {
      if (previous !== null && !text.endsWith('\n')) text += separator(previous, item);
      else if (previous !== null && isParagraphStep(previous, item)) text += '\n';
      text += item.str;
      previous = item;
    }
    if (item.hasEOL && text !== '' && !text.endsWith('\n')) text += '\n';
  }
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

function separator(previous: PositionedText, item: PositionedText): string {
  const size = Math.max(fontSize(previous), fontSize(item), 1);
  if (Math.abs(baseline(previous) - baseline(item)) > SAME_LINE_SHARE * size) {
    return isParagraphStep(previous, item) ? '\n\n' : '\n';
  }
  const gap = x(item) - (x(previous) + previous.width);
  const spaced = /\s$/.test(previous.str) || /^\s/.test(item.str);
  return gap > WORD_GAP_SHARE * size && !spaced ? ' ' : '';
}

/** Only downward steps (the next line below) count; a jump up is a new column or a page-order quirk. */
function isParagraphStep(previous: PositionedText, item: PositionedText): boolean {
  const size = Math.max(fontSize(previous), fontSize(item), 1);
  const step = baseline(previous) - baseline(item);
  return step > PARAGRAPH_GAP_SHARE * size;
}

function fontSize(item: PositionedText): number {
  const [, , c = 0, d = 0] = item.transform;
  return Math.hypot(c, d);
}

function x(item: PositionedText): number {
  return item.transform[4] ?? 0;
}

function baseline(item: PositionedText): number {
  return item.transform[5] ?? 0;
}
