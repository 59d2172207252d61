import type { CleanText } from '../text/clean-source.js';
import { svRegex } from '../text/swedish-regex.js';
import { ANSWER_LABEL } from './cues.js';
import { listHeader } from './list-header.js';

/**
 * The structure of a document, recovered from lines: headings (numbered or not), bullets and paragraphs.
 * PDF text has no reliable blank lines (many remissvar come out double-spaced), so structure is read from
 * line starts, line ends and capitalisation.
 */
export type BlockKind = 'numbered-heading' | 'heading' | 'bullet' | 'paragraph';

export interface Block {
  kind: BlockKind;
  /** Lines joined with single spaces. */
  text: string;
  /** "7.2.2" for a numbered heading. */
  number?: string;
  /** A heading's text without its number; a bullet's text without its bullet sign. */
  title?: string;
  /** The paragraph starts with "Svar:" (a reply under a heading). */
  answer?: boolean;
  /** Offsets in `text` where each source line starts, with its page. */
  lineStarts: Array<{ offset: number; page: number }>;
}

// "7.2.2 Genomför försöksverksamhet med Magnetmodellen i kommunal" (a number with at least one dot, then a capital)
const NUMBERED_HEADING = svRegex(String.raw`^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(["”«(]?[\p{Lu}].*)$`, 'u');
// A table row converted from HTML or Markdown, cells between "|": "5.1 | Upphandling | Tillstyrker", "| 5.1 | … |".
// The number cell is the proposal; the rest of the row, pipes and all, is its title (the quote stays as written).
const PIPE_TABLE_ROW = /^\|?\s*(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s*\|\s*(\S.*)$/u;
// "• Genomför …", "► att …", "– …", "- …", "* …", "1. …", "a) …"
const BULLET = /^(?:[•►▪●◦■□➢✓*–—-]|\d{1,2}[.)]|[a-z]\))\s+(.*)$/u;
const SENTENCE_END = /[.!?:;]["”»)]?$/u;
// A heading never ends in one of these: "… för att", "… i", "… och".
const FUNCTION_WORD_END = svRegex(
  String.raw`\b(?:och|att|i|på|för|av|med|som|till|om|en|ett|den|det|de|från|samt|eller|är|har|inom|vid|mellan|under|över|genom|hos|men)$`,
  'iu',
);
const MAX_HEADING_LENGTH = 160;
// Prose, not a heading: "Föreningen Sveriges socialchefer (FSS) har från Socialdepartementet fått remiss av utredningen"
const FINITE_VERB = svRegex(
  String.raw`\b(?:har|hade|är|var|ska|skall|kan|bör|får|fick|ger|gav|lämnar|anser|menar)\b`,
  'iu',
);
const LONG_HEADING_WITH_VERB = 60;
// "… förslaget. Kontakt: Anna Andersson": a sentence ended inside, so prose followed by a line, not a heading.
const INNER_SENTENCE_END = /\p{Ll}[.!?]["”»)]?\s+["”«(]?\p{Lu}/u;
// A line that is only a web or e-mail address: a contact line, never a heading or the next line of a sentence.
const ADDRESS_ONLY = /^(?:(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.\p{L}{2,})$/iu;

interface RawLine {
  text: string;
  page: number;
  /** A blank line stood before this one. */
  gap: boolean;
}

function nonBlankLines(clean: CleanText): RawLine[] {
  const out: RawLine[] = [];
  let gap = true;
  let page = clean.lines[0]?.page;
  for (const line of clean.lines) {
    const text = line.text.trim();
    if (line.page !== page) gap = true;
    page = line.page;
    if (text === '') {
      gap = true;
      continue;
    }
    out.push({ text, page: line.page, gap });
    gap = false;
  }
  return out;
}

function startsLower(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

function startsUpper(text: string): boolean {
  return /^["”«(]?[\p{Lu}\d]/u.test(text);
}

/**
 * The block being read. Its lines are kept apart and joined once when it closes, and whether it ends a sentence is
 * read from the last line alone: a block of one sentence per line and no blank line ("Detta är … ställning." ×
 * 25 000) costs the same per line at its end as at its start.
 */
class OpenBlock {
  readonly lines: string[] = [];
  readonly lineStarts: Block['lineStarts'] = [];
  /** The last line ends a sentence: "… förslaget." */
  ended = false;
  kind: BlockKind;
  private readonly extra: Partial<Block>;
  private length = 0;

  constructor(kind: BlockKind, extra: Partial<Block>) {
    this.kind = kind;
    this.extra = extra;
  }

  get answer(): boolean {
    return this.extra.answer === true;
  }

  add(line: RawLine): void {
    const offset = this.lines.length === 0 ? 0 : this.length + 1;
    this.lineStarts.push({ offset, page: line.page });
    this.lines.push(line.text);
    this.length = offset + line.text.length;
    // The end is all SENTENCE_END looks at; a 20 MB line without a break is not scanned for it.
    this.ended = SENTENCE_END.test(line.text.slice(-2));
  }

  /** The text so far; joined anew on each call, so only for a block of a few lines or once at its close. */
  text(): string {
    return this.lines.join(' ');
  }

  toBlock(): Block {
    const block: Block = { kind: this.kind, text: this.text(), lineStarts: this.lineStarts, ...this.extra };
    // A heading's or bullet's title goes on over its continuation lines.
    if (this.extra.title !== undefined) block.title = [this.extra.title, ...this.lines.slice(1)].join(' ');
    return block;
  }
}

class BlockBuilder {
  readonly blocks: Block[] = [];
  private current: OpenBlock | null = null;

  open(kind: BlockKind, line: RawLine, extra: Partial<Block> = {}): void {
    this.close();
    this.current = new OpenBlock(kind, extra);
    this.current.add(line);
  }

  append(line: RawLine): void {
    if (this.current) this.current.add(line);
    else this.open('paragraph', line);
  }

  get block(): OpenBlock | null {
    return this.current;
  }

  close(): void {
    if (this.current) this.blocks.push(this.current.toBlock());
    this.current = null;
  }
}

function looksLikeHeading(block: OpenBlock): boolean {
  if (block.kind !== 'paragraph' || block.answer || block.lines.length > 3) return false;
  const text = block.text();
  return (
    text.length <= MAX_HEADING_LENGTH &&
    !block.ended &&
    !FUNCTION_WORD_END.test(text) &&
    !/[,–-]$/u.test(text) &&
    // "… (SOU" / "2024:72)": a title broken inside a parenthesis goes on.
    (text.match(/\(/g)?.length ?? 0) === (text.match(/\)/g)?.length ?? 0) &&
    !(text.length >= LONG_HEADING_WITH_VERB && FINITE_VERB.test(text)) &&
    !INNER_SENTENCE_END.test(text) &&
    !ADDRESS_ONLY.test(text)
  );
}

export function toBlocks(clean: CleanText): Block[] {
  const builder = new BlockBuilder();
  for (const line of nonBlankLines(clean)) {
    const current = builder.block;
    const numbered = NUMBERED_HEADING.exec(line.text) ?? PIPE_TABLE_ROW.exec(line.text);
    const bullet = BULLET.exec(line.text);
    if (numbered) {
      builder.open('numbered-heading', line, { number: numbered[1], title: numbered[2] });
      continue;
    }
    if (bullet) {
      builder.open('bullet', line, { title: bullet[1] });
      continue;
    }
    if (ANSWER_LABEL.test(line.text)) {
      builder.open('paragraph', line, { answer: true });
      continue;
    }
    if (!current) {
      builder.open('paragraph', line);
      continue;
    }
    const ended = current.ended;
    if (ended && ADDRESS_ONLY.test(line.text)) {
      // "… år." / "https://exempelkommunen.se": lower case, yet not the sentence going on.
      builder.open('paragraph', line);
      continue;
    }
    if (current.kind === 'numbered-heading') {
      // "4.1.1 Genomför redan lämnade förslag om lagkrav på tillgång till medicinsk" / "bedömning dygnet runt"
      if (startsLower(line.text) && !ended && current.lines.length < 3) builder.append(line);
      else builder.open('paragraph', line);
      continue;
    }
    if (current.kind === 'bullet' && (line.gap || listHeader(line.text, true)) && startsUpper(line.text)) {
      // "► att betydelsen … förstärks" / (blank) / "Veronica Magnusson, förbundsordförande Vision"; with no blank
      // line, "• Fler specialistsjuksköterskor …" / "Vi avstyrker följande förslag" starts the next list.
      builder.open('paragraph', line);
      continue;
    }
    if (startsLower(line.text) || !ended) {
      // A short run of lines with no sentence end, followed by a capital: that run was a heading.
      if (startsUpper(line.text) && looksLikeHeading(current)) {
        current.kind = 'heading';
        builder.open('paragraph', line);
      } else builder.append(line);
      continue;
    }
    // The previous line ended a sentence: a blank line (or a page break) makes a new paragraph.
    if (line.gap || current.kind === 'heading') builder.open('paragraph', line);
    else builder.append(line);
  }
  const last = builder.block;
  if (last && looksLikeHeading(last)) last.kind = 'heading';
  builder.close();
  return builder.blocks;
}

/** The page on which `offset` of a block's text stands. */
export function pageAt(block: Block, offset: number): number {
  const starts = block.lineStarts;
  if (starts.length === 0) return 1;
  // Binary search for the last line starting at or before `offset`: a block may hold thousands of lines.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle].offset <= offset) low = middle;
    else high = middle - 1;
  }
  return starts[low].page;
}
