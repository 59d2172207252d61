import { REVIEW_SV } from '../core/render/review-strings-sv.js';
import type { CorrectedStance } from '../core/review/correction.js';

/** Swedish strings of `remiss corrections`. */
export const CORRECTIONS_SV = Object.freeze({
  usage: 'Användning: npm run remiss -- corrections [--since ÅÅÅÅ-MM-DD] [--as-gold [--out FIL]]',
  badDate: (value: string) => `Ogiltigt datum: ${value}. Skriv ÅÅÅÅ-MM-DD, t.ex. 2026-11-01.`,
  none: 'Inga rättelser.',
  /** The same words as the "Rätta" modal's stance choices. */
  stance: REVIEW_SV.stances satisfies Record<CorrectedStance, string>,
  moved: (from: string, to: string) => `förslag ${from} → ${to}`,
  superseded: (id: number) => `ersatt av #${id}`,
  orphaned: 'förslaget finns inte längre i dokumentet',
  quote: (quote: string) => `citat: ”${quote}”`,
  comment: (comment: string) => `kommentar: ${comment}`,
  document: (id: number, hash: string) => `dokument ${id}, sha256 ${hash.slice(0, 12)}`,
  goldAbout:
    'Rättade ståndpunkter från remiss corrections --as-gold: varje rättat dokument med alla sina ståndpunkter, rättelser tillämpade.',
  goldWritten: (file: string, documents: number) => `Skrev ${documents} dokument till ${file}.`,
  goldNote: (user: string, at: string, comment: string | null) =>
    `rättad av ${user} ${at.slice(0, 10)}${comment ? `: ${comment}` : ''}`,
});
