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
  return [...sentencesFrom(text, 0)];
}

/** The first sentence of `text` at or after `from`, read no further than its end: a block may be megabytes long. */
export function nextSentence(text: string, from: number): Sentence | undefined {
  const first = sentencesFrom(text, from).next();
  return first.done ? undefined : first.value;
}

function* sentencesFrom(text: string, from: number): Generator<Sentence, void> {
  const boundary = /[.!?]["”»)]?\s+(?=[\p{Lu}\d"”«(•►–-])/gu;
  boundary.lastIndex = from;
  let start = from;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 12), end))) continue;
    const sentence = trimmed(text, start, end);
    start = match.index + match[0].length;
    if (sentence) yield sentence;
  }
  const last = trimmed(text, start, text.length);
  if (last) yield last;
}

function trimmed(text: string, start: number, end: number): Sentence | null {
  const raw = text.slice(start, end);
  const leading = raw.length - raw.trimStart().length;
  const sentence = raw.trim();
  return sentence === '' ? null : { text: sentence, start: start + leading, end: start + leading + sentence.length };
}
