import { svRegex } from '../text/swedish-regex.js';
import { MUNICIPALITY_TOWN, MUNICIPALITY_TOWN_IN_CAPITALS, municipalityOfTown, TOWN } from './municipality.js';
import { REGION, REGION_IN_CAPITALS } from './region.js';

/**
 * Municipal and regional committees and administrations (nämnd, styrelse, utskott, förvaltning, kontor) answer a
 * remiss on behalf of their municipality or region. Every municipality has a "Socialnämnden", and the store keeps
 * one answer per respondent, so a committee's name alone would let two municipalities' answers replace each other.
 * The respondent is the owner ("Åstorps kommun", as the government's list of remissinstanser names it and as a
 * "Kommunstyrelsen" or "Socialförvaltningen" is already resolved), or nobody.
 */

// "social" → "[Ss]ocial": a committee is capitalised where it stands as a name ("Socialnämnden har …") and in lower
// case in running text ("för socialnämnden", "Åstorps kommuns socialnämnd").
function eitherCase(words: string): string {
  return `(?:${words
    .split('|')
    .map((word) => `[${word.charAt(0).toLocaleUpperCase('sv')}${word.charAt(0)}]${word.slice(1)}`)
    .join('|')})`;
}

// What municipal and regional committees are named after: "Socialnämnden", "Barn- och utbildningsnämnden",
// "Hälso- och sjukvårdsnämnden", "Överförmyndarnämnden". A national body's "-nämnden" is named after its own remit
// ("Bokföringsnämnden", "Skatterättsnämnden", "Överklagandenämnden för högskolan") and is not among these.
const SECTOR = `${eitherCase('social|individ|familj|familjeomsorg|barn|ungdom|utbildning|bildning|skol|grundskol|förskol|gymnasi|vuxenutbildning|lärande|kompetens|arbetsmarknad|arbetsliv|vård|omsorg|omvårdnad|äldre|äldreomsorg|funktionshinder|funktionsstöd|handikapp|hälso|folkhälso|sjukvård|primärvård|tandvård|psykiatri|patient|miljö|hälsoskydd|bygg|byggnad|stadsbyggnad|samhällsbyggnad|samhällsutveckling|utveckling|plan|teknik|service|fastighet|lokal|exploatering|trafik|kollektivtrafik|gatu|park|natur|klimat|kultur|fritid|idrott|turism|näringsliv|integration|välfärd|trygghet|räddning|krisledning|överförmyndar|val|stadsdel|myndighet|tillstånd')}(?:s|e)?`;
// "Barn- och utbildningsnämnden", "Miljö-, hälso- och byggnadsnämnden"
const SECTORS = String.raw`(?:${SECTOR}-,?\s+)*(?:${SECTOR}-\s+och\s+)?${SECTOR}`;
// "Tekniska nämnden", "Regionala utvecklingsnämnden", "Kommunstyrelsen", "Arbetsutskottet", "Socialförvaltningen",
// "Stadsledningskontoret"
const BODY = String.raw`(?:${SECTORS}nämnd(?:en)?|${eitherCase('tekniska')}\s+nämnd(?:en)?|${eitherCase('regionala')}\s+utvecklingsnämnd(?:en)?|${eitherCase('kommun|region|landstings')}styrelse(?:n)?|${eitherCase('arbets|individ|personal')}utskott(?:et)?|${eitherCase('allmänna')}\s+utskott(?:et)?|(?:\p{L}*f|F)örvaltning(?:en)?|${eitherCase('stads|kommun|region')}(?:lednings)?kontor(?:et)?)`;
// "Kommunstyrelsens arbetsutskott", "Socialnämndens individutskott": a committee of a committee.
const COMMITTEE = String.raw`(?:${BODY}(?:s\s+\p{Ll}*utskott(?:et)?)?)`;
export const COMMITTEE_NAME = svRegex(`^${COMMITTEE}$`, 'u');

// Whose the committee is: "Åstorps kommun", "Lilla Edets kommun", "Malmö stad", "Region Skåne", "Region Jönköpings
// län", "Stockholms läns landsting", "Landstinget i Värmland", "Västra Götalandsregionen" (region.ts).
export const OWNER = String.raw`(?:${MUNICIPALITY_TOWN}\s+(?:kommun|stad)|${REGION})`;
// The same in a letterhead set in capitals: "ÅSTORPS KOMMUN", "ÖSTRA GÖINGE KOMMUN", "REGION SKÅNE".
const OWNER_IN_CAPITALS = String.raw`(?:${MUNICIPALITY_TOWN_IN_CAPITALS}\s+(?:KOMMUN|STAD)|${REGION_IN_CAPITALS})`;

