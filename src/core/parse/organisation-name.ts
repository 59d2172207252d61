import { svRegex } from '../text/swedish-regex.js';
import { COMMITTEE_NAME, isCommittee, OWNER } from './committee.js';
import { MUNICIPALITY_TOWN } from './municipality.js';
import { REGION } from './region.js';

/**
 * What an organisation's name looks like, and what a letter's generic self-reference ("Myndigheten", "Kommunen")
 * stands for. The respondent is stored and matched by name (a later answer of the same respondent replaces the
 * earlier one), so a noun every municipality or agency uses of itself must never be returned as a name.
 */

// The writer, the inquiry, the government, the matter itself and other words that stand where a name would: "Vi
// anser", "Utredningen anser", "Regeringen anser", "Detta innebär", "Ärendet har beretts inom avdelningen". Not the
// name "Nämnden för hemslöjdsfrågor".
const NOT_AN_ORGANISATION = svRegex(
  String.raw`^(?:vi|jag|man|de|den|det|detta|denna|dessa|här|där|utredningen|utredaren|regeringen|kommittén|kommissionen|delegationen|beredningen|departementet|promemorian|betänkandet|rapporten|förslaget|förslagen|remissen|riksdagen|staten|kommunstyrelsen|förvaltningen|nämnden(?!\s+för\s)|ärendet|yttrandet|beslutet|remissvaret|svaret|skrivelsen|frågan|uppdraget|tjänsteutlåtandet|kontorsutlåtandet)\b`,
  'iu',
);

// How a municipal body, an agency or an association speaks of itself: "Myndigheten har tagit del av …",
// "Kommunen avstyrker", "Ämbetet välkomnar", "Kommunstyrelsen beslutade", "Stadskontoret har i huvudsak inget att
// erinra". Each belongs to many organisations, so alone it names none.
const GENERIC_SELF_REFERENCE = svRegex(
  String.raw`^(?:myndigheten|ämbetet|verket|inspektionen|förbundet|föreningen|organisationen|stiftelsen|akademien|samfundet|nämnden|styrelsen|kommunen|regionen|landstinget|universitetet|högskolan|lärosätet|fakulteten|institutionen|kommunstyrelsen|regionstyrelsen|kommunfullmäktige|regionfullmäktige|stadskontoret|stadsledningskontoret|kommunledningskontoret|regionkontoret|\p{L}*förvaltningen)$`,
  'iu',
);

// The last word of a name that says it is an organisation: "Naturvårdsverket", "Havs- och vattenmyndigheten",
// "Sveriges läkarförbund", "Advokatsamfundet", "Universitetskanslersämbetet", "Åstorps kommun", "Malmö stad".
const ORGANISATION_SUFFIX = svRegex(
  String.raw`(?:verket|myndigheten|myndighet|ämbetet|inspektionen|förbundet|förbund|föreningen|förening|organisationen|samfundet|samfund|akademien|nämnden|styrelsen|ombudsmannen|kassan|institutet|rådet|universitetet|universitet|högskolan|domstolen|rätten|kammaren|byrån|centret|centrum|\s(?:kommun|stad)|regionen|landstinget|kyrkan)$`,
  'iu',
);
// The first word of a name that says it is an organisation: "Stiftelsen Allmänna Barnhuset", "Förbundet FÖR
// delaktighet och jämlikhet", "Myndigheten för vårdanalys", "Överklagandenämnden för högskolan", "Statens beredning för
// medicinsk utvärdering", "Region Skåne", "Kungl. Skogs- och Lantbruksakademien".
const ORGANISATION_HEAD = svRegex(
  String.raw`^(?:Stiftelsen|Föreningen|Förbundet|Riksförbundet|Region|Kungl\.|Kungliga|Sveriges|Landsorganisationen|(?:\p{Lu}\p{Ll}*(?:myndigheten|inspektionen|nämnden|styrelsen|rådet|institutet)|Myndigheten|Inspektionen|Nämnden|Styrelsen|Rådet|Institutet|Centrum|Statens\s+\p{Ll}+)\s+för)\s`,
  'u',
);
const ASSOCIATION_END = /\s\p{Ll}[\p{L}-]*(?:förening|föreningen|förbund|förbundet)$/u;
// "Lunds universitet", "Göteborgs universitet": a place's genitive before the institution; not "Flera universitet".
const PLACE_INSTITUTION = /^\p{Lu}\p{Ll}+s\s+(?:universitet|högskola)$/u;
// "LO", "KSLA", "BO", "SKR": an abbreviation the organisation uses of itself.
const ABBREVIATION = /^\p{Lu}{2,6}$/u;
// "Denna kommun", "Varje kommun", "Vår stad": a determiner, not a place name.
const DETERMINER = svRegex(
  String.raw`^(?:denna|detta|varje|vår|vårt|er|ert|en|ett|ingen|annan|hela|samma|egen|någon|vilken|den)\s`,
  'iu',
);
// "Till Advokatsamfundets remissvar" (a link), "I stället lämnar ämbetet …", a signature's "För socialnämnden": a
// preposition opens a phrase, not a name.
const PREPOSITION = svRegex(
  String.raw`^(?:till|från|om|över|med|enligt|angående|inför|efter|under|genom|mot|hos|vid|av|på|i|för|se|läs)\s`,
  'iu',
);
const MAX_NAME_WORDS = 8;

