import { svRegex } from '../text/swedish-regex.js';

/**
 * State bodies with one office per county or district that call themselves by the bare noun in their own letters:
 * "Länsstyrelsen anser …", "Kammarrätten avstyrker …". There are 21 county administrative boards and many courts,
 * and the store keeps one answer per respondent, so the bare noun would let two boards' answers replace each other.
 * The respondent is the body with its seat, as its letterhead or signature writes it, or nobody (listed for review).
 * Polismyndigheten is one national authority and keeps its name.
 */

const BARE_SEAT_BODY = /^(?:Länsstyrelsen|Kammarrätten|Förvaltningsrätten|Tingsrätten|Hovrätten)$/u;

// The 21 counties as "Länsstyrelsen i … län" writes them; the short form drops the genitive's "s" where there is one:
// "Länsstyrelsen Skåne" / "Länsstyrelsen i Skåne län", "Länsstyrelsen Dalarna" / "Länsstyrelsen i Dalarnas län".
const COUNTIES = [
  'Stockholms',
  'Uppsala',
  'Södermanlands',
  'Östergötlands',
  'Jönköpings',
  'Kronobergs',
  'Kalmar',
  'Gotlands',
  'Blekinge',
  'Skåne',
  'Hallands',
  'Västra Götalands',
  'Värmlands',
  'Örebro',
  'Västmanlands',
  'Dalarnas',
  'Gävleborgs',
  'Västernorrlands',
  'Jämtlands',
  'Västerbottens',
  'Norrbottens',
];

// "Länsstyrelsen i Skåne län", "Länsstyrelsen Skåne", "Länsstyrelsen Västra Götaland", "Länsstyrelsen Kalmar län"
const COUNTY_BOARD = String.raw`Länsstyrelsen\s+(i\s+)?((?:Västra\s+)?\p{Lu}[\p{L}-]+)(\s+län)?`;
// "Kammarrätten i Göteborg", "Förvaltningsrätten i Malmö", "Malmö tingsrätt", "Svea hovrätt", "Hovrätten för Västra
// Sverige", "Hovrätten över Skåne och Blekinge"
const COURT = String.raw`(?:Kammarrätten|Förvaltningsrätten)\s+i\s+\p{Lu}[\p{L}-]+|\p{Lu}[\p{L}-]*\s+(?:tingsrätt|hovrätt)|Hovrätten\s+(?:för|över)\s+\p{Lu}[\p{L}]+(?:\s+(?:och\s+)?\p{Lu}[\p{L}]+)?`;
const SEATED = `(?:${COUNTY_BOARD}|${COURT})`;
const SEATED_NAME = svRegex(`^${SEATED}$`, 'u');
const COUNTY_BOARD_NAME = svRegex(`^${COUNTY_BOARD}$`, 'u');
// A letterhead or signature line that is the body's name alone, or before an address or a department: "Länsstyrelsen
// i Skåne län", "För Länsstyrelsen i Hallands län", "Förvaltningsrätten i Malmö, Box 1, …". Not a sentence about
// another board: "Enligt förslaget ska Länsstyrelsen i Stockholms län samordna …".
const SEAT_LINE = svRegex(String.raw`^\s*(?:För\s+)?(${SEATED})(?![\p{L}-])\s*(?:$|[,|•·]|\s[–-]\s)`, 'u');
// Words a letterhead in capitals keeps in lower case: "KAMMARRÄTTEN I GÖTEBORG" → "Kammarrätten i Göteborg".
const LOWER_CASE_WORD = /^(?:i|för|över|och|län|tingsrätt|hovrätt)$/u;
const LETTERHEAD_LINES = 12;
const SIGNATURE_LINES = 25;
const LETTERHEAD_CHARACTERS = 3000;
const SIGNATURE_CHARACTERS = 5000;

/** Whether a respondent's name is a county board's or a court's bare noun: "Länsstyrelsen", "Kammarrätten". */
export function isBareSeatBody(name: string): boolean {
  return BARE_SEAT_BODY.test(name.trim());
}

// "LÄNSSTYRELSEN I VÄSTRA GÖTALANDS LÄN" → "Länsstyrelsen i Västra Götalands län"
function fromCapitals(line: string): string {
  if (line !== line.toLocaleUpperCase('sv') || !/\p{Lu}/u.test(line)) return line;
  return line
    .toLocaleLowerCase('sv')
    .replace(/(^|[\s-])(\p{Ll}+)/gu, (_, before: string, word: string) =>
      LOWER_CASE_WORD.test(word) ? before + word : before + word.charAt(0).toLocaleUpperCase('sv') + word.slice(1),
    );
}

/**
 * A county board's name in the form "Länsstyrelsen i Skåne län" however the letter writes it ("Länsstyrelsen Skåne",
 * "Länsstyrelsen Dalarna", "Länsstyrelsen Kalmar län"), so one board is one respondent; any other name as written.
 * Null for a board whose county is not one of the 21 and is not written "i … län".
 */
export function seatedName(name: string): string | null {
  const text = name.trim().replace(/\s+/gu, ' ');
  const board = COUNTY_BOARD_NAME.exec(text);
  if (!board) return SEATED_NAME.test(text) ? text : null;
  const [, inCounty, place, län] = board;
  const county = COUNTIES.find((c) => c === place || c === `${place}s`);
  if (county) return `Länsstyrelsen i ${county} län`;
  return inCounty && län ? text : null;
}

/**
 * The seat of a bare "Länsstyrelsen", "Kammarrätten" …: the body with its seat on a line of its own in the letterhead
 * (the first such line) or the signature (the last), of the same kind. Null when neither names one.
 */
export function seatOf(bare: string, rawText: string): string | null {
  const kind = bare.trim().toLocaleLowerCase('sv').replace(/en$/u, '');
  const lines = (part: string) => part.split('\n').filter((line) => line.trim() !== '');
  const seat = (line: string) => {
    const match = SEAT_LINE.exec(fromCapitals(line.trim()));
    const name = match ? seatedName(match[1]) : null;
    return name?.toLocaleLowerCase('sv').includes(kind) ? name : null;
  };
  for (const line of lines(rawText.slice(0, LETTERHEAD_CHARACTERS)).slice(0, LETTERHEAD_LINES)) {
    const found = seat(line);
    if (found) return found;
  }
  for (const line of lines(rawText.slice(-SIGNATURE_CHARACTERS)).slice(-SIGNATURE_LINES).reverse()) {
    const found = seat(line);
    if (found) return found;
  }
  return null;
}
