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
// The sender's genitive before a reply heading: "TCO:s yttrande över utkast till …", "Exempelsamverkan Nords
// remissvar på ”…”". Case-sensitive: a name, not "i sitt yttrande".
const SENDER_GENITIVE = svRegex(
  String.raw`^(?:\p{Lu}[\p{L}\p{N}-]*\s+){0,3}\p{Lu}[\p{L}\p{N}-]*(?::s|s)\s+(?=(?:remissvar|remissyttrande|yttrande|svar\s+på\s+remiss)\b)`,
  'u',
);
// "Våra synpunkter på betänkandet …" is a reply heading in a news item's words.
const OUR_VIEWS = svRegex(String.raw`^(?:Våra|Vårt)\s+synpunkter\s+(?=på\s)`, 'u');
// A title in quotation marks: "remissvar på ”Gemensam indelning – samverkan”"
const QUOTED = /^["”«]([^"”»\n]{8,200})["”»]/u;
// "betänkandet 2017:6 Se barnet!": a betänkande's number written without its series is an SOU.
const BETANKANDE_WITHOUT_SERIES = svRegex(String.raw`\b((?:del|slut)?betänkandet)\s+(\d{4}:\d{1,3})\b`, 'giu');
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
// "TCO har i ett remissvar tillstyrkt de förslag som lämnades i promemorian … (Ds 2021:16)": "i ett remissvar" is
// another answer than this one ("i detta remissvar", "i vårt remissvar" may be this one).
const EARLIER_WORK = svRegex(
  String.raw`\bi\s+ett\s+(?:tidigare\s+)?(?:remissvar|remissyttrande|yttrande)\b|\b(?:tidigare|förra|föregående)\s+(?:\w+\s+)?(?:remissvar|remissyttrande|yttrande|svar|betänkande|delbetänkande|slutbetänkande|rapport|utredning)|\bi\s+(?:vårt|vår|våra|\w+s)\s+(?:remissvar|remissyttrande|yttrande|svar)\s+(?:på|över|avseende|angående)\b.*\bdelbetänkande`,
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

/** "betänkandet 2017:6" → "betänkandet SOU 2017:6". */
function withSeries(text: string): string {
  return text.replace(BETANKANDE_WITHOUT_SERIES, '$1 SOU $2');
}

/** The SOU/Ds numbers in a text that are not cited as earlier work, in order of appearance. */
function answeredNumbers(raw: string): string[] {
  const text = withSeries(raw);
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
export function titleFromHeading(text: string): string | null {
  const heading = withSeries(replyHeading(text));
  if (!TITLE_PREFIX.test(heading)) return null;
  // "Remissvar UNICEF: Stärkt barnrättsperspektiv …": the sender's abbreviation before a colon is not the title.
  const rest = heading.replace(TITLE_PREFIX, '').replace(/^\p{Lu}{2,8}:\s+/u, '');
  const quoted = QUOTED.exec(rest);
  if (quoted) return STATES_A_POSITION.test(quoted[1]) ? null : capitalize(quoted[1].trim());
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

// A line that says what it replies to, anywhere in the text: "Remissvar på S2020/05758/SOF Ds 2020:16 …",
// "Remissyttrande: Promemorian …", "Yttrande över betänkandet …". It names the remiss more surely than a number
// the body cites: "När slutbetänkandet (SOU 2017:112) gick ut på remiss 2018 …".
const REPLY_LINE = svRegex(
  String.raw`^(?:remissvar|remissyttrande|yttrande|svar\s+på\s+remiss(?:en)?)\s*(?::|\s(?:på|över|avseende|angående|gällande)\s)`,
  'iu',
);
// The first line as the title needs the letter to point back at it: "… yttra sig över ovan rubricerat förslag", or
// a lone "Remissvar" line under it (a web page's title, section and kind).
const ABOVE_TITLE = svRegex(String.raw`\bovan\s+rubricera(?:d|de|t)\b`, 'iu');
const LONE_KIND_LINE = svRegex('^(?:remissvar|remissyttrande|yttrande)$', 'iu');
// A web page's chrome is not a title: "Hoppa till innehåll", "Gå direkt till innehåll", "Nyhet -".
// Web chrome and link text ("Läs remissvaret - Bankföreningen"), dates: lines that name a page, not a consultation.
const NOT_A_TITLE_LINE = svRegex(
  String.raw`^(?:hoppa|gå)\s+(?:direkt\s+)?till\b|^(?:nyhet|nyheter|meny|sök|start|hem|läs)\b|\bremiss(?:varet|yttrandet)\b|cookie|kakor|\d{4}-\d{2}-\d{2}`,
  'iu',
);
const FIRST_LINE_LOOK = 6;
// A consultation's title is a noun phrase; an auxiliary shows a sentence run into the line ("Remissvar över
// betänkandet … sjukvård Åstorps kommun har utsetts som remissinstans …"): the line names no title then.
const CLAUSE_IN_TITLE = svRegex(String.raw`\s(?:har|hade|är|var|ska|skall|kan|bör|måste|kommer)\s`, 'iu');

/** "Remissvar på …" / "Våra synpunkter på …" / "TCO:s yttrande över …" → the reply heading without its sender. */
function replyHeading(line: string): string {
  return line.replace(SENDER_GENITIVE, '').replace(OUR_VIEWS, 'Remissvar ');
}

function replyLineTitle(line: string): string | null {
  const title = titleFromHeading(line);
  return title && !CLAUSE_IN_TITLE.test(` ${title} `) ? title : null;
}

// The inquiry a letter's own answer goes to, in the body: "Lunds universitet ska skicka sitt remissvar till Styr- och
// resursutredningen, Strut", "vårt svar på kommunutredningen, Starkare kommuner – med kapacitet …, som kom i
// februari". An inquiry's name ends in "-utredningen"; a department ("till Socialdepartementet") is the recipient.
const OWN_ANSWER_TO_INQUIRY = svRegex(
  String.raw`\b(?:sitt|vårt|mitt|ert)\s+(?:remissvar|remissyttrande|yttrande|svar)\s+(?:till|på|över)\s+(?:(\p{Lu}[\p{L}-]*(?:\s+och\s+\p{Ll}+)?utredningen)|\p{Ll}+utredningen,\s+(\p{Lu}[^,.;:()]{3,150}?)(?=,|\.|;|$))`,
  'u',
);
// A promemoria known only by its Regeringskansliet diarienummer: "Promemorian Fi 2007/4468 saknar …". Every answer
// cites the same number (it heads the remiss letter), so it files the answers together; a respondent's own case
// number follows "Dnr"/"KS", never "promemorian".
const DIARIENUMMER = svRegex(
  String.raw`\b(?:promemorian|departementspromemorian|remissen)\s+((?:Fi|S|Ju|A|N|M|U|I|Ku|UD|Fö|SB|Jo|IJ|KN|ME)\s?\d{4}/\d{2,6})\b`,
  'iu',
);

function ownAnswerTitle(text: string): string | null {
  // "sitt tidigare remissvar till …" does not match: the possessive stands right before the answer.
  const m = OWN_ANSWER_TO_INQUIRY.exec(text.replace(/\s+/gu, ' '));
  return m ? (m[1] ?? m[2]).trim() : null;
}

/** Each source line of the blocks, in order. */
function lines(blocks: Block[]): string[] {
  return blocks.flatMap((b) =>
    b.lineStarts.map((l, i) => b.text.slice(l.offset, b.lineStarts[i + 1]?.offset ?? b.text.length).trim()),
  );
}

// "Tillfälliga nedstängningar och förbud …" above "Remissvar": the first line, when the letter points back at it.
function firstLineTitle(allLines: string[]): string | null {
  const first = allLines[0];
  const pointed =
    allLines.slice(1, FIRST_LINE_LOOK).some((l) => LONE_KIND_LINE.test(l)) || allLines.some((l) => ABOVE_TITLE.test(l));
  if (!first || !pointed) return null;
  const title = first.replace(/[.\s]+$/u, '');
  const words = title.split(/\s+/u).length;
  if (words < 3 || title.length > MAX_TITLE || !/^\p{Lu}/u.test(title)) return null;
  if (NOT_A_TITLE_LINE.test(title) || STATES_A_POSITION.test(title) || findRemissNumbers(title).length > 0) return null;
  return title;
}

/**
 * Which remiss a document answers. A number in the title wins, then one in a "Remissvar på …" line anywhere, then
 * one in the opening lines, then the number the body cites most often ("… förslaget från utredningen SOU 2022:41"
 * once against the remiss's own twice); numbers cited as earlier work never count. Without a number the
 * consultation's title is the id: from a heading in the opening, a reply line, or the first line the letter points
 * back at ("ovan rubricerat förslag").
 */
export function findRemiss(blocks: Block[], rawText: string): RemissRef | null {
  const opening = blocks.slice(0, OPENING_BLOCKS).map((b) => ({ block: b, title: titleFromHeading(b.text) }));
  const allLines = lines(blocks);
  const replyLines = allLines.filter((l) => REPLY_LINE.test(replyHeading(l)));
  const title =
    opening.find((o) => o.title !== null)?.title ??
    replyLines.map(replyLineTitle).find((t) => t !== null) ??
    firstLineTitle(allLines) ??
    ownAnswerTitle(rawText);
  const titleLines = opening.filter((o) => o.title !== null || o.block.kind === 'heading');
  const id =
    titleLines.flatMap((o) => answeredNumbers(o.block.text))[0] ??
    replyLines.flatMap((l) => answeredNumbers(l))[0] ??
    opening.flatMap((o) => answeredNumbers(o.block.text))[0] ??
    mostFrequent(answeredNumbers(rawText));
  if (id) return { id, title };
  if (title) return { id: title, title };
  const diarienummer = DIARIENUMMER.exec(rawText)?.[1];
  return diarienummer ? { id: diarienummer, title: null } : null;
}

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