const OWNER_IN_NAME: ReadonlyArray<RegExp> = [
  // "Socialnämnden i Åstorps kommun", "Socialnämnden, Åstorps kommun"
  svRegex(String.raw`^${COMMITTEE}\s*(?:\s+i|,|\s[–-])\s+(${OWNER})$`, 'u'),
  // "Åstorps kommun Socialnämnden" (a letterhead run together), "Åstorps kommun, Socialnämnden"
  svRegex(String.raw`^(${OWNER})\s*(?:,|\s[–-])?\s+${COMMITTEE}$`, 'u'),
  // "Åstorps kommuns socialnämnd", "Region Skånes hälso- och sjukvårdsnämnd"
  svRegex(String.raw`^(${OWNER})s\s+${COMMITTEE}$`, 'u'),
];
// "Socialnämnden i Lund", "Socialnämnden i Upplands Väsby": a town without "kommun". Not a district's:
// "Stadsdelsnämnden i Rinkeby" is Stockholm's.
const COMMITTEE_IN_TOWN = svRegex(String.raw`^(?![Ss]tadsdel)${COMMITTEE}\s+i\s+(${TOWN})$`, 'u');

// An owner on a line of its own in a letterhead or a signature, or before an address or the committee:
// "Åstorps kommun", "Åstorps kommun, Box 1, 265 00 Åstorp", "Region Skåne | Hälso- och sjukvårdsnämnden".
const OWNER_LINE = svRegex(
  String.raw`^\s*(${OWNER}|${OWNER_IN_CAPITALS})\s*(?:$|[,|•·]|\s[–-]\s|\s+${COMMITTEE}\s*$)`,
  'u',
);
// How far into a letter its letterhead reaches, and how far from its end its signature and footer start.
const LETTERHEAD_LINES = 12;
const SIGNATURE_LINES = 25;
const LETTERHEAD_CHARACTERS = 3000;
const SIGNATURE_CHARACTERS = 5000;

/** Whether a name is a municipal or regional committee or administration: "Socialnämnden", "Kommunstyrelsen". */
export function isCommittee(name: string): boolean {
  return /^\p{Lu}/u.test(name) && COMMITTEE_NAME.test(name.trim());
}

/**
 * The owner a committee's name itself gives: "Socialnämnden i Åstorps kommun", "Åstorps kommun Socialnämnden",
 * "Åstorps kommuns socialnämnd" → "Åstorps kommun"; "Socialnämnden i Lund" → "Lunds kommun". Null for any other name.
 */
export function ownerInCommitteeName(name: string): string | null {
  const text = name.trim().replace(/\s+/gu, ' ');
  for (const pattern of OWNER_IN_NAME) {
    const owner = pattern.exec(text)?.[1];
    if (owner) return owner;
  }
  const town = COMMITTEE_IN_TOWN.exec(text)?.[1];
  return town ? municipalityOfTown(town) : null;
}

// "ÅSTORPS KOMMUN" → "Åstorps kommun", "REGION ÖREBRO LÄN" → "Region Örebro län", "UPPLANDS-BRO KOMMUN" →
// "Upplands-Bro kommun", "LILLA EDETS KOMMUN" → "Lilla Edets kommun": every word but the kind of body capitalised.
function fromCapitals(owner: string): string {
  if (owner !== owner.toLocaleUpperCase('sv')) return owner;
  return owner
    .toLocaleLowerCase('sv')
    .replace(/(^|[\s-])(\p{Ll}[\p{Ll}]*)/gu, (_, before: string, word: string) =>
      /^(?:kommun|stad|län|läns|landsting)$/u.test(word)
        ? before + word
        : before + word.charAt(0).toLocaleUpperCase('sv') + word.slice(1),
    );
}

/**
 * The owner a letter's letterhead or signature names on a line of its own: the first of the letterhead's lines,
 * else the last of the signature's. Null when neither names one: then the committee names no respondent.
 */
export function ownerInLetterheadOrSignature(rawText: string): string | null {
  // Only the ends are read: a 20 MB text is not split into lines for a letterhead and a signature.
  const lines = (part: string) => part.split('\n').filter((line) => line.trim() !== '');
  const owner = (line: string) => {
    const match = OWNER_LINE.exec(line);
    return match ? fromCapitals(match[1].replace(/\s+/gu, ' ')) : null;
  };
  for (const line of lines(rawText.slice(0, LETTERHEAD_CHARACTERS)).slice(0, LETTERHEAD_LINES)) {
    const found = owner(line);
    if (found) return found;
  }
  for (const line of lines(rawText.slice(-SIGNATURE_CHARACTERS)).slice(-SIGNATURE_LINES).reverse()) {
    const found = owner(line);
    if (found) return found;
  }
  return null;
}

// A committee written as a name, at the start of a line or sentence or after "För": "Socialnämnden har …",
// "För socialnämnden". Not one spoken of: "… beslut i socialnämnden".
const SPEAKS_AS_COMMITTEE = svRegex(String.raw`(?:(?:^|[.!?]\s+)(?=\p{Lu})|\bFör\s+)${COMMITTEE}(?![\p{L}-])`, 'mu');

/** Whether the letter speaks as a committee: its name stands as a name somewhere in it. */
export function speaksAsCommittee(rawText: string): boolean {
  return SPEAKS_AS_COMMITTEE.test(rawText);
}
