import { classifySentence, findStanceHits } from '../stance/classify-stance.js';
import type { Stance } from '../types.js';
import { CONDITIONAL_TAIL, DEMAND_HEADER, LIST_HEADER, LISTED_PROPOSALS, PROPOSALS_FIRST } from './cues.js';

/** A header that gives the stance of the bullets under it, as written (to name in a reason). */
export interface ListHeader {
  stance: Stance | 'reservation';
  header: string;
}

const MAX_LIST_HEADER = 120;
// Who speaks before the stance phrase of a header: "Vi", "Förbundet", "Sveriges Exempelförbund", "Vi kan därför inte".
const SPEAKER = /^\p{Lu}[^\s,;]*(?:\s+[^\s,;]+){0,5}\s*$/u;
// What may stand between the stance phrase and "följande förslag": "men avstyrker andra delar av".
const MAX_GAP = 60;

/**
 * The list header `text` ends with, or null. With a colon ("Förslag som vi ställer oss bakom:", "Vision vill:") any
 * stance or demand will do. Without one, as headings come out of web pages and PDFs, only the shape that announces
 * proposals ("Vi tillstyrker följande förslag", "Förslag som vi avstyrker"), and only when bullets follow: the same
 * words ending in a period are a statement ("Vi tillstyrker följande förslag med reservation för finansieringen.").
 */
export function listHeader(text: string, bulletsFollow: boolean): ListHeader | null {
  const colon = LIST_HEADER.test(text);
  if (!colon && !bulletsFollow) return null;
  const tail = text.slice(Math.max(0, text.lastIndexOf('.', text.length - 2) + 1)).trim();
  if (tail.length > MAX_LIST_HEADER) return null;
  if (colon) {
    if (DEMAND_HEADER.test(tail)) return { stance: 'reservation', header: tail };
    const verdict = classifySentence(tail);
    return verdict ? { stance: verdict.stance, header: tail } : null;
  }
  const stance = announcedStance(tail);
  return stance ? { stance, header: tail } : null;
}

/** The stance of a header without a colon, when it has the shape that announces a list of proposals. */
function announcedStance(header: string): Stance | null {
  if (/[.!?;]$/u.test(header)) return null;
  const verdict = classifySentence(header);
  if (!verdict) return null;
  const first = findStanceHits(header)[0];
  const fronted = PROPOSALS_FIRST.exec(header);
  if (fronted) {
    // "Förslag som vi avstyrker", "Följande förslag tillstyrker vi": the stance phrase follows at once.
    const between = header.slice(fronted[0].length, first.start);
    return first.start >= fronted[0].length && between.split(/\s+/u).filter(Boolean).length <= 1
      ? verdict.stance
      : null;
  }
  const listed = LISTED_PROPOSALS.exec(header);
  if (!listed || first.start > listed.index) return null;
  if (!SPEAKER.test(header.slice(0, first.start))) return null;
  if (listed.index - first.end > MAX_GAP) return null;
  // "Vi tillstyrker följande förslag om nödvändiga justeringar görs": an approval on a condition.
  const rest = header.slice(listed.index + listed[0].length).trim();
  return verdict.stance === 'for' && CONDITIONAL_TAIL.test(rest) ? 'partly' : verdict.stance;
}