/** A noun many organisations use of themselves, or a municipal or regional committee ("Socialnämnden"). */
export function isGenericSelfReference(name: string): boolean {
  return GENERIC_SELF_REFERENCE.test(name.trim()) || isCommittee(name);
}

export function isAbbreviation(name: string): boolean {
  return ABBREVIATION.test(name);
}

export function isExcludedName(name: string): boolean {
  return NOT_AN_ORGANISATION.test(name) || isGenericSelfReference(name) || DETERMINER.test(`${name} `);
}

/** The writer, the inquiry, a generic noun, or a phrase that opens with a preposition: not a name. */
export function isNotAName(name: string): boolean {
  return isExcludedName(name) || PREPOSITION.test(`${name} `);
}

/**
 * Whether `name` reads as an organisation's name: an abbreviation ("LO"), a name that starts with an organisation
 * word ("Stiftelsen …", "Myndigheten för …"), or capitalised words that end in one ("…verket", "… kommun") or that
 * the text also capitalises inside a sentence ("… medlemmar i Vision"): "Utredningen" and "Regeringen" are written
 * in lower case there.
 */
export function looksLikeOrganisation(name: string, text: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length > MAX_NAME_WORDS || isNotAName(name)) return false;
  if (ABBREVIATION.test(name)) return true;
  const headed = ORGANISATION_HEAD.test(`${name} `) && words.length >= 2;
  // "Sveriges läkarförbund", but not "Sveriges regering"
  if (headed && (!name.startsWith('Sveriges') || ORGANISATION_SUFFIX.test(name))) return true;
  // "Svensk sjuksköterskeförening", "Svenska kyrkans förbund": an association's name in lower case after its first
  // word, ending in "förening"/"förbund".
  if (words.length <= 3 && /^\p{Lu}/u.test(name) && ASSOCIATION_END.test(name)) return true;
  if (PLACE_INSTITUTION.test(name)) return true;
  // "Rapporten från Socialstyrelsen" is a clause, not a name: only capitalised words and "och", "i", "för".
  if (!words.every(isNameWord)) return false;
  return ORGANISATION_SUFFIX.test(name) || capitalisedInsideSentence(name, text);
}

// "Kammarrätten i Stockholm", "Havs- och vattenmyndigheten", "Malmö stad"
function isNameWord(word: string, index: number, words: string[]): boolean {
  return (
    /^\p{Lu}/u.test(word) ||
    /^(?:och|i|för)$/u.test(word) ||
    (index === words.length - 1 && /^(?:kommun|stad|län)$/u.test(word)) ||
    (words[index - 1] === 'och' && (words[index - 2]?.endsWith('-') ?? false))
  );
}

// "… inom Vision", "Sammanfattning av Visions synpunkter": after a lower-case word, so not a sentence's first word.
const AFTER_LOWER_CASE = /\p{Ll}[,;]?\s+(\p{Lu}[\p{L}-]*)/gu;
// The capitalised words of the text last asked about, read once: a letter asks about many names.
let properNouns: { text: string; words: Set<string> } = { text: '', words: new Set() };

function capitalisedInsideSentence(name: string, text: string): boolean {
  if (properNouns.text !== text) {
    properNouns = { text, words: new Set([...text.matchAll(AFTER_LOWER_CASE)].map((m) => m[1])) };
  }
  const first = name.split(/\s+/u)[0];
  return properNouns.words.has(first) || properNouns.words.has(`${first}s`);
}

