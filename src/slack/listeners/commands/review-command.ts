import type { Logger, RespondFn } from '@slack/bolt';
import { renderNotice } from '../../../core/render/blocks-messages.js';
import { renderReviewList } from '../../../core/render/blocks-review.js';
import type { SlackMessage } from '../../../core/render/blocks-search.js';
import { REVIEW_SV as R } from '../../../core/render/review-strings-sv.js';
import { SLACK_SV as S } from '../../../core/render/strings-sv.js';
import { buildReviewList } from '../../../core/review/review-list.js';
import { correctedAnswers } from '../../../search/corrections.js';
import type { SlackDeps } from '../../deps.js';
import { describeError } from '../../request-log.js';

/** "granska", "granska SOU 2024:72" => { remiss }; anything else => null. */
export function parseReviewCommand(text: string): { remiss: string | null } | null {
  const match = /^\s*granska(?:\s+(.+?))?\s*$/i.exec(text);
  if (!match) return null;
  return { remiss: match[1] ? match[1].replace(/\s+/g, ' ') : null };
}

export interface ReviewRequest {
  remiss: string | null;
  /** The page ("Visa fler"): the first entry to show. */
  offset?: number;
  /** The thread the list is shown in: its "Visa fler" goes on there. */
  threadTs?: string;
}

/**
 * One page of the review list for `request`, or the Swedish notice of why there is none (an unknown remiss, a
 * failure, which is logged). Never throws.
 */
export async function reviewMessage(deps: SlackDeps, logger: Logger, request: ReviewRequest): Promise<SlackMessage> {
  try {
    const remisser = await deps.store.listRemisser();
    const remiss = request.remiss ?? undefined;
    if (remiss !== undefined && !remisser.some((r) => r.id.toLowerCase() === remiss.toLowerCase())) {
      return renderNotice(R.unknownRemiss(remiss));
    }
    const id = remisser.find((r) => r.id.toLowerCase() === remiss?.toLowerCase())?.id;
    const [answers, documents, catalog] = await Promise.all([
      correctedAnswers(deps.store, id),
      deps.store.responsesAddedSince(new Date(0)),
      deps.store.listProposals(id),
    ]);
    const titles = new Map(catalog.map((p) => [`${p.remiss}\n${p.number}`, p.title]));
    return renderReviewList(buildReviewList(answers, documents, id), {
      remiss: id ?? null,
      titleOf: (r, p) => titles.get(`${r}\n${p}`),
      offset: request.offset,
      threadTs: request.threadTs,
    });
  } catch (error) {
    logger.error(`review list failed: ${describeError(error)}`);
    return renderNotice(S.searchFailed);
  }
}

/** `/remiss granska [SOU 2024:72]`: the stances most worth a human look, privately, each with "…" → "Rätta". */
export async function reviewToUser(
  deps: SlackDeps,
  io: { respond: RespondFn; logger: Logger },
  request: ReviewRequest,
): Promise<void> {
  await io.respond({ response_type: 'ephemeral', ...(await reviewMessage(deps, io.logger, request)) });
}
