/**
 * Text for an Office file's XML: characters XML 1.0 forbids (C0 controls other than tab and line breaks,
 * U+FFFE/U+FFFF) are dropped and lone surrogates become U+FFFD, so Word and Excel do not call the file damaged.
 * A quote pulled from a PDF with a stray "\u0002" otherwise makes Excel refuse the whole workbook.
 * Everything else stays verbatim.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML 1.0 forbids.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD');
}

const MARKUP = /[&<>"]/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * `xmlText` escaped for element content and double-quoted attributes of XML written by hand:
 * `Vi säger "nej" <till> A & B` → `Vi säger &quot;nej&quot; &lt;till&gt; A &amp; B`. `>` is escaped too, so a quote
 * containing "]]>" cannot end up as markup.
 */
export function xmlEscaped(text: string): string {
  return xmlText(text).replace(MARKUP, (c) => ENTITY[c]);
}
