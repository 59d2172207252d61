import { findStanceHits } from '../stance/classify-stance.js';
import { svRegex } from '../text/swedish-regex.js';
import type { DocumentKind } from '../types.js';

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
// Common Swedish function words: a Swedish text of any length has plenty of them.
const SWEDISH_WORDS = svRegex(String.raw`\b(?:och|att|som|för|det|är|på|med|av|till|inte|den|har|om)\b`, 'giu');

export interface KindVerdict {
  kind: DocumentKind;
  /** Why the document is `unknown`, in English for the `error`/`warnings` field. */
  problem?: string;
}

export function isSwedish(text: string): boolean {
  const words = count(text, /\S+/g);
  if (words === 0) return false;
  return count(text, SWEDISH_WORDS) / words >= 0.08;
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
  return { kind: 'unknown', problem: 'no remiss or stance language found: this does not look like a remissvar' };
}
