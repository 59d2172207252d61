import { contentWords, stem } from '../catalog/tokens.js';
import { hasStanceHit } from '../stance/classify-stance.js';
import { svRegex } from '../text/swedish-regex.js';
import type { Block } from './blocks.js';
import { findRemissNumbers, titleFromHeading } from './remiss-ref.js';

/**
 * Whether a stance phrase's object is the remiss as a whole, read from the words right after the phrase
 * ("tillstyrker promemorians huvudförslag", "ser positivt på de förslag som utredningen lägger fram"), and what a
 * "no views" phrase is about. Pure: blocks in, a scope out; a sentence and its hits in, an answer out.
 */
export interface RemissScope {
  /** The remiss answered ("SOU 2030:11"): "betänkandet <titel> (SOU 2030:11)" is it only with this number. */
  remiss: string | null;
  /** Bodies the opening lines name as authors of what is on remiss, lower case: "Yttrande om Exempelverkets hemställan". */
  authors: ReadonlySet<string>;
  /** "kommitténs", "kommissionens", "delegationens" förslag may be read as the inquiry's (see remissScope). */
  inquiryBodies: boolean;
  /** Stemmed content words of the remiss title the opening gives ("Remiss Ny regionindelning, tre nya län"). */
  titleWords: ReadonlySet<string>;
}

