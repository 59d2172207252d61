import type { Catalog } from '../catalog/catalog.js';
import { hasStanceHit } from '../stance/classify-stance.js';
import { type Block, pageAt } from './blocks.js';
import { collectFromBullet } from './bullet-evidence.js';
import { TRAILING_VERDICT, verdictStance } from './cues.js';
import { type Context, type Evidence, titleOf, topicFromTitle } from './evidence-topic.js';
import { listHeader } from './list-header.js';
import { findReferences } from './references.js';
import { findRemissNumbers, titleFromHeading } from './remiss-ref.js';
import { collectFromProse, collectSentences } from './sentence-evidence.js';
import { remissScope } from './whole-remiss.js';

export type { Evidence } from './evidence-topic.js';

/**
 * The walk over a document's blocks that collects evidence: headings set the topic of what follows them (a
 * numbered heading is a proposal, and may carry its own verdict as a table row does); bullets and prose give the
 * stances (bullet-evidence.ts, sentence-evidence.ts).
 */
export function collectEvidence(blocks: Block[], remiss: string | null, catalog: Catalog): Evidence[] {
  const out: Evidence[] = [];
  const ctx: Context = {
    remiss,
    scope: remissScope(blocks, remiss),
    catalog,
    section: null,
    headingTopic: null,
    lastTopic: null,
    list: null,
    titles: new Set(),
    described: false,
  };
  const push = (e: Omit<Evidence, 'order'>) => out.push({ ...e, order: out.length });

  blocks.forEach((block, index) => {
    if (block.kind === 'numbered-heading') {
      const number = block.number!;
      const verdict = TRAILING_VERDICT.exec(block.title ?? '');
      const title = (verdict ? (block.title ?? '').slice(0, verdict.index) : (block.title ?? '')).replace(/\s*\.$/, '');
      ctx.section = {
        proposal: number,
        title: titleOf(ctx, number) ?? title,
        confidence: 'high',
        reason: `under heading ${number}`,
      };
      ctx.headingTopic = null;
      ctx.lastTopic = null;
      ctx.described = false;
      ctx.list = null;
      if (!verdict && isNumberedStatement(block.title ?? '')) {
        // "5.4 Kommunen avstyrker förslaget att kommuner ska få anställa läkare.": the heading is the answer.
        collectSentences(ctx, block, index, block.text.length - (block.title ?? '').length, push, ctx.section);
        return;
      }
      if (verdict) {
        const stance = verdictStance(verdict[1]);
        if (stance)
          push({
            ...ctx.section,
            stance,
            quote: block.text,
            page: pageAt(block, 0),
            reason: `table row ${number}: '${verdict[1]}'`,
            phrase: verdict[1],
            block: index,
            start: 0,
            end: block.text.length,
          });
      }
      return;
    }
    if (block.kind === 'heading') {
      // "Avsnitt 4.4.3", "Förslaget i 7.2.2 om Magnetmodellen", "Kapitel 7": a heading that names one section.
      const refs = findReferences(block.text);
      ctx.section =
        refs.length === 1
          ? {
              proposal: refs[0].number,
              title: titleOf(ctx, refs[0].number),
              confidence: 'high',
              reason: `under heading naming ${refs[0].number}`,
            }
          : null;
      ctx.lastTopic = null;
      ctx.described = false;
      // The document's own title ("Remiss av SOU 2024:72 Stärkt medicinsk kompetens …") names no single proposal.
      ctx.headingTopic =
        titleFromHeading(block.text) || findRemissNumbers(block.text).length > 0
          ? null
          : topicFromTitle(ctx, block.text, 0.35, 'heading');
      ctx.list = listHeader(block.text, blocks[index + 1]?.kind === 'bullet');
      return;
    }
    if (block.kind === 'bullet') {
      collectFromBullet(ctx, block, index, push);
      return;
    }
    // Inside a numbered section a colon introduces details of that proposal, not a list of proposals.
    ctx.list = ctx.section ? null : listHeader(block.text, blocks[index + 1]?.kind === 'bullet');
    // "Förslag som vi avstyrker:" says nothing by itself; the bullets under it carry the stances.
    if (ctx.list && block.text.trim() === ctx.list.header) return;
    collectFromProse(ctx, block, index, push);
  });
  return out;
}

/** A numbered line that states a position rather than naming a proposal: it takes a stance and reads as a sentence. */
function isNumberedStatement(title: string): boolean {
  return hasStanceHit(title) && (/[.!]$/u.test(title) || title.length > 100);
}
