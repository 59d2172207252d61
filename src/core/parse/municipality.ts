import { svRegex } from '../text/swedish-regex.js';

/**
 * A municipality's name from what its administration's letters give away: the town of an e-mail domain or a postal
 * address. Municipal bodies sign as the body ("Socialförvaltningen"), but the respondent is the municipality.
 */

// Municipal administrations sign as their city: "Socialförvaltningen" + "daniel.lauridsen@stockholm.se" → Stockholms stad
const MUNICIPAL_BODY = svRegex(
  String.raw`\b(?:\p{L}+förvaltningen|stadsledningskontoret|kommunstyrelsen|tjänsteutlåtande|kontorsutlåtande|stadsdelsnämnden)\b`,
  'iu',
);
// Sweden's municipalities whose name is two words ("Upplands-Bro", "Malung-Sälen" and "Dals-Ed" are one word with a
// hyphen). Everywhere else a municipality's name is read as one word before "kommun", so these would be cut to
// "Väsby kommun", "Edets kommun", "Göinge kommun".
const TWO_WORD_MUNICIPALITIES = ['Upplands Väsby', 'Lilla Edet', 'Östra Göinge'];
const anyOf = (names: string[]) => names.map((name) => name.replace(' ', String.raw`\s+`)).join('|');
const TWO_WORDS = anyOf(TWO_WORD_MUNICIPALITIES);
const TWO_WORDS_IN_CAPITALS = anyOf(TWO_WORD_MUNICIPALITIES.map((name) => name.toLocaleUpperCase('sv')));
const FIRST_WORDS = TWO_WORD_MUNICIPALITIES.map((name) => name.split(' ')[0]).join('|');
/** A municipality's name as written before "kommun": "Åstorps", "Upplands-Bro", "Lilla Edets", "Upplands Väsby". */
export const MUNICIPALITY_TOWN = String.raw`(?:(?:${TWO_WORDS})s?|(?<!\b(?:${FIRST_WORDS})\s+)\p{Lu}[\p{L}-]*)`;
/** A municipality's town as written without "kommun": "Lund", "Malung-Sälen", "Upplands Väsby". */
export const TOWN = String.raw`(?:${TWO_WORDS}|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)`;
/** The same in a letterhead set in capitals: "ÅSTORPS", "LILLA EDETS", "UPPLANDS-BRO". */
export const MUNICIPALITY_TOWN_IN_CAPITALS = String.raw`(?:(?:${TWO_WORDS_IN_CAPITALS})S?|[\p{Lu}-]+)`;

const EMAIL_DOMAIN = /@([a-zåäö-]+)\.se\b/iu;
// "anna.exempelsson@astorp.se", "www.astorp.se": every domain, to find the one the letter confirms.
const DOMAINS = /(?:@|\bwww\.)([a-zåäö-]{1,63})\.se\b/giu;
const POSTAL_TOWN = svRegex(String.raw`^\d{3}\s?\d{2}\s+((?:${TWO_WORDS})|[\p{Lu}][\p{Ll}]+)\s*$`, 'mu');
// Where a letter writes its own town out: "Åstorps kommun", "Malmö stad", "265 80 Åstorp", "Åstorp den 3 mars 2030",
// "Åstorp 2030-03-01". A domain spelt without å/ä/ö ("astorp") takes its spelling from these.
const TOWN_WRITTEN = svRegex(
  String.raw`((?:${TWO_WORDS})s?|\p{Lu}[\p{L}-]{1,40})\s+(?:kommun|stad)\b|\b\d{3}\s?\d{2}\s+((?:${TWO_WORDS})|\p{Lu}[\p{L}-]{1,40})|^((?:${TWO_WORDS})|\p{Lu}[\p{L}-]{1,40}),?\s+(?:den\s+\d{1,2}\s+\p{L}{1,12}\s+\d{4}|\d{4}-\d{2}-\d{2})`,
  'gmu',
);
// Municipalities that style themselves "stad" rather than "kommun", by the spelling of their web domain.
const STAD_MUNICIPALITIES = new Map([
  ['stockholm', 'Stockholm'],
  ['göteborg', 'Göteborg'],
  ['goteborg', 'Göteborg'],
  ['malmö', 'Malmö'],
  ['malmo', 'Malmö'],
  ['västerås', 'Västerås'],
  ['vasteras', 'Västerås'],
  ['solna', 'Solna'],
  ['sundbyberg', 'Sundbyberg'],
  ['lidingö', 'Lidingö'],
  ['lidingo', 'Lidingö'],
  ['vaxholm', 'Vaxholm'],
  ['landskrona', 'Landskrona'],
  ['borås', 'Borås'],
  ['boras', 'Borås'],
  ['trollhättan', 'Trollhättan'],
  ['trollhattan', 'Trollhättan'],
  ['mölndal', 'Mölndal'],
  ['molndal', 'Mölndal'],
  ['haninge', 'Haninge'],
]);

