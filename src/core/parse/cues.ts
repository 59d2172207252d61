import { svRegex } from '../text/swedish-regex.js';
import type { Stance } from '../types.js';

/** The cue patterns of the document shapes the parser reads: one place, each with the sentence it exists for. */

// A verdict on the remiss as a whole: "tillstyrker utredningens förslag i sin helhet", "24 av de 25 förslagen är bra",
// "Med undantag för ovanstående synpunkter är förvaltningen positiv …"
export const WHOLE_REMISS_CUE = svRegex(
  String.raw`\b(?:i\s+sin\s+helhet|samtliga\s+förslag|\d+\s+av\s+(?:de\s+)?\d+\s+förslag\w*|med\s+undantag\s+för\s+(?:ovanstående|ovan|dessa)|(?:utredningens|betänkandets|promemorians|rapportens|remissens|departementets)\s+(?:samtliga\s+)?förslag(?:en)?(?!\s*(?:om|i|att|gällande|till|rörande|avseende|under|när|kring|för|på|\d))|(?:betänkandet|promemorian|remissen|rapporten)\s*(?:[.,;]|$|som\s+helhet)|(?:i\s+övrigt|i\s+allt\s+väsentligt)\s+(?:tillstyrk|instämm|ställer|positiv))`,
  'iu',
);
// A list header that gives the stance of the bullets under it: "Förslag som vi ställer oss bakom:"
export const LIST_HEADER = /:\s*$/u;
// A header without a colon names the proposals it lists: "Vi tillstyrker följande förslag", "… dessa förslag"
export const LISTED_PROPOSALS = svRegex(String.raw`\b(?:följande|dessa|nedanstående)\s+förslag(?:en)?\b`, 'iu');
// … or names them first: "Förslag som vi avstyrker", "Följande förslag tillstyrker vi"
export const PROPOSALS_FIRST = svRegex(
  String.raw`^(?:(?:följande|dessa|nedanstående)\s+förslag(?:en)?|(?:de\s+)?förslag(?:en)?\s+som)\b`,
  'iu',
);
// What follows "följande förslag" when the approval holds on a condition: "om nödvändiga justeringar görs",
// "under förutsättning att …", "med förbehåll för …"
export const CONDITIONAL_TAIL = svRegex(
  String.raw`^(?:om\s+(?:\S+\s+){0,6}?(?:görs|genomförs|tillförs|ändras|justeras|kompletteras|förtydligas|beaktas|tillgodoses|säkerställs|finansieras|sker|ges|får|finns)\b|under\s+(?:förutsättning|villkor)|förutsatt|på\s+villkor|med\s+(?:vissa\s+|följande\s+)?(?:förbehåll|reservation(?:er)?|medskick|ändringar|justeringar|tillägg))`,
  'iu',
);
// A list of demands: "Vision vill:", "Vi vill särskilt framhålla:"
export const DEMAND_HEADER = svRegex(String.raw`\b(?:vill|önskar|föreslår|kräver)(?:\s+\w+){0,2}\s*:\s*$`, 'iu');
// A bullet "<title> – <stance>": the dash that separates the proposal's title from the respondent's answer.
// Also a colon: "Magnetmodellen: Kommunen avstyrker förslaget."
export const TITLE_DASH = /\s[-–—]\s|:\s/gu;
// "Svar:", "Kommentar:", "Ställningstagande:" open a reply under a heading; the label is not part of the quote.
export const ANSWER_LABEL = /^(?:Svar|Kommentar(?:er)?|Synpunkter|Ställningstagande|Yttrande|Bedömning)\s*:\s*/u;
// Table rows: "7.2.2 Genomför försöksverksamhet … Avstyrker", "5.3 | Ersättningssystem | Tillstyrker med medskick |"
// (cells between "|" as HTML and Markdown conversions give them). A verdict word with "med medskick", "med förbehåll"
// or "delvis" after it is a qualified verdict: `partly`.
export const TRAILING_VERDICT = svRegex(
  String.raw`(?:\s+|\s*\|\s*)((?:tillstyrker|tillstyrks|avstyrker|avstyrks|instämmer)\s+(?:med\s+(?:medskick|förbehåll|reservation(?:er)?)|delvis)|tillstyrker|tillstyrks|avstyrker|avstyrks|instämmer(?:\s+inte)?|delvis|ja|nej|ingen\s+erinran|inga\s+synpunkter)\.?(?:\s*\|)?$`,
  'iu',
);
const VERDICT_WORDS: Record<string, Stance> = {
  tillstyrker: 'for',
  tillstyrks: 'for',
  instämmer: 'for',
  ja: 'for',
  'ingen erinran': 'for',
  avstyrker: 'against',
  avstyrks: 'against',
  'instämmer inte': 'against',
  nej: 'against',
  delvis: 'partly',
  'inga synpunkter': 'neutral',
};
// "tillstyrker med medskick", "avstyrker delvis": an agreement or objection that is qualified.
const QUALIFIED_VERDICT = /^(\S+)\s+(?:med\s+\S+|delvis)$/u;

/**
 * The stance a table row's or a numbered line's closing verdict gives ("Avstyrker", "Instämmer inte", "Ja"); a
 * qualified one ("Tillstyrker med medskick", "Avstyrker delvis") is `partly`.
 */
export function verdictStance(word: string): Stance | undefined {
  const key = word.toLowerCase().replace(/\s+/g, ' ');
  const qualified = QUALIFIED_VERDICT.exec(key);
  if (qualified) {
    const base = VERDICT_WORDS[qualified[1]];
    return base === 'for' || base === 'against' ? 'partly' : undefined;
  }
  return VERDICT_WORDS[key];
}
