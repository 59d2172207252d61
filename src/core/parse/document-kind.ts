import { findStanceHits, hasStanceHit } from '../stance/classify-stance.js';
import { svRegex } from '../text/swedish-regex.js';
import type { DocumentKind } from '../types.js';
import { findRemissNumbers } from './remiss-ref.js';

// The inquiry speaking about its own work: "Vi föreslår att …", "Utredningens uppdrag är …", "Vår utredning visar …"
const REPORT_VOICE = svRegex(
  String.raw`\b(?:vi\s+föreslår|utredningen\s+föreslår|vår\s+utredning|utredningens\s+uppdrag|vi\s+lämnar\s+(?:därför\s+)?(?:följande\s+)?förslag|vi\s+bedömer|utredningen\s+bedömer|i\s+(?:promemorian|betänkandet|rapporten)\s+föreslås|(?:promemorian|rapporten)\s+föreslår)\b`,
  'giu',
);
// A reply to a consultation: "Remissvar", "har fått remiss", "Svar:", "lämnar följande synpunkter"
const RESPONSE_VOICE = svRegex(
  String.raw`\b(?:remissvar|remissyttrande|remissinstans|remiss\s+av|svar\s+på\s+remiss|har\s+(?:\w+\s+){0,3}?(?:fått|getts|givits|beretts)\s+(?:\w+\s+)?(?:remiss|möjlighet|tillfälle)|synpunkter\s+på|svar\s*:|yttrande)`,
  'giu',
);
// What a remissvar writes about when no stance phrase of the lexicon is in it ("FöretagarFörbundet anser det … att
// stödja vissa branscher", "ett uruselt förslag"): a proposal, and the remiss it comes from. Compounds count
// ("kommunutredningen", "remissförslaget"), so no word boundary before the remiss words.
const PROPOSAL_WORD = svRegex(String.raw`\bförslag`, 'iu');
const REMISS_WORD = /(?:utredning|promemoria|betänkande|remiss|departement)/iu;
// Common Swedish function words: a Swedish text of any length has plenty of them.
const SWEDISH_WORDS = svRegex(String.raw`\b(?:och|att|som|för|det|är|på|med|av|till|inte|den|har|om)\b`, 'giu');
// Common English function words ("in" is left out: Swedish has it too, "lämnat in").
const ENGLISH_WORDS = /\b(?:the|and|of|to|is|are|that|this|with|we|it|as|on|for|be|has|have|not)\b/giu;
// A text this short may be a one-line reply with hardly any function words.
const SHORT_TEXT = 40;

export interface KindVerdict {
  kind: DocumentKind;
  /** Why the document is `unknown`, in English for the `error`/`warnings` field. */
  problem?: string;
}

export function isSwedish(text: string): boolean {
  const words = count(text, /\S+/g);
  if (words === 0) return false;
  const swedish = count(text, SWEDISH_WORDS);
  if (swedish / words >= 0.08) return true;
  // "Yttrande / Nämnden tillstyrker förslagen i 3.1 och 3.4 men avstyrker förslaget i 3.2.": one function word in 13.
  // A short reply is Swedish when it takes a Swedish stance or names an SOU/Ds number, unless English function words
  // outnumber the Swedish ones ("The council wrote: 'Kommunen tillstyrker förslaget.' We read this as support.").
  if (words > SHORT_TEXT || count(text, ENGLISH_WORDS) > swedish) return false;
  return hasStanceHit(text) || findRemissNumbers(text).length > 0;
}

/** Matches of a global regex, counted without keeping them: a 20 MB text has millions of words. */
function count(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

export function classifyDocumentKind(text: string): KindVerdict {
  if (!isSwedish(text)) return { kind: 'unknown', problem: 'the text is not Swedish' };
  const report = count(text, REPORT_VOICE);
  const response = count(text, RESPONSE_VOICE);
  const stances = findStanceHits(text).length;
  if (report >= 3 && report > response + stances) return { kind: 'report' };
  if (response > 0 || stances > 0) return { kind: 'response' };
  // Speaks of a proposal and of the remiss, without the inquiry's own voice: a reply whose position the lexicon does
  // not know. It is kept (respondent, remiss, "no stance found" in review) instead of vanishing as not a remissvar.
  if (report === 0 && PROPOSAL_WORD.test(text) && REMISS_WORD.test(text)) return { kind: 'response' };
  return { kind: 'unknown', problem: 'no remiss or stance language found: this does not look like a remissvar' };
}
