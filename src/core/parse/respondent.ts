import { svRegex } from '../text/swedish-regex.js';
import type { Block } from './blocks.js';
import { isCommittee, ownerInCommitteeName, ownerInLetterheadOrSignature, speaksAsCommittee } from './committee.js';
import { confirmedMunicipality, municipality, namesMunicipalBody } from './municipality.js';
import {
  expandAbbreviation,
  isAbbreviation,
  isGenericSelfReference,
  isNotAName,
  looksLikeOrganisation,
  resolveGenericSelfReference,
  runInNameBefore,
  stripShortName,
  withoutGenitive,
} from './organisation-name.js';
import { confirmedRegion } from './region.js';
import { findStanceSubject } from './respondent-subject.js';
import { isBareSeatBody, seatedName, seatOf } from './seat.js';

// A name at the start of a sentence; "Kungl." is the one period a name may hold: "Kungl. Skogs- och Lantbruksakademien"
const NAME = String.raw`((?:Kungl\.\s+)?[\p{Lu}][^.:;]{1,80}?)`;
// The short name after the full one: "(FSS)", "(Vård- och omsorgsanalys)", ", KSLA,"
const SHORT_NAME = String.raw`(?:\s*\(\p{Lu}[^()]{0,40}\)|\s*,\s*\p{Lu}{2,10}\s*,)?`;
// "Vision har givits möjlighet att lämna synpunkter", "Föreningen Sveriges socialchefer (FSS) har från
// Socialdepartementet fått remiss", "Åstorps kommun har utsetts som remissinstans", "Kungl. Skogs- och
// Lantbruksakademien, KSLA, har beretts möjlighet", "Förbundet X tackar för inbjudan att svara på denna remiss";
// not "Socialstyrelsen har fått i uppdrag att …" nor "Ärendet har beretts inom avdelningen" (prepared, not invited)
const INTRODUCED = String.raw`(?:(?:har|ges|gavs)\s+(?:\w+\s+){0,3}?(?:getts|givits|beretts\s+(?:\w+\s+)?(?:möjlighet|tillfälle)|fått|utsetts|inbjudits|ombetts|anmodats|erbjudits|tillfrågats)\b(?!\s+(?:\w+\s+)?(?:i\s+)?\w*uppdrag)|tackar\s+för\s+(?:\w+\s+)?(?:inbjudan|möjligheten|tillfället|remissen)\b)`;
const SELF_INTRODUCTION = svRegex(
  String.raw`^(?:(?:Sammanfattning|Inledning)\s+)?${NAME}${SHORT_NAME}\s+${INTRODUCED}`,
  'u',
);
// The same after a title run into it, where the name's start is read from the name itself.
const RUN_IN_INTRODUCTION = svRegex(String.raw`${SHORT_NAME}\s+${INTRODUCED}`, 'gu');
// An agency introducing itself by its remit: "Myndigheten för vård- och omsorgsanalys (Vård- och omsorgsanalys) har
// enligt sin instruktion till uppgift att …". Without "instruktion" only after a short name, as agencies write it
// of themselves: "Myndigheten för vårdanalys (Vårdanalys) har till uppgift att …".
const AGENCY_REMIT = svRegex(
  String.raw`^${NAME}${SHORT_NAME}\s+(?:har|ska)\s+enligt\s+(?:sin|vår|dess|myndighetens)\s+instruktion\b|^${NAME}\s*\(\p{Lu}[^()]{0,40}\)\s+har\s+(?:bland\s+annat\s+)?(?:till|i)\s+uppgift\s+att\b`,
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
// A title in the sender's genitive: "LOs yttrande angående …", "Sveriges läkarförbunds yttranden över utredningens
// förslag", "Transportstyrelsens svar på remiss av …"
const GENITIVE_TITLE = svRegex(
  String.raw`^((?:Kungl\.\s+)?\p{Lu}[\p{L}\p{N}-]*(?:\s+[\p{L}-]+){0,4}?)s\s+(?:yttranden?|remissyttrande|remissvar|svar\s+på\s+remiss(?:en)?)\b`,
  'u',
);
// The name without the genitive, as a news item writes it: "Svensk sjuksköterskeförening remissvar på regeringens
// utredning …". Lower-case "remissvar" only: "Sammanfattning av Remissvar …" is a heading.
const NAMED_REPLY = svRegex(
  String.raw`^((?:Kungl\.\s+)?\p{Lu}[\p{L}\p{N}-]*(?:\s+[\p{L}-]+){0,4}?)\s+(?:remissvar|remissyttrande|yttrande)\s+(?:på|över|om|angående)\s`,
  'u',
);
// The organisation sending its own answer: "Lunds universitet ska alldeles snart skicka sitt remissvar till …",
// "Förbundet har lämnat sitt yttrande över …". "sitt" makes the answer the subject's own.
const SENDS_ITS_ANSWER = svRegex(
  String.raw`^((?:Kungl\.\s+)?\p{Lu}[\p{L}\p{N}-]*(?:\s+[\p{L}-]+){0,4}?)\s+(?:(?:ska|har|kommer\s+att)\s+)?(?:(?:alldeles|nu|därför|också|nyligen|snart|i\s+dag|idag)\s+){0,2}(?:skicka|skickar|skickat|lämna|lämnar|lämnat)\s+sitt\s+(?:remissvar|remissyttrande|yttrande|svar)\b`,
  'u',
);
// An imperative or pronoun before "s remissvar" is no genitive: "Läs remissvar på …", "Dess yttrande".
const NOT_A_GENITIVE = svRegex('^(?:läs|se|hämta|ladda|besök|dess|hans|hennes|deras|vars)$', 'iu');
// The same title run into the letterhead by a PDF converter: "… 103 33 Stockholm Transportstyrelsens svar på remiss
// av …"; not inside a sentence: "Vi har tagit del av Socialstyrelsens svar på remissen".
const GENITIVE_REPLY_INSIDE = svRegex(
  String.raw`(?<![\p{L}-])(?<!(?:^|[\s(])\p{Ll}[\p{L}-]*[,;]?\s+)(\p{Lu}[\p{L}-]+)s\s+svar\s+på\s+remiss\b`,
  'u',
);
const OPENING_CHARACTERS = 3000;
// The closing "För Föreningen Sveriges socialchefer"
const FOR_SIGNATURE = svRegex(String.raw`^För\s+([\p{Lu}].{2,80})$`, 'u');
// An organisation's name as it signs: "Åstorps kommun", "Malmö stad", "Region Skåne", "Socialstyrelsen",
// "Sveriges Kommuner och Regioner"
const ORGANISATION = svRegex(
  String.raw`^(?:[\p{Lu}][\p{L}-]*\s+(?:kommun|stad|län)|Region\s+[\p{Lu}][\p{L}-]+|[\p{Lu}][\p{L} -]*(?:förbundet|föreningen|förening|myndigheten|verket|styrelsen|inspektionen|nämnden|rådet|universitet|universitetet|högskola|högskolan|domstolen|ombudsmannen|akademien|institutet|kammaren|byrån|kommissionen|rätten)|(?:Länsstyrelsen|Kammarrätten|Förvaltningsrätten|Tingsrätten|Hovrätten|Myndigheten|Sveriges|Riksförbundet|Föreningen|Förbundet|Stiftelsen)\s+[\p{L} -]+)$`,
  'u',
);
// A heading about the letter, not a name: "Sveriges läkarförbunds yttranden över utredningens förslag"
const ABOUT_THE_LETTER = svRegex(
  String.raw`\b(?:yttranden?|remissvar|synpunkter|förslag(?:en|et)?|betänkande(?:t)?|svar|över|angående|gällande)\b`,
  'iu',
);
// Web and letter chrome before the letter proper: "Hoppa till innehåll", "Stockholm, 30 september 2021",
// "Till: Socialdepartementet", "Dnr 2023/12", "Gem 2021/0124", "1(7)", "103 33 Stockholm", "Publicerad: 2021-01-18"
const CHROME = svRegex(
  String.raw`^(?:hoppa\s+till\b.*|till:.*|ställd\s+till\b.*|svar\s+på:.*|dnr\b.*|diarienummer\b.*|gem\s+\d.*|datum\b.*|publicerad:.*|sidansvarig:.*|\p{L}+,?\s+(?:den\s+)?\d{1,2}\s+\p{L}+\s+\d{4}|\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,3}\s*\(\s*\d{1,3}\s*\)|\d{3}\s?\d{2}\s+\p{L}+)$`,
  'iu',
);
// How many blocks of prose the opening holds; headings and chrome before them do not count.
const OPENING_PROSE_BLOCKS = 8;
const MAX_OPENING_BLOCKS = 40;
// A line that ended without a sentence end and is short: a heading or letterhead line that a converter ran into
// the next paragraph ("Remissunderlag" / "Sveriges läkarförbund har fått rubricerat betänkande på remiss …").
const MAX_HEADING_LINE = 80;
const MAX_LINES_LOOKED_AT = 12;
// A self-introduction reads its name and verb within this many characters of where the name starts.
const INTRODUCTION_LENGTH = 400;
const LINE_GOES_ON = svRegex(
  String.raw`(?:[.!?,;–-]|\b(?:och|att|i|på|för|av|med|som|till|om|från|eller|samt))$`,
  'iu',
);
/** The blocks that make up the opening: up to the eighth block of prose, with the headings and chrome among them. */
function openingLength(blocks: Block[]): number {
  let prose = 0;
  for (let i = 0; i < Math.min(blocks.length, MAX_OPENING_BLOCKS); i++) {
    if (blocks[i].kind !== 'heading' && !CHROME.test(blocks[i].text) && ++prose === OPENING_PROSE_BLOCKS) return i + 1;
  }
  return Math.min(blocks.length, MAX_OPENING_BLOCKS);
}

/**
 * Where a name may start in a block: its start, and each line after a heading line run into it, with where the next
 * such line starts (a name never runs on into it: "Gem 2021/0124" / "Remissunderlag" / "Sveriges läkarförbund har
 * fått …"). Only the first lines of a block are looked at: a name that opens a letter stands near a block's top.
 */
function nameStarts(block: Block): Array<{ start: number; lineEnd: number; nextStart: number }> {
  const lines = block.lineStarts.slice(0, MAX_LINES_LOOKED_AT + 1);
  const lineEnd = (i: number) =>
    i + 1 < block.lineStarts.length ? block.lineStarts[i + 1].offset - 1 : block.text.length;
  const starts = [{ start: 0, lineEnd: block.text.length, nextStart: block.text.length }];
  for (let i = 1; i < lines.length; i++) {
    const previous = block.text.slice(lines[i - 1].offset, lines[i].offset).trim();
    if (previous.length <= MAX_HEADING_LINE && !LINE_GOES_ON.test(previous)) {
      starts[starts.length - 1].nextStart = lines[i].offset;
      starts.push({ start: lines[i].offset, lineEnd: lineEnd(i), nextStart: block.text.length });
    }
  }
  return starts;
}

// A clause, not a name: "Socialnämnden har beretts möjlighet att yttra sig och" before "lämnar följande synpunkter".
const CLAUSE = svRegex(String.raw`\s(?:har|hade|lämnar)\s`, 'u');

/**
 * A candidate as a respondent: the name itself, the owner a committee's name gives ("Socialnämnden i Åstorps
 * kommun"), the organisation a generic self-reference ("Myndigheten", "Kommunstyrelsen") stands for in the text
 * before it, or null.
 */
function accept(candidate: string, before: string): string | null {
  const name = stripShortName(candidate);
  if (CLAUSE.test(name)) return null;
  const owner = ownerInCommitteeName(name);
  if (owner) return owner;
  if (isGenericSelfReference(name)) return resolveGenericSelfReference(name, before);
  return isNotAName(name) ? null : name;
}

// Where the name captured by `match` ends, from the start of the text matched.
function nameEnd(match: RegExpExecArray): number {
  const name = match[1] ?? match[2] ?? '';
  return match.index + match[0].indexOf(name) + name.length;
}

function fromGenitive(word: string, text: string): string | null {
  if (NOT_A_GENITIVE.test(`${word}s`) || NOT_A_GENITIVE.test(word)) return null;
  const name = withoutGenitive(word);
  return looksLikeOrganisation(name, text) ? name : null;
}

/** The first few thousand characters of the first `count` blocks: the letterhead and the opening. */
function openingText(blocks: Block[], count: number): string {
  let text = '';
  for (const block of blocks.slice(0, count)) {
    if (text.length >= OPENING_CHARACTERS) break;
    text += `${block.text.slice(0, OPENING_CHARACTERS)}\n`;
  }
  return text.slice(0, OPENING_CHARACTERS);
}

function openingMatch(blocks: Block[], opening: number, rawText: string): string | null {
  // The text before a name, where a generic "Myndigheten" looks for the name it stands for.
  const textBefore = (index: number, offset: number) =>
    `${openingText(blocks, index)}\n${blocks[index].text.slice(Math.max(0, offset - OPENING_CHARACTERS), offset)}`;
  // Patterns anchored at a name's start read a few hundred characters; "Yttrande från X" must end its line.
  const patterns: Array<[RegExp, boolean, (match: RegExpExecArray, before: string) => string | null]> = [
    [SELF_INTRODUCTION, true, (m, before) => accept(m[1], before)],
    [FROM_ORGANISATION, false, (m, before) => accept(m[1], before)],
    [AGENCY_REMIT, true, (m, before) => accept(m[1] ?? m[2], before)],
    [GENITIVE_TITLE, true, (m) => fromGenitive(m[1], rawText)],
    [SUBJECT_OF_REPLY, true, (m, before) => accept(m[1], before)],
    [NAMED_REPLY, true, (m) => (looksLikeOrganisation(m[1], rawText) ? m[1] : null)],
    [SENDS_ITS_ANSWER, true, (m, before) => (looksLikeOrganisation(m[1], rawText) ? accept(m[1], before) : null)],
  ];
  for (const [pattern, anchored, name] of patterns) {
    for (let i = 0; i < opening; i++) {
      const text = blocks[i].text;
      for (const { start, lineEnd, nextStart } of nameStarts(blocks[i])) {
        const match = pattern.exec(text.slice(start, anchored ? start + INTRODUCTION_LENGTH : lineEnd));
        const crosses = match && nameEnd(match) > nextStart - start;
        const found = match && !crosses && name(match, textBefore(i, start));
        if (found) return found;
      }
    }
  }
  const text = openingText(blocks, opening);
  for (const match of text.matchAll(RUN_IN_INTRODUCTION)) {
    const name = match.index > 0 ? runInNameBefore(text, match.index) : null;
    if (name) return name;
  }
  const inside = GENITIVE_REPLY_INSIDE.exec(text);
  return inside ? fromGenitive(inside[1], rawText) : null;
}

// A heading that names an organisation: itself, or the municipality that a "Kommunstyrelsen" under it stands for.
function organisationHeading(block: Block, before: string): string | null {
  if (block.kind !== 'heading') return null;
  const genitiveTitle = GENITIVE_TITLE.exec(block.text);
  if (genitiveTitle) return fromGenitive(genitiveTitle[1], before);
  if (!ORGANISATION.test(block.text) || ABOUT_THE_LETTER.test(block.text)) return null;
  return accept(block.text, before);
}

/**
 * Who answers: the organisation's proper name. Tried in order: the opening self-introduction (or the agency's remit,
 * or a title in its genitive), a letterhead, the closing "För …" signature, an organisation name standing alone
 * near the end, a committee's owner in its letterhead or signature, the organisation that states the letter's
 * positions, a municipal administration's city. A generic self-reference ("Myndigheten", "Kommunstyrelsen") or a
 * committee ("Socialnämnden") counts only as the organisation it stands for (committee.ts).
 */
export function findRespondent(blocks: Block[], rawText: string): string | null {
  const name = findName(blocks, rawText);
  if (!name) return null;
  // "Socialnämnden i Åstorps kommun" is filed under its owner, a "Socialnämnden" found some other way under nobody.
  const owner = ownerInCommitteeName(name);
  if (owner) return owner;
  if (isCommittee(name)) return null;
  // "Länsstyrelsen" is one of 21 boards: the one its letterhead or signature names, or nobody. "Länsstyrelsen Skåne"
  // is filed as "Länsstyrelsen i Skåne län", as the board's other letters name it.
  if (isBareSeatBody(name)) return seatOf(name, rawText);
  const seated = seatedName(name);
  if (seated) return seated;
  // "FSS" is filed under "Föreningen Sveriges socialchefer" where the text writes that out as "… (FSS)".
  return isAbbreviation(name) ? (expandAbbreviation(name, rawText) ?? name) : name;
}

function findName(blocks: Block[], rawText: string): string | null {
  const opening = openingLength(blocks);
  const introduced = openingMatch(blocks, opening, rawText);
  if (introduced) return introduced;
  const before = openingText(blocks, opening);
  // A letterhead: the organisation's name alone at the top ("Malmö stad" above "Kommunstyrelsen").
  for (const block of blocks.slice(0, 3)) {
    const name = organisationHeading(block, before);
    if (name) return name;
  }
  const tail = blocks.slice(-8).reverse();
  for (const block of tail) {
    const match = FOR_SIGNATURE.exec(block.text);
    const name = match && accept(match[1], before);
    if (name) return name;
  }
  for (const block of tail) {
    const name = organisationHeading(block, before);
    if (name) return name;
  }
  // A committee ("Socialnämnden har beretts möjlighet …") whose owner no sentence names: its letterhead or signature
  // may ("Åstorps kommun" on a line of its own), or a domain the letter confirms ("@regionskane.se" and "Region
  // Skåne"); else it names nobody.
  const committee = speaksAsCommittee(rawText);
  if (committee) {
    const owner = ownerInLetterheadOrSignature(rawText) ?? confirmedMunicipality(rawText) ?? confirmedRegion(rawText);
    if (owner) return owner;
  }
  const subject = findStanceSubject(blocks, opening);
  if (subject) return subject;
  if (committee) return null;
  if (blocks.some((b) => namesMunicipalBody(b.text))) return municipality(rawText);
  return null;
}