// "Rädda Barnen", "UNICEF Sverige", "Hela Sverige": every word capitalised. Swedish capitalises only the first word of
// a common phrase ("Utredningens förslag"), so two or more capitalised words are a proper name.
const PROPER_NAME = /^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,3}$/u;

/**
 * A proper name of capitalised words that the text writes at least twice: "Rädda Barnen instämmer …", "Rädda Barnen
 * vill …". Not a name a sentence opens with by chance ("Region Norr anser" once).
 */
export function isRepeatedProperName(name: string, text: string): boolean {
  if (!PROPER_NAME.test(name) || isNotAName(name)) return false;
  const pattern = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
  return [...text.matchAll(pattern)].length >= 2;
}

// A heading word run into the name when a PDF or web page loses its line breaks: "REMISSVAR Svenska Läkaresällskapet".
const LEADING_DOCUMENT_WORD = /^(?:REMISSVAR|REMISSYTTRANDE|YTTRANDE|SVAR)\s+(?=\p{Lu})/u;
// "Branschorganisationen X, nedan SOFF," / ", nedan kallad SOFF": the short name the letter uses from then on.
const NAMED_HEREAFTER = /\s*,\s*(?:nedan|härefter)(?:\s+kallad|\s+kallat)?\s+”?\p{Lu}[\p{L}-]{1,20}”?\s*,?\s*$/u;

/**
 * "Kungl. Skogs- och Lantbruksakademien, KSLA" / "Myndigheten för vårdanalys (Vårdanalys)" / "X, nedan SOFF," →
 * the name alone.
 */
export function stripShortName(name: string): string {
  return name
    .replace(LEADING_DOCUMENT_WORD, '')
    .replace(NAMED_HEREAFTER, '')
    .replace(/\s*\(\s*\p{Lu}[^()]{0,40}\)\s*$/u, '')
    .replace(/\s*,\s*\p{Lu}{2,10}\s*,?\s*$/u, '')
    .trim();
}

/** "Sveriges läkarförbunds" → "Sveriges läkarförbund", "LOs" → "LO", "Malmö stads" → "Malmö stad". */
export function withoutGenitive(word: string): string {
  return word.replace(/s$/u, '');
}

// A name the generic noun can stand for, written out in the nominative: "Havs- och vattenmyndigheten" for
// "Myndigheten", "Universitetskanslersämbetet" for "Ämbetet", "Malmö stad" for "Kommunstyrelsen". A genitive
// ("Naturvårdsverkets hemställan", "Forshaga kommuns marker") names whose thing it is, usually another body's, and
// a name after a preposition ("mygg i Forshaga kommun") is what the text is about.
const COMPOUND = String.raw`(?:\p{Lu}\p{L}*-\s+och\s+\p{Ll}*|\p{Lu}\p{L}*)`;
const MUNICIPALITY = String.raw`${MUNICIPALITY_TOWN}\s+(?:kommun|stad)|${REGION}`;
const REFERENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^myndigheten$/iu, `${COMPOUND}myndigheten`],
  [/^ämbetet$/iu, `${COMPOUND}ämbetet`],
  [/^verket$/iu, `${COMPOUND}verket`],
  [/^inspektionen$/iu, `${COMPOUND}inspektionen`],
  [/^förbundet$/iu, String.raw`${COMPOUND}förbundet|Sveriges\s+\p{Ll}+förbund`],
  [/^föreningen$/iu, `${COMPOUND}föreningen`],
  [/^samfundet$/iu, String.raw`${COMPOUND}samfundet|Sveriges\s+\p{Ll}+samfund`],
  [/^akademien$/iu, `${COMPOUND}akademien`],
  [
    /^(?:kommunen|kommunstyrelsen|kommunfullmäktige|stadskontoret|stadsledningskontoret|kommunledningskontoret)$/iu,
    MUNICIPALITY,
  ],
  [/^(?:regionen|regionstyrelsen|regionfullmäktige|regionkontoret|landstinget)$/iu, `${REGION}|${COMPOUND}regionen`],
  [/^\p{L}*förvaltningen$/iu, MUNICIPALITY],
  // "Stockholms universitet vill inledningsvis … Universitetet instämmer": the university written out before.
  [
    /^(?:universitetet|lärosätet)$/iu,
    String.raw`\p{Lu}[\p{L}-]*\s+universitet|Universitetet\s+i\s+\p{Lu}[\p{L}-]+|Högskolan\s+i\s+\p{Lu}[\p{L}-]+`,
  ],
  // "Åstorps kommun" / "Socialnämnden" above "Socialnämnden har beretts möjlighet …": the committee's owner.
  [COMMITTEE_NAME, OWNER],
];