// "Malmö stad", "Örebro kommun" (no genitive after a vowel), "Borås stad", "Åstorps kommun"
function genitive(city: string): string {
  return /[sxzaeiouyåäö]$/i.test(city) ? city : `${city}s`;
}

// "lund" → "Lund", "UPPLANDS VÄSBY" → "Upplands Väsby", "malung-sälen" → "Malung-Sälen": every part of a town's name
// is capitalised. A name written in mixed case keeps its own spelling.
function capitalize(text: string): string {
  if (text !== text.toLocaleLowerCase('sv') && text !== text.toLocaleUpperCase('sv')) return text;
  return text
    .toLocaleLowerCase('sv')
    .replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('sv'));
}

/** Whether the text speaks as a municipal administration ("Socialförvaltningen", "Kommunstyrelsen", "Tjänsteutlåtande"). */
export function namesMunicipalBody(text: string): boolean {
  return MUNICIPAL_BODY.test(text);
}

/** The municipality of a town: "Lund" → "Lunds kommun", "Malmö" → "Malmö stad". */
export function municipalityOfTown(town: string): string {
  const stad = STAD_MUNICIPALITIES.get(town.toLocaleLowerCase('sv'));
  return stad ? `${genitive(stad)} stad` : `${genitive(capitalize(town.replace(/\s+/gu, ' ')))} kommun`;
}

// "Åstorp" → "astorp", "Upplands Väsby" → "upplandsvasby", "Upplands-Bro" → "upplandsbro": as a web domain spells a
// name ("upplands-bro.se" is folded the same way).
export function fold(word: string): string {
  return word
    .toLocaleLowerCase('sv')
    .replace(/[åä]/gu, 'a')
    .replace(/ö/gu, 'o')
    .replace(/[\s-]+/gu, '');
}

/** Every e-mail and web domain under .se in the text: "anna@astorp.se", "www.astorp.se" → "astorp". */
export function webDomains(rawText: string): string[] {
  return [...rawText.matchAll(DOMAINS)].map((match) => match[1]);
}

/**
 * The municipality of an e-mail or web domain that the letter confirms: its town written out in the text
 * ("astorp.se" and "265 80 Åstorp" → Åstorps kommun), or a city whose spelling is known ("malmo.se" → Malmö stad).
 * Null when no domain is confirmed: "astorp.se" alone would give "Astorps kommun", a name no one has.
 */
export function confirmedMunicipality(rawText: string): string | null {
  const domains = webDomains(rawText);
  if (domains.length === 0) return null;
  const written = new Map<string, string>();
  for (const match of rawText.matchAll(TOWN_WRITTEN)) {
    const word = match[1] ?? match[2] ?? match[3];
    written.set(fold(word), word);
    // "Åstorps kommun" writes the town in the genitive; "Borås stad" does not, and keeps its own spelling above.
    const stem = word.replace(/s$/u, '');
    if (!written.has(fold(stem))) written.set(fold(stem), stem);
  }
  for (const domain of domains) {
    const town = written.get(fold(domain));
    if (town) return municipalityOfTown(town);
    if (STAD_MUNICIPALITIES.has(domain.toLowerCase())) return municipalityOfTown(domain);
  }
  return null;
}

/** The city of a municipal administration, from an e-mail domain or a postal address in the raw text. */
export function municipality(rawText: string): string | null {
  const confirmed = confirmedMunicipality(rawText);
  if (confirmed) return confirmed;
  const city = EMAIL_DOMAIN.exec(rawText)?.[1] ?? POSTAL_TOWN.exec(rawText)?.[1];
  return city ? municipalityOfTown(city) : null;
}
