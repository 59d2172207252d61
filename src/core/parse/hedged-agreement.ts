import { findHedgedContrast, hasHedge, hasStanceHit } from '../stance/classify-stance.js';
import { nextSentence } from '../text/sentences.js';
import { type Block, pageAt } from './blocks.js';
import type { Evidence } from './evidence.js';
import { findReferences } from './references.js';

// How far after a hedged agreement its qualification may stand: "i och för sig inga invändningar … Ett sådant
// system har fördelen att … Vi vill samtidigt framhålla att … borde".
const SENTENCES_AFTER = 2;

/**
 * A hedged agreement ("har i och för sig inga invändningar", "ställer sig i grunden positiv") and the contrast that
 * qualifies it in one of the next two sentences of its block ("Samtidigt borde …"): the agreement is then `partly`.
 * The search stops at a sentence with a stance of its own or one that names proposals ("har dock synpunkter på
 * förslagen i avsnitt 4.3"), whose reservation belongs to those. Returns the agreement and the contrast as a
 * reservation to quote with it, or null.
 */
export function hedgedContrast(
  positions: readonly Evidence[],
  blocks: readonly Block[],
): { agreement: Evidence; contrast: Evidence } | null {
  for (const agreement of positions) {
    if (agreement.stance !== 'for' || !hasHedge(agreement.quote)) continue;
    const text = blocks[agreement.block].text;
    let from = agreement.end;
    for (let k = 0; k < SENTENCES_AFTER; k++) {
      const sentence = nextSentence(text, from);
      if (!sentence || hasStanceHit(sentence.text) || findReferences(sentence.text).length > 0) break;
      const phrase = findHedgedContrast(sentence.text);
      if (phrase) {
        const contrast: Evidence = {
          ...agreement,
          stance: 'reservation',
          quote: sentence.text,
          phrase,
          page: pageAt(blocks[agreement.block], sentence.start),
          start: sentence.start,
          end: sentence.end,
        };
        return { agreement, contrast };
      }
      from = sentence.end;
    }
  }
  return null;
}
