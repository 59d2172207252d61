import type { CleanText } from '../text/clean-source.js';
import { svRegex } from '../text/swedish-regex.js';
import { ANSWER_LABEL } from './cues.js';

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

class BlockBuilder {
  readonly blocks: Block[] = [];
  private current: Block | null = null;
  private lineCount = 0;

  open(kind: BlockKind, line: RawLine, extra: Partial<Block> = {}): void {
    this.close();
    this.current = { kind, text: line.text, lineStarts: [{ offset: 0, page: line.page }], ...extra };
    this.lineCount = 1;
  }

  append(line: RawLine): void {
    if (!this.current) {
      this.open('paragraph', line);
      return;
    }
    const offset = this.current.text.length + 1;
    this.current.text = `${this.current.text} ${line.text}`;
    if (this.current.title !== undefined) this.current.title = `${this.current.title} ${line.text}`;
    this.current.lineStarts.push({ offset, page: line.page });
    this.lineCount++;
  }

  get block(): Block | null {
    return this.current;
  }

  get lines(): number {
    return this.lineCount;
  }

  close(): void {
    if (this.current) this.blocks.push(this.current);
    this.current = null;
    this.lineCount = 0;
  }
}

function looksLikeHeading(block: Block, lines: number): boolean {
  return (
    block.kind === 'paragraph' &&
    !block.answer &&
    lines <= 3 &&
    block.text.length <= MAX_HEADING_LENGTH &&
    !SENTENCE_END.test(block.text) &&
    !FUNCTION_WORD_END.test(block.text) &&
    !/[,–-]$/u.test(block.text) &&
    // "… (SOU" / "2024:72)": a title broken inside a parenthesis goes on.
    (block.text.match(/\(/g)?.length ?? 0) === (block.text.match(/\)/g)?.length ?? 0) &&
    !(block.text.length >= LONG_HEADING_WITH_VERB && FINITE_VERB.test(block.text)) &&
    !INNER_SENTENCE_END.test(block.text) &&
    !ADDRESS_ONLY.test(block.text)
  );
}

export function toBlocks(clean: CleanText): Block[] {
  const builder = new BlockBuilder();
  for (const line of nonBlankLines(clean)) {
    const current = builder.block;
    const numbered = NUMBERED_HEADING.exec(line.text);
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
    const ended = SENTENCE_END.test(current.text);
    if (ended && ADDRESS_ONLY.test(line.text)) {
      // "… år." / "https://exempelkommunen.se": lower case, yet not the sentence going on.
      builder.open('paragraph', line);
      continue;
    }
    if (current.kind === 'numbered-heading') {
      // "4.1.1 Genomför redan lämnade förslag om lagkrav på tillgång till medicinsk" / "bedömning dygnet runt"
      if (startsLower(line.text) && !ended && builder.lines < 3) builder.append(line);
      else builder.open('paragraph', line);
      continue;
    }
    if (current.kind === 'bullet' && line.gap && startsUpper(line.text)) {
      // "► att betydelsen … förstärks" / (blank) / "Veronica Magnusson, förbundsordförande Vision"
      builder.open('paragraph', line);
      continue;
    }
    if (startsLower(line.text) || !ended) {
      // A short run of lines with no sentence end, followed by a capital: that run was a heading.
      if (startsUpper(line.text) && looksLikeHeading(current, builder.lines)) {
        current.kind = 'heading';
        builder.open('paragraph', line);
      } else builder.append(line);
      continue;
    }
    // The previous line ended a sentence: a blank line (or a page break) makes a new paragraph.
    if (line.gap || current.kind === 'heading') builder.open('paragraph', line);
    else builder.append(line);
  }
  builder.close();
  const blocks = builder.blocks;
  const last = blocks.at(-1);
  if (last && looksLikeHeading(last, last.lineStarts.length)) last.kind = 'heading';
  return blocks;
}

/** The page on which `offset` of a block's text stands. */
export function pageAt(block: Block, offset: number): number {
  let page = block.lineStarts[0]?.page ?? 1;
  for (const start of block.lineStarts) {
    if (start.offset > offset) break;
    page = start.page;
  }
  return page;
}
