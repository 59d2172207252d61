import type { Logger, RespondFn } from '@slack/bolt';
import { renderNotice } from '../../../core/render/blocks-messages.js';
import { renderReviewList } from '../../../core/render/blocks-review.js';
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

/** `/remiss granska [SOU 2024:72]`: the stances most worth a human look, privately, each with "…" → "Rätta". */
export async function reviewToUser(
  deps: SlackDeps,
  io: { respond: RespondFn; logger: Logger },
  request: { remiss: string | null },
): Promise<void> {
  try {
    const remisser = await deps.store.listRemisser();
    const remiss = request.remiss ?? undefined;
    if (remiss !== undefined && !remisser.some((r) => r.id.toLowerCase() === remiss.toLowerCase())) {
      return void (await io.respond({ response_type: 'ephemeral', ...renderNotice(R.unknownRemiss(remiss)) }));
    }
    const id = remisser.find((r) => r.id.toLowerCase() === remiss?.toLowerCase())?.id;
    const [answers, documents, catalog] = await Promise.all([
      correctedAnswers(deps.store, id),
      deps.store.responsesAddedSince(new Date(0)),
      deps.store.listProposals(id),
    ]);
    const titles = new Map(catalog.map((p) => [`${p.remiss}\n${p.number}`, p.title]));
    const message = renderReviewList(buildReviewList(answers, documents, id), {
      remiss: id ?? null,
      titleOf: (r, p) => titles.get(`${r}\n${p}`),
    });
    await io.respond({ response_type: 'ephemeral', ...message });
  } catch (error) {
    io.logger.error(`review list failed: ${describeError(error)}`);
    await io.respond({ response_type: 'ephemeral', ...renderNotice(S.searchFailed) });
  }
}
