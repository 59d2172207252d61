/** A sentence with its offsets in the text it was cut from. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Abbreviations that end in a period without ending the sentence: "bl.a.", "t.ex.", "dir. 2023:148".
const ABBREVIATION =
  /(?:^|[\s(])(?:bl\.\s?a|t\.\s?ex|d\.\s?v\.\s?s|dvs|m\.\s?m|s\.\s?k|dir|prop|kap|jfr|ca|nr|resp|p|st|fr\.\s?o\.\s?m|t\.\s?o\.\s?m|o\.\s?s\.\s?v|osv|etc|enl|ang|avd|tel)\.$/i;

/**
 * Splits prose into sentences at ".", "!" or "?" followed by white space and an upper-case letter, a digit,
 * a quotation mark or a bullet. Offsets let a caller map a sentence back to its page.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?]["”»)]?\s+(?=[\p{Lu}\d"”«(•►–-])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 12), end))) continue;
    pushSentence(sentences, text, start, end);
    start = (match.index ?? 0) + match[0].length;
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

function pushSentence(sentences: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const leading = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed !== '') sentences.push({ text: trimmed, start: start + leading, end: start + leading + trimmed.length });
}
