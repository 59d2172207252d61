import { svRegex } from '../text/swedish-regex.js';
import type { RemissRef } from '../types.js';
import type { Block } from './blocks.js';

// "SOU 2024:72", "SOU2024:72", "Ds 2023:5"
const REMISS_NUMBER = /\b(SOU|Ds)\s?(\d{4})\s?:\s?(\d{1,3})\b/g;
// "Remissvar på betänkandet …", "Remiss av …", "Yttrande över promemorian …", "Svar på remiss …". Not when "från"
// or "till" follows: "Yttrande från Region Testland" names the respondent, "Svar på remiss från kommunstyrelsen" and
// "Remiss från Socialdepartementet" the sender, "Remissvar till Socialdepartementet" the recipient; none the remiss.
const TITLE_PREFIX = svRegex(
  String.raw`^(?:remissvar|remissyttrande|yttrande|remiss|svar\s+på\s+remiss(?:en)?)\b(?![\s:,-]*(?:från|till)\b)[\s:,-]*(?:(?:av|över|på|om|angående|gällande|avseende)\s+)?(?:(?:betänkandet|delbetänkandet|slutbetänkandet|promemorian|departementspromemorian|rapporten|utredningen|remissen)\s+)?`,
  'iu',
);
// Trailing case numbers: ", KS 2024/894", "Dnr SOF 2024/634"
const TRAILING_CASE_NUMBER = /[,\s]+(?:dnr\s+)?[A-ZÅÄÖ]{1,5}\s+\d{4}\/\d+\s*$/iu;

export function normalizeRemissId(kind: string, year: string, number: string): string {
  return `${kind.toUpperCase() === 'DS' ? 'Ds' : 'SOU'} ${year}:${number}`;
}

/** Every SOU/Ds number in a text, in order of appearance. */
export function findRemissNumbers(text: string): string[] {
  return [...text.matchAll(REMISS_NUMBER)].map((m) => normalizeRemissId(m[1], m[2], m[3]));
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

/** The consultation's title from a heading such as "Remiss av SOU 2024:72 Stärkt medicinsk kompetens …". */
export function titleFromHeading(heading: string): string | null {
  if (!TITLE_PREFIX.test(heading)) return null;
  const title = heading
    .replace(TITLE_PREFIX, '')
    .replace(/\(?\b(?:SOU|Ds)\s?\d{4}\s?:\s?\d{1,3}\)?/g, '')
    .replace(TRAILING_CASE_NUMBER, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,:–-]+|[\s,:–-]+$/g, '')
    .trim();
  return title.length >= 8 ? capitalize(title) : null;
}

/**
 * Which remiss a document answers. The number in the title wins over numbers cited in the body
 * ("… förslaget från utredningen SOU 2022:41"); without a number the consultation's title is the id.
 */
export function findRemiss(blocks: Block[], rawText: string): RemissRef | null {
  const opening = blocks.slice(0, 4);
  const titled = opening.map((b) => ({ block: b, title: titleFromHeading(b.text) })).find((t) => t.title !== null);
  const openingNumbers = findRemissNumbers(opening.map((b) => b.text).join('\n'));
  const allNumbers = findRemissNumbers(rawText);
  const id = openingNumbers[0] ?? mostFrequent(allNumbers);
  const title = titled?.title ?? null;
  if (id) return { id, title };
  if (title) return { id: title, title };
  return null;
}

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
