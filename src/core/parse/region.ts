import { svRegex } from '../text/swedish-regex.js';
import { fold, webDomains } from './municipality.js';

/**
 * A region's name, and the region a letter's e-mail domain stands for where the letter writes that region's name out.
 * A regional committee ("Hälso- och sjukvårdsnämnden") is filed under its region, never under a guess from a domain.
 */

/**
 * A region as it names itself: "Region Skåne", "Region Jönköpings län", "Region Jämtland Härjedalen",
 * "Västra Götalandsregionen", and the older "Stockholms läns landsting", "Landstinget i Värmland"; "län" also before
 * a genitive's "s" ("Region Örebro läns hälso- och sjukvårdsnämnd"). Not "Stockholmsregionen", an area.
 */
export const REGION = String.raw`(?:Region\s+\p{Lu}[\p{L}-]+(?:\s+(?:län|Härjedalen)(?=s?(?![\p{L}-])))?|\p{Lu}[\p{L}-]*\s+läns\s+landsting|Landstinget\s+(?:i\s+)?\p{Lu}[\p{L}-]+|Västra\s+Götalandsregionen)`;
/** The same in a letterhead set in capitals: "REGION SKÅNE", "REGION ÖREBRO LÄN", "STOCKHOLMS LÄNS LANDSTING". */
export const REGION_IN_CAPITALS = String.raw`(?:REGION\s+[\p{Lu}-]+(?:\s+(?:LÄN|HÄRJEDALEN))?|[\p{Lu}-]+\s+LÄNS\s+LANDSTING)`;

// Written where a name stands, not inside a word: "… vårdcentralerna i Region Skåne."
const REGION_WRITTEN = svRegex(String.raw`(?<![\p{L}-])${REGION}`, 'gu');

// Domains that are not the region's name run together: "vgregion.se" is Västra Götalandsregionen's, "sll.se" Region
// Stockholm's (named Stockholms läns landsting until 2019).
const DOMAIN_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['vgregion', ['västra götalandsregionen']],
  ['sll', ['region stockholm', 'stockholms läns landsting']],
]);
const MIN_WORDS_FOR_INITIALS = 3;

// The domains a region's name may have: "Region Skåne" → "regionskane"; "Region Kalmar län" → "regionkalmarlan",
// "regionkalmar"; "Region Jönköpings län" → also its initials, "rjl".
function domainsOfRegion(name: string): string[] {
  const words = name.split(' ');
  const domains = [fold(name), fold(name.replace(/\s+län$/u, ''))];
  if (words.length >= MIN_WORDS_FOR_INITIALS) domains.push(fold(words.map((word) => word.charAt(0)).join('')));
  return domains;
}

/**
 * The region whose name the letter writes out and whose domain it gives: "@regionskane.se" and "… i Region Skåne"
 * → Region Skåne, "@rjl.se" and "Region Jönköpings län" → Region Jönköpings län. Null when the domain's region is not
 * written: "@regionhalland.se" alone, or with only "Region Skåne" written, names nobody.
 */
export function confirmedRegion(rawText: string): string | null {
  const domains = webDomains(rawText).map((domain) => domain.toLowerCase());
  if (domains.length === 0) return null;
  const written = [...new Set([...rawText.matchAll(REGION_WRITTEN)].map((match) => match[0].replace(/\s+/gu, ' ')))];
  for (const domain of domains) {
    const region = written.find(
      (name) =>
        domainsOfRegion(name).includes(fold(domain)) ||
        (DOMAIN_ALIASES.get(domain)?.includes(name.toLocaleLowerCase('sv')) ?? false),
    );
    if (region) return region;
  }
  return null;
}
