/**
 * JavaScript's `\b` and `\w` are ASCII-only even with the `u` flag: `\bär\b` never matches "är", and `\w+`
 * stops at "ä". Patterns over Swedish text are written with `\b` and `\w` for readability and compiled here
 * into Unicode-aware equivalents.
 */
const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
const BOUNDARY = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;

export function svRegex(source: string, flags = 'iu'): RegExp {
  const unicodeFlags = flags.includes('u') ? flags : `${flags}u`;
  return new RegExp(source.replaceAll(String.raw`\b`, BOUNDARY).replaceAll(String.raw`\w`, WORD_CHAR), unicodeFlags);
}