/**
 * The organisation a generic self-reference stands for: the nearest name of its kind written out in `before` (the
 * text up to the generic noun), or null when the text names none.
 */
export function resolveGenericSelfReference(generic: string, before: string): string | null {
  const entry = REFERENTS.find(([noun]) => noun.test(generic.trim()));
  if (!entry) return null;
  // Standing as a name (a line, a subject), not in a phrase about something: "… mygg i Forshaga kommun".
  const pattern = svRegex(String.raw`(?<![\p{L}-])(?<!(?:^|[\s(])\p{Ll}[\p{L}-]*[,;]?\s+)(?:${entry[1]})\b`, 'gu');
  let last: string | null = null;
  for (const match of before.matchAll(pattern)) {
    if (!DETERMINER.test(`${match[0]} `) && !isGenericSelfReference(match[0])) last = match[0];
  }
  return last?.replace(/\s+/gu, ' ') ?? null;
}

// Words that an abbreviation skips: "Inspektionen för vård och omsorg (IVO)", "Sveriges Kommuner och Regioner (SKR)"
const MINOR_WORD = /^(?:och|för|i|av|med|om|till)$/u;

// "Föreningen Sveriges socialchefer" fits "FSS", "Kungl. Skogs- och Lantbruksakademien" fits "KSLA": the initials of
// its words, in order, are letters of the abbreviation, the first with the first.
function fitsAbbreviation(words: string[], abbreviation: string): boolean {
  const initials = words.filter((w) => !MINOR_WORD.test(w)).map((w) => w.charAt(0).toLocaleUpperCase('sv'));
  if (initials[0] !== abbreviation.charAt(0)) return false;
  let at = 0;
  for (const initial of initials) {
    at = abbreviation.indexOf(initial, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * The full name an abbreviation stands for, where the text defines it: "Föreningen Sveriges socialchefer (FSS)",
 * "Kungl. Skogs- och Lantbruksakademien, KSLA,". Null when it is never written out ("BO" throughout, with
 * "Barnombudsmannen" only in the title of the report under remiss).
 */
export function expandAbbreviation(abbreviation: string, text: string): string | null {
  const definition = svRegex(String.raw`\(${abbreviation}\)|,\s*${abbreviation}\s*,`, 'u').exec(text);
  return definition
    ? longestNameBefore(text, definition.index, (words) => fitsAbbreviation(words, abbreviation))
    : null;
}

// Words a name run into the text cannot follow: "… noterar att Socialstyrelsen har getts …" is not a title's end.
const CLAUSE_WORD =
  /^(?:att|som|när|då|eftersom|om|och|men|samt|även|också|där|vilket|liksom|medan|innan|sedan|genom|av|för|till|från|med|i|på|hos|enligt|under|efter|vid|mot|hur|vad|vem|vilka|dock)$/iu;

/**
 * The organisation whose name ends at `end` with no line or sentence start before it, as a PDF converter runs a
 * title into the first sentence: "… i kommunal hälso- och sjukvård Föreningen Sveriges socialchefer (FSS) har …".
 * The longest run of words before `end` that reads as an organisation's name, after a word that can end a title.
 */
export function runInNameBefore(text: string, end: number): string | null {
  return longestNameBefore(text, end, (words, before) => {
    const name = words.join(' ');
    return !CLAUSE_WORD.test(before ?? '') && looksLikeOrganisation(name, text);
  });
}

// The longest run of up to MAX_NAME_WORDS words ending at `end`, starting with a capital, that `fits`.
function longestNameBefore(
  text: string,
  end: number,
  fits: (words: string[], wordBefore: string | undefined) => boolean,
): string | null {
  const from = Math.max(0, end - 160);
  const words = text.slice(from, end).trim().split(/\s+/u);
  // The first word may be cut off by the slice.
  if (from > 0) words.shift();
  let best: string | null = null;
  for (let n = 1; n <= Math.min(MAX_NAME_WORDS, words.length); n++) {
    const name = words.slice(-n);
    if (/^\p{Lu}/u.test(name[0]) && fits(name, words[words.length - n - 1])) best = name.join(' ');
  }
  return best;
}