/** How many blocks from the top may hold the title and opening lines. */
const OPENING_BLOCKS = 8;
// "Yttrande om Exempelverkets hemställan om …", "Remiss av Europeiska kommissionens förslag till …":
// a named body's document on remiss.
const AUTHOR_OF_DOCUMENT = svRegex(
  String.raw`(?<![\p{L}-])(\p{L}[\p{L}-]*(?::s|s))\s+(?:\p{Ll}+\s+)?(?:hemställan|framställan|förslag|rapport|promemoria|redovisning|uppdragsredovisning|slutrapport|delrapport|betänkande|delbetänkande|slutbetänkande|skrivelse|utkast|vägledning|föreskrifter)\b`,
  'gu',
);
// "Exempelkommitténs betänkande", "Kommissionen för en bättre tandvård": the opening names an inquiry of that kind.
const INQUIRY_BODY = /kommitt[eé]|kommission|delegation/iu;
// A text that speaks of the EU may mean the European Commission by a bare "kommissionen".
const EU_MENTION = /\bEU\b|\bCOM\s*\(|[Ee]uropeisk|\bEuropa/u;

// The genitives that always name the remiss's own author or document: "utredningens förslag".
const OWN_POSSESSOR = new Set([
  'utredningens',
  'utredarens',
  'betänkandets',
  'delbetänkandets',
  'slutbetänkandets',
  'promemorians',
  'rapportens',
  'remissens',
  'departementets',
]);
// An inquiry of the committee kind: "kommitténs förslag", unless the text may mean another body (see remissScope).
const INQUIRY_POSSESSOR = new Set(['kommitténs', 'kommissionens', 'delegationens']);
const INQUIRY_SUBJECT = new Set(['kommittén', 'kommissionen', 'delegationen']);

// Words between a stance phrase and its object that do not narrow it: "instämmer i huvudsak i …"
const ADVERBIALS = String.raw`(?:\s+(?:i\s+huvudsak|i\s+stort(?:\s+sett)?|i\s+allt\s+väsentligt|i\s+grunden|över\s*lag|därför|därmed|också|även|helt|fullt\s+ut|sammantaget|generellt))*`;
const PREPOSITION = String.raw`(?:\s+(?:i|till|på|mot|bakom|för|över|om|med|gällande|avseende|angående|kring))?`;
const REPORT = '(?:(?:del|slut)?betänkandet|promemorian|rapporten|remissen)';
const IN_REPORT = String.raw`(?:\s+i\s+${REPORT})?`;
// The object ends there: nothing like "om statsbidrag" or "avseende tillsynsplaner" narrows it.
const OBJECT_END = String.raw`(?=\s*(?:[.,;:!?)–]|\s-\s|$|(?:och|men|samt|dock|eftersom|då|vilket|liksom|med\s+undantag|i\s+sin\s+helhet|som\s+helhet|i\s+övrigt)\b))`;

const REMISS_OBJECT = svRegex(
  String.raw`^${ADVERBIALS}${PREPOSITION}\s+(?:` +
    // "promemorians huvudförslag", "kommitténs analys och förslag", "Exempelverkets förslag"
    String.raw`(?:samtliga\s+)?(?<possessor>[\p{L}-]+(?::s|s))\s+(?:samtliga\s+|övergripande\s+)?(?:(?:problembeskrivning|analys|bedömningar|överväganden|slutsatser)\s+och\s+)?(?:huvud)?förslag(?:en|et)?${IN_REPORT}` +
    // "de förslag som utredningen lägger fram", "de förslag som presenteras i delbetänkandet"
    String.raw`|de\s+(?:övergripande\s+)?förslag(?:en)?\s+som\s+(?:(?<subject>utredningen|utredaren|kommittén|kommissionen|delegationen|promemorian|betänkandet|rapporten|departementet)\s+(?:lägger\s+fram|presenterar|lämnar|för\s+fram)|(?:läggs\s+fram|presenteras|lämnas|förs\s+fram))${IN_REPORT}` +
    // "förslagen i delbetänkandet", "slutbetänkandet"
    String.raw`|(?:samtliga\s+|alla\s+|de\s+)?förslagen\s+i\s+${REPORT}|${REPORT}` +
    // "välkomnar utredningen", "tillstyrker föreslagna kompletteringar": the inquiry or the amendments on remiss
    String.raw`|utredningen|(?:de\s+)?föreslagna\s+(?:kompletteringar|ändringar|förändringar|författningsändringar)(?:na)?` +
    `)${OBJECT_END}`,
  'iu',
);
// "välkomnar Exempelkommitténs betänkande En bättre vård (SOU 2030:11)"
const REPORT_WITH_NUMBER = svRegex(
  String.raw`^${ADVERBIALS}${PREPOSITION}\s+(?:[\p{L}-]+(?::s|s)\s+)?(?:(?:del|slut)?betänkande(?:t)?|promemorian?|rapporten?)\s+(?:[^().;]{0,200}?\s)?\(\s*((?:SOU|Ds)\s+\d{4}:\d+)\s*\)`,
  'iu',
);
// Words after a "no views" phrase that name nothing: "inga synpunkter att lämna i ärendet", "avstår från att yttra sig"
const NEUTRAL_FILLER = svRegex(
  String.raw`^(?:\s+(?:i\s+övrigt|i\s+sak|heller|alls|därutöver|sig|oss|några\s+synpunkter|synpunkter|att\s+(?:lämna|framföra|anföra|tillföra|redovisa)|i\s+(?:detta\s+|det\s+här\s+)?ärende(?:t)?|i\s+frågan|för\s+(?:egen|sin|vår)\s+del))*`,
  'iu',
);
// "har inga synpunkter på förslagen.": the proposals of the remiss, all of them.
const ALL_PROPOSALS = svRegex(
  String.raw`^${ADVERBIALS}${PREPOSITION}\s+(?:samtliga\s+|alla\s+|de\s+)?förslagen${OBJECT_END}`,
  'iu',
);

// "tillstyrker förslaget.", "ställer sig bakom förslagen men …": the proposal(s) with nothing that names which.
const BARE_PROPOSALS = svRegex(
  String.raw`^${ADVERBIALS}${PREPOSITION}\s+(?:samtliga\s+|alla\s+|de\s+)?förslage[tn]${OBJECT_END}`,
  'iu',
);
// "tillstyrker en stor del av de förslag och de bedömningar som utredningen lämnar", "instämmer i många av
// utredningens förslag": some of the remiss's proposals, as "flertalet" (so not all: a partial agreement).
const QUANTIFIED_PROPOSALS = svRegex(
  String.raw`^${ADVERBIALS}${PREPOSITION}\s+(?:en\s+(?:stor|betydande)\s+del|många|flera|ett\s+flertal)\s+av\s+(?:(?:de|dessa)\s+|(?<possessor>[\p{L}-]+(?::s|s))\s+)?förslag(?:en)?` +
    String.raw`(?:${OBJECT_END}|\s+i\s+${REPORT}|\s+(?:och\s+(?:de\s+)?bedömningar(?:na)?\s+)?som\s+(?:utredningen|utredaren|kommittén|promemorian|betänkandet)\s+(?:lägger\s+fram|presenterar|lämnar|för\s+fram|gör))`,
  'iu',
);
// "Skolhälsokommitténs", "Indelningsutredningens": a named inquiry of a kind whose base word names the remiss's author.
const COMPOUND_INQUIRY = /\p{L}(utredningens|kommitténs|kommissionens|delegationens)$/u;

/** What the opening lines say about who wrote what is on remiss, and whether the text may mean the EU. */
export function remissScope(blocks: readonly Block[], remiss: string | null): RemissScope {
  const opening: string[] = [];
  for (const block of blocks.slice(0, OPENING_BLOCKS)) {
    if (hasStanceHit(block.text)) break;
    opening.push(block.text);
  }
  const text = opening.join('\n');
  const authors = new Set([...text.matchAll(AUTHOR_OF_DOCUMENT)].map((m) => m[1].toLowerCase()));
  const inquiryBodies = INQUIRY_BODY.test(text) || !blocks.some((b) => EU_MENTION.test(b.text));
  const titles = opening.map(openingTitle).filter((t): t is string => t !== null);
  const titleWords = new Set(titles.flatMap((t) => contentWords(t).map(stem)));
  return { remiss, authors, inquiryBodies, titleWords };
}

// A title line is short: "Förbättrat skolskydd (SOU 2030:11)", not a paragraph that cites a number.
const MAX_TITLE_LINE = 200;

/** The remiss title an opening line gives: "Yttrande över remiss <titel>", or a short line with the remiss number. */
function openingTitle(line: string): string | null {
  const title = titleFromHeading(line);
  if (title) return title;
  return line.length <= MAX_TITLE_LINE && findRemissNumbers(line).length > 0 ? line : null;
}

/**
 * The words after a stance phrase name the remiss as a whole. A named body's proposals ("Exempelverkets
 * förslag") count only when the opening names that body's document as what is on remiss; "kommissionens förslag"
 * only when the opening names a kommission or the text never speaks of the EU (where it may mean the European
 * Commission); a report with an SOU or Ds number only with the number of the remiss answered.
 */
export function namesRemissAsWhole(after: string, scope: RemissScope): boolean {
  const numbered = REPORT_WITH_NUMBER.exec(after);
  if (numbered) return numbered[1].replace(/\s+/g, ' ').toLowerCase() === scope.remiss?.toLowerCase();
  const match = REMISS_OBJECT.exec(after);
  if (!match) return false;
  const { possessor, subject } = match.groups ?? {};
  if (subject) return !INQUIRY_SUBJECT.has(subject.toLowerCase()) || scope.inquiryBodies;
  return !possessor || isRemissAuthor(possessor, scope);
}

/**
 * Whether a genitive names the author of what is on remiss: "utredningens", "promemorians"; "kommitténs" where the
 * text cannot mean the European Commission or another body; a named body ("Exempelverkets", "Regeringens") only
 * when the opening names its document as the one on remiss.
 */
export function isRemissAuthor(possessor: string, scope: RemissScope): boolean {
  const lower = possessor.toLowerCase();
  if (OWN_POSSESSOR.has(lower)) return true;
  if (INQUIRY_POSSESSOR.has(lower)) return scope.inquiryBodies;
  if (scope.authors.has(lower)) return true;
  const base = COMPOUND_INQUIRY.exec(lower)?.[1];
  return base !== undefined && (OWN_POSSESSOR.has(base) || scope.inquiryBodies);
}

// "Utredningen föreslår att …", "Det föreslås även att …", "Utredningen vill bland annat införa …": a sentence that
// describes what is proposed.
const DESCRIBES_PROPOSAL =
  /\bföresl(?:år|ås|og|ogs|agit|agits)\b|\bförslag(?:et|en)?\s+(?:om|att)\b|\b(?:utredningen|utredaren|kommittén|promemorian|betänkandet|regeringen|departementet)\s+vill\b/iu;

/** The sentence describes a proposal: a bare "förslaget" in the next one is that proposal. */
export function describesProposal(sentence: string): boolean {
  return DESCRIBES_PROPOSAL.test(sentence);
}

/**
 * The words after a stance phrase are a bare "förslaget."/"förslagen." that names no proposal ("Förbundet
 * tillstyrker förslaget." in a one-line reply): the remiss as a whole when nothing earlier gave the sentence a topic
 * (the caller decides that), except a singular "förslaget" right after a sentence that described one proposal.
 */
export function namesBareVerdict(after: string, afterDescription: boolean): boolean {
  if (!BARE_PROPOSALS.test(after)) return false;
  return !afterDescription || !/förslaget/iu.test(after.slice(0, 60));
}

/** The words after a stance phrase name many but not all of the remiss's proposals ("många av utredningens förslag"). */
export function namesSomeOfRemiss(after: string, scope: RemissScope): boolean {
  const match = QUANTIFIED_PROPOSALS.exec(after);
  if (!match) return false;
  const possessor = match.groups?.possessor;
  return !possessor || isRemissAuthor(possessor, scope);
}

/**
 * What the words after a "no views" phrase are about: nothing named ("Nämnden har inga synpunkter."), the remiss
 * ("… på förslagen i betänkandet", "… på remissen och avstår …") or something specific ("… på delmålen för år
 * 2030", "… i sak när det gäller förslaget avseende tillsynsplaner").
 */
export function neutralObject(after: string, scope: RemissScope): 'none' | 'remiss' | 'specific' {
  const rest = after.slice(NEUTRAL_FILLER.exec(after)?.[0].length ?? 0);
  if (/^\s*(?:[.!?]|$)/u.test(rest)) return 'none';
  if (ALL_PROPOSALS.test(rest) || namesRemissAsWhole(rest, scope)) return 'remiss';
  return 'specific';
}
