import { svRegex } from '../text/swedish-regex.js';
import type { RemissRef } from '../types.js';
import type { Block } from './blocks.js';

// "SOU 2024:72", "SOU2024:72", "Ds 2023:5", and the catalogue form "Ds 2021 nr 14" / "SOU 2019 nr 7"
const NUMBER_SOURCE = String.raw`\b(SOU|Ds)\s?(\d{4})\s?(?::\s?|\s+[Nn]r\.?\s+)(\d{1,3})\b`;
const REMISS_NUMBER = new RegExp(NUMBER_SOURCE, 'g');
const REMISS_NUMBER_IN_TITLE = new RegExp(String.raw`\(?${NUMBER_SOURCE}\)?`, 'g');
// "Remissvar på betänkandet …", "Remiss av …", "Yttrande över promemorian …", "Svar på remiss …". Not when "från"
// or "till" follows: "Yttrande från Region Testland" names the respondent, "Svar på remiss från kommunstyrelsen" and
// "Remiss från Socialdepartementet" the sender, "Remissvar till Socialdepartementet" the recipient; none the remiss.
const TITLE_PREFIX = svRegex(
  String.raw`^(?:remissvar|remissyttrande|yttrande|remiss|svar\s+på\s+remiss(?:en)?)\b(?![\s:,-]*(?:från|till)\b)[\s:,-]*(?:(?:av|över|på|om|angående|gällande|avseende)\s+)?(?:(?:betänkandet|delbetänkandet|slutbetänkandet|promemorian|departementspromemorian|rapporten|utredningen|remissen)\s+)?`,
  'iu',
);
// Trailing case numbers: ", KS 2024/894", "Dnr SOF 2024/634"
const TRAILING_CASE_NUMBER = /[,\s]+(?:dnr\s+)?[A-ZÅÄÖ]{1,5}\s+\d{4}\/\d+\s*$/iu;
// Long report titles, with a subtitle, run to some 150 characters; a paragraph runs on far beyond that.
const MAX_TITLE = 200;
// A paragraph that opens with "Remissyttrande" states a position; it is not the remiss's title:
// "Remissyttrande Nämnden menar att reformen kommer för sent. Vi saknar en konsekvensanalys …".
const STATES_A_POSITION = svRegex(
  String.raw`\b(?:anser|menar|bedömer|beklagar|tillstyrker|avstyrker|instämmer|välkomnar|stöder|stödjer|motsätter|saknar|ställer\s+sig)\b`,
  'iu',
);
// A number cited as earlier work, not the remiss answered: "Regionen har i sitt tidigare remissvar om delbetänkandet
// (SOU 2020:88) varnat för …", "I nämndens yttrande över delbetänkandet Trygg skola (SOU 2019:60) beskrev vi …".
// "Kommunens yttrande över delbetänkandet … (SOU 2024:5)" (a title) and "har fått delbetänkandet … (SOU 2024:5) på
// remiss" name the remiss answered: a delbetänkande counts as earlier work only inside "i <our> answer to".
const EARLIER_WORK = svRegex(
  String.raw`\b(?:tidigare|förra|föregående)\s+(?:\w+\s+)?(?:remissvar|remissyttrande|yttrande|svar|betänkande|delbetänkande|slutbetänkande|rapport|utredning)|\bi\s+(?:vårt|vår|våra|\w+s)\s+(?:remissvar|remissyttrande|yttrande|svar)\s+(?:på|över|avseende|angående)\b.*\bdelbetänkande`,
  'iu',
);
// Where the sentence a number stands in begins: after the last sentence end before it.
const SENTENCE_END = /[.!?]["”»)]?\s+(?=["”«(]?\p{Lu})/gu;
// How far back a number's sentence is read.
const CONTEXT = 300;
// The blocks that hold a response's title and opening lines.
const OPENING_BLOCKS = 4;

export function normalizeRemissId(kind: string, year: string, number: string): string {
  return `${kind.toUpperCase() === 'DS' ? 'Ds' : 'SOU'} ${year}:${number}`;
}

/** Every SOU/Ds number in a text, in order of appearance. */
export function findRemissNumbers(text: string): string[] {
  return [...text.matchAll(REMISS_NUMBER)].map((m) => normalizeRemissId(m[1], m[2], m[3]));
}

/** The SOU/Ds numbers in a text that are not cited as earlier work, in order of appearance. */
function answeredNumbers(text: string): string[] {
  return [...text.matchAll(REMISS_NUMBER)]
    .filter((m) => !EARLIER_WORK.test(sentenceBefore(text, m.index)))
    .map((m) => normalizeRemissId(m[1], m[2], m[3]));
}

/** The words of the sentence before `index`, on one line: a PDF breaks a sentence over lines. */
function sentenceBefore(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - CONTEXT), index);
  const ends = [...window.matchAll(SENTENCE_END)];
  const last = ends.at(-1);
  return (last ? window.slice((last.index ?? 0) + last[0].length) : window).replace(/\s+/g, ' ');
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

/**
 * The consultation's title from a heading such as "Remiss av SOU 2024:72 Stärkt medicinsk kompetens …". A number
 * after the title closes it: in "Remissvar på betänkandet Stärkt … sjukvård (SOU 2024:72) Vision har givits …" (a
 * heading run together with the paragraph after it) the title is what stands before "(SOU 2024:72)".
 */
export function titleFromHeading(heading: string): string | null {
  if (!TITLE_PREFIX.test(heading)) return null;
  const rest = heading.replace(TITLE_PREFIX, '');
  const closing = [...rest.matchAll(REMISS_NUMBER_IN_TITLE)][0];
  const named = closing && /\p{L}{3}/u.test(rest.slice(0, closing.index)) ? rest.slice(0, closing.index) : rest;
  const title = named
    .replace(REMISS_NUMBER_IN_TITLE, '')
    .replace(TRAILING_CASE_NUMBER, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,:–-]+|[\s,:–-]+$/g, '')
    .trim();
  if (title.length < 8 || title.length > MAX_TITLE || STATES_A_POSITION.test(title)) return null;
  return capitalize(title);
}

/**
 * Which remiss a document answers. A number in the title wins, then one in the opening lines, then the number the
 * body cites most often ("… förslaget från utredningen SOU 2022:41" once against the remiss's own twice); numbers
 * cited as earlier work never count. Without a number the consultation's title is the id.
 */
export function findRemiss(blocks: Block[], rawText: string): RemissRef | null {
  const opening = blocks.slice(0, OPENING_BLOCKS).map((b) => ({ block: b, title: titleFromHeading(b.text) }));
  const title = opening.find((o) => o.title !== null)?.title ?? null;
  const titleLines = opening.filter((o) => o.title !== null || o.block.kind === 'heading');
  const id =
    titleLines.flatMap((o) => answeredNumbers(o.block.text))[0] ??
    opening.flatMap((o) => answeredNumbers(o.block.text))[0] ??
    mostFrequent(answeredNumbers(rawText));
  if (id) return { id, title };
  if (title) return { id: title, title };
  return null;
}

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
