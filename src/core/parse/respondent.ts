import { svRegex } from '../text/swedish-regex.js';
import type { Block } from './blocks.js';

// "Vision har givits möjlighet att lämna synpunkter", "Föreningen Sveriges socialchefer (FSS) har från
// Socialdepartementet fått remiss", "Åstorps kommun har utsetts som remissinstans"
const SELF_INTRODUCTION = svRegex(
  String.raw`^(?:(?:Sammanfattning|Inledning)\s+)?([\p{Lu}][^.:;]{1,80}?)\s+(?:\([\p{Lu}]{2,10}\)\s+)?(?:har|ges|gavs)\s+(?:\w+\s+){0,3}?(?:getts|givits|beretts|fått|utsetts|inbjudits|ombetts|anmodats|erbjudits|tillfrågats)\b`,
  'u',
);
// "Socialstyrelsen har tagit del av betänkandet och lämnar följande synpunkter."
const SUBJECT_OF_REPLY = svRegex(
  String.raw`^([\p{Lu}][^.:;]{1,60}?)\s+(?:har\s+tagit\s+del\s+av|lämnar\s+(?:härmed\s+)?(?:följande|nedanstående)|har\s+(?:följande|inga)\s+(?:\w+\s+)?synpunkter|har\s+granskat|yttrar\s+sig)`,
  'u',
);
// "Yttrande från Region Exempelland", "Remissvar från Exempelverket", "Remissyttrande från Exempelförbundet"
const FROM_ORGANISATION = svRegex(
  String.raw`\b(?:[Yy]ttrande|[Rr]emissyttrande|[Rr]emissvar|[Ss]var)\s+från\s+([\p{Lu}][^.,:;()]{2,60}?)\s*$`,
  'u',
);
// The closing "För Föreningen Sveriges socialchefer"
const FOR_SIGNATURE = svRegex(String.raw`^För\s+([\p{Lu}].{2,80})$`, 'u');
// An organisation's name as it signs: "Åstorps kommun", "Region Skåne", "Socialstyrelsen", "Sveriges Kommuner och Regioner"
const ORGANISATION = svRegex(
  String.raw`^(?:[\p{Lu}][\p{L}-]*s\s+(?:kommun|stad|län)|Region\s+[\p{Lu}][\p{L}-]+|[\p{Lu}][\p{L} -]*(?:förbundet|föreningen|förening|myndigheten|verket|styrelsen|inspektionen|nämnden|rådet|universitet|universitetet|högskola|högskolan|domstolen|ombudsmannen|akademien|institutet|kammaren|byrån|kommissionen|rätten)|(?:Länsstyrelsen|Kammarrätten|Förvaltningsrätten|Tingsrätten|Hovrätten|Myndigheten|Sveriges|Riksförbundet|Föreningen|Förbundet)\s+[\p{L} -]+)$`,
  'u',
);
const NOT_AN_ORGANISATION = svRegex(
  String.raw`^(?:vi|det|den|detta|utredningen|regeringen|kommunstyrelsen|förvaltningen|nämnden|remissen|jag)\b`,
  'iu',
);
// Municipal administrations sign as their city: "Socialförvaltningen" + "daniel.lauridsen@stockholm.se" → Stockholms stad
const MUNICIPAL_BODY = svRegex(
  String.raw`\b(?:\p{L}+förvaltningen|stadsledningskontoret|kommunstyrelsen|tjänsteutlåtande|kontorsutlåtande|stadsdelsnämnden)\b`,
  'iu',
);
const EMAIL_DOMAIN = /@([a-zåäö-]+)\.se\b/iu;
const POSTAL_TOWN = /^\d{3}\s?\d{2}\s+([\p{Lu}][\p{Ll}]+)\s*$/mu;
// Municipalities that style themselves "stad" rather than "kommun".
const STAD_MUNICIPALITIES = new Set([
  'stockholm',
  'göteborg',
  'malmö',
  'västerås',
  'solna',
  'sundbyberg',
  'lidingö',
  'vaxholm',
  'landskrona',
  'borås',
  'trollhättan',
  'mölndal',
  'haninge',
]);

function stripAbbreviation(name: string): string {
  return name.replace(/\s*\([\p{Lu}]{2,10}\)\s*$/u, '').trim();
}

function genitive(city: string): string {
  return /[sxz]$/i.test(city) ? city : `${city}s`;
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

/** The city of a municipal administration, from an e-mail domain or a postal address in the raw text. */
function municipality(rawText: string): string | null {
  const city = EMAIL_DOMAIN.exec(rawText)?.[1] ?? POSTAL_TOWN.exec(rawText)?.[1];
  if (!city) return null;
  const name = capitalize(city.toLowerCase());
  return `${genitive(name)} ${STAD_MUNICIPALITIES.has(city.toLowerCase()) ? 'stad' : 'kommun'}`;
}

/**
 * Who answers: the organisation's proper name. Tried in order: the opening self-introduction, the closing
 * "För …" signature, an organisation name standing alone near the end, a municipal administration's city.
 */
export function findRespondent(blocks: Block[], rawText: string): string | null {
  const opening = blocks.slice(0, 8);
  for (const pattern of [SELF_INTRODUCTION, FROM_ORGANISATION, SUBJECT_OF_REPLY]) {
    for (const block of opening) {
      const match = pattern.exec(block.text);
      if (match && !NOT_AN_ORGANISATION.test(match[1])) return stripAbbreviation(match[1]);
    }
  }
  // A letterhead: the organisation's name alone at the top.
  for (const block of blocks.slice(0, 3)) {
    if (block.kind === 'heading' && ORGANISATION.test(block.text)) return block.text;
  }
  const tail = blocks.slice(-8).reverse();
  for (const block of tail) {
    const match = FOR_SIGNATURE.exec(block.text);
    if (match) return stripAbbreviation(match[1]);
  }
  for (const block of tail) {
    if (block.kind === 'heading' && ORGANISATION.test(block.text) && !NOT_AN_ORGANISATION.test(block.text))
      return block.text;
  }
  if (blocks.some((b) => MUNICIPAL_BODY.test(b.text))) return municipality(rawText);
  return null;
}
