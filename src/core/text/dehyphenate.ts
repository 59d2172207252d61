import type { Line } from './lines.js';

// Swedish writes shared compound parts with a hyphen: "hälso- och sjukvård", "vård- eller omsorgsverksamhet".
// A line ending "hälso-" before one of these words is such a suspended compound, not a broken word.
const SUSPENDED_COMPOUND_NEXT = /^(?:och|eller|samt|respektive|resp\.|liksom|alternativt|som|till|men)\b/;
// "instäm-" / "mer i förslaget": a letter, then the hyphen, at the end of the line.
const BROKEN_WORD_END = /(\p{L})-$/u;
// The continuation starts with a lower-case letter: "mer", "vård", "ska".
const CONTINUATION_START = /^\p{Ll}/u;

/**
 * Re-joins words that a PDF split at line ends ("instäm-\nmer" → "instämmer"). The continuation line is
 * appended to the first, so the joined text keeps the page where it starts. Blank lines between the two halves (left where a
 * page header was removed) are skipped; prose never ends a paragraph on a hyphen.
 */
export function dehyphenate(lines: Line[]): Line[] {
  const out = lines.map((line) => ({ ...line }));
  for (let i = 0; i < out.length; i++) {
    // The joined line may itself end in a broken word ("Om kom-" + "munerna … mer attrak-"): the join goes on.
    // Its parts are joined once at the end, and only the last part is looked at, so a long chain stays linear.
    const parts: string[] = [];
    let tail = out[i].text;
    let j = i + 1;
    // Three code units hold a letter outside the BMP and its hyphen.
    while (BROKEN_WORD_END.test(tail.trimEnd().slice(-3))) {
      while (j < out.length && out[j].text.trim() === '') j++;
      if (j >= out.length) break;
      const next = out[j].text.trimStart();
      if (!CONTINUATION_START.test(next) || SUSPENDED_COMPOUND_NEXT.test(next)) break;
      // The whole continuation line moves up: what follows the word may be a dash ("sjuk-" / "vården – FSS
      // instämmer i förslaget."), which must not be mistaken for a bullet at the start of a line.
      parts.push(tail.trimEnd().slice(0, -1));
      tail = next;
      out[j].text = '';
    }
    if (parts.length > 0) out[i].text = parts.join('') + tail;
  }
  return out;
}
