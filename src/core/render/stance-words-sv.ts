import type { Stance } from '../types.js';

/**
 * The Swedish names of the four stances, the same in every view (terminal, Slack, exports, ingest lines, digest),
 * as a remissammanställning writes them: an analyst who reads "tillstyrker delvis" in Slack finds the same words in
 * the DOCX. Neutral covers "har ingen erinran", "avstår från att yttra sig" and "inga synpunkter" alike.
 */
export const STANCE_WORD_SV = Object.freeze({
  for: 'tillstyrker',
  partly: 'tillstyrker delvis',
  against: 'avstyrker',
  neutral: 'neutral',
} satisfies Record<Stance, string>);

/** Group headings over the answers of one stance. */
export const STANCE_HEADING_SV = Object.freeze({
  for: 'Tillstyrker',
  partly: 'Tillstyrker delvis',
  against: 'Avstyrker',
  neutral: 'Neutral / inga synpunkter',
} satisfies Record<Stance, string>);
