import { findStanceHits } from '../stance/classify-stance.js';
import { nextSentence } from '../text/sentences.js';
import type { Confidence } from '../types.js';
import { type Block, pageAt } from './blocks.js';
import { TITLE_DASH } from './cues.js';
import { type Context, explicitTopic, type Push, rememberTitle, topicFromTitle } from './evidence-topic.js';
import { collectFromProse, collectSentences } from './sentence-evidence.js';

/**
 * Evidence from a bullet: under a list header ("Förslag som vi ställer oss bakom:") a bullet names a proposal and
 * takes the header's stance; elsewhere it is a title and an answer ("Magnetmodellen – vi avstyrker") or prose.
 */

export function collectFromBullet(ctx: Context, block: Block, index: number, push: Push): void {
  const text = block.title ?? block.text;
  const offset = block.text.length - text.length;
  const hits = findStanceHits(text);
  const named = ctx.list ? listedTitle(text, hits) : null;
  if (ctx.list && named) {
    // A bullet under a list header names a proposal by its title: "Förslag som vi ställer oss bakom:" / "• Utveckla …"
    const topic = explicitTopic(ctx, named.text) ?? topicFromTitle(ctx, named.text, 0.5, 'listed title');
    const proposal = topic?.proposal ?? null;
    const title = topic?.title ?? named.text.replace(/[.;,]\s*$/, '');
    if (!topic) rememberTitle(ctx, title);
    push({
      proposal,
      title,
      stance: ctx.list.stance,
      quote: text,
      page: pageAt(block, offset),
      confidence: topic ? topic.confidence : 'low',
      reason: `listed under '${ctx.list.header}'${topic ? `; ${topic.reason}` : '; no number in the catalog'}`,
      phrase: ctx.list.header,
      block: index,
      start: offset,
      end: block.text.length,
    });
    // "• Samordnad skolhälsojournal. Det bör förtydligas vem som …": what follows the title comments on it.
    if (named.end < text.length)
      collectSentences(ctx, block, index, offset + named.end, push, {
        proposal,
        title,
        confidence: topic ? topic.confidence : 'low',
        reason: topic?.reason ?? 'bullet title not in the catalog',
      });
    return;
  }
  if (hits.length === 0) return;
  // "Utveckla en nationell ledarskapsutbildning … – FSS instämmer i förslaget."
  const first = hits[0];
  const dashes = [...text.slice(0, first.start).matchAll(TITLE_DASH)];
  const dash = dashes.at(-1);
  const titlePart = dash ? text.slice(0, dash.index) : '';
  const answerStart = dash ? (dash.index ?? 0) + dash[0].length : 0;
  const topic =
    explicitTopic(ctx, titlePart || text.slice(0, first.start)) ??
    (titlePart ? topicFromTitle(ctx, titlePart, 0.4, 'bullet title') : null) ??
    ctx.section ??
    (titlePart
      ? {
          proposal: null,
          title: titlePart.trim(),
          confidence: 'low' as Confidence,
          reason: 'bullet title not in the catalog',
        }
      : null);
  if (!topic) {
    collectFromProse(ctx, { ...block, text: block.text }, index, push);
    return;
  }
  collectSentences(ctx, block, index, offset + answerStart, push, topic);
}

/**
 * The title a bullet under a list header names: the whole bullet when it takes no stance, else its first sentence
 * when the stance comes only after it ("Samordnad skolhälsojournal. Det bör förtydligas …"). Null when the bullet
 * states a position itself ("Magnetmodellen – vi avstyrker").
 */
function listedTitle(text: string, hits: readonly { start: number }[]): { text: string; end: number } | null {
  if (hits.length === 0) return { text, end: text.length };
  const first = nextSentence(text, 0);
  return first && first.end < text.length && hits[0].start >= first.end ? { text: first.text, end: first.end } : null;
}
