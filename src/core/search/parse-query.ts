/**
 * Query parsing: what a user typed after `/remiss` or `remiss ask`, split into a section number, a remiss and
 * free text. Pure; no index or store here. Every character is plain text: nothing is ever handed on as a regex,
 * a Fuse extended-search pattern or an FTS expression.
 */

/** Longer queries are cut here: no proposal title, respondent name or quote search needs more. */
export const MAX_QUERY_LENGTH = 200;

export interface ParsedQuery {
  /** The query as searched: trimmed, whitespace collapsed, control characters dropped, at most MAX_QUERY_LENGTH. */
  query: string;
  /** "7.2.2" when the query names a section: the first one it names. */
  proposal: string | null;
  /** Every section the query names, in order, each once: ["7.2.2", "7.2.3"] from "7.2.2 och 7.2.3". */
  proposals: string[];
  /** "SOU 2024:72" when the query names a remiss. */
  remiss: string | null;
  /** What is left for respondent/title/quote search: "Åstorps kommun" from "Åstorps kommun 7.2.2". */
  text: string;
  truncated: boolean;
  empty: boolean;
}

// "SOU 2024:72", "sou2024:72", "Ds 2023:5", "Prop. 2023/24:12", "Dir. 2022:13"
const REMISS_REF = /(?<![\p{L}\p{N}])(sou|ds|prop\.?|dir\.?)\s*(\d{4}(?:\/\d{2,4})?)\s*:\s*(\d{1,4})(?![\p{N}])/iu;

// "7.2.2", "4.1", "avsnitt 7.2.2", "förslag 7.2.2." — two to four dotted parts; "2024:72" has a colon and is not one.
const SECTION =
  /(?<![\p{L}\p{N}.:/])(?:(?:avsnitt|förslag|förslaget|kapitel|punkt|§)\s*)?(\d{1,3}(?:\.\d{1,3}){1,3})(?![\p{N}:/]|\.\d)/giu;

// Control characters (including NUL) come from pasted text and terminals; they never belong in a query.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

const SERIES: Record<string, string> = { sou: 'SOU', ds: 'Ds', prop: 'Prop.', dir: 'Dir.' };

/** "sou2024:72" → "SOU 2024:72"; "prop 2023/24:12" → "Prop. 2023/24:12". */
export function normalizeRemissId(series: string, year: string, number: string): string {
  const key = series.toLowerCase().replace(/\.$/, '');
  return `${SERIES[key] ?? series} ${year}:${Number(number)}`;
}

function clean(input: string): { query: string; truncated: boolean } {
  const collapsed = input.normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (collapsed.length <= MAX_QUERY_LENGTH) return { query: collapsed, truncated: false };
  const cut = collapsed.slice(0, MAX_QUERY_LENGTH);
  // Cut at the last space when there is one in the last quarter, so no half word is searched for.
  const space = cut.lastIndexOf(' ');
  return { query: (space > MAX_QUERY_LENGTH * 0.75 ? cut.slice(0, space) : cut).trim(), truncated: true };
}

/**
 * "7.2.2" → proposal; "7.2.2 SOU 2024:72" and "SOU 2024:72 7.2.2" → proposal + remiss;
 * "Åstorps kommun 7.2.2" → proposal + text; "magnetmodellen" → text.
 */
export function parseQuery(input: string): ParsedQuery {
  const { query, truncated } = clean(input);
  let rest = query;
  let remiss: string | null = null;
  const ref = REMISS_REF.exec(rest);
  if (ref) {
    remiss = normalizeRemissId(ref[1], ref[2], ref[3]);
    rest = rest.slice(0, ref.index) + ' ' + rest.slice(ref.index + ref[0].length);
  }
  // "7.2.2 7.2.3", "7.2.2 och 7.2.3": each number is read, and none is left in the text for respondent search.
  const proposals: string[] = [];
  rest = rest.replace(SECTION, (_whole, number: string) => {
    if (!proposals.includes(number)) proposals.push(number);
    return ' ';
  });
  const proposal = proposals[0] ?? null;
  // Leftover punctuation around removed parts ("7.2.2, SOU 2024:72") is noise, not text.
  const text = rest
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.()-]+|[\s,;:.()-]+$/g, '')
    .trim();
  return { query, proposal, proposals, remiss, text, truncated, empty: query.length === 0 };
}

// "7", "7.", "kapitel 7", "avsnitt 12": a whole chapter. One number only: "7 kommuner" is text, and "2024" (four
// digits) is a year or a word of a title.
const CHAPTER = /^(?:(?:avsnitt|kapitel|punkt|§)\s*)?(\d{1,3})\.?$/iu;

/**
 * The chapter a query's text names when that is all it says: "7" → "7", "kapitel 4" → "4"; null otherwise.
 * Whether the chapter exists is the search's question: "85" may as well be a word of a title ("över 85 år").
 */
export function chapterNumber(text: string): string | null {
  return CHAPTER.exec(text.trim())?.[1] ?? null;
}
