import type { SlackDeps } from '../../deps.js';
import { type ReviewRequest, reviewMessage } from '../commands/review-command.js';
import type { QueryButtonClick } from './action-context.js';
import { postOrExplain, respondOrExplain } from './deliver.js';

/**
 * "Visa fler" under `/remiss granska`: the next page where the list is, in the bot's thread when the list was
 * asked for in one (the value names the thread), otherwise privately to the clicker, as a search's next page.
 */
export async function reviewWhereClicked(
  deps: SlackDeps,
  click: QueryButtonClick,
  request: ReviewRequest,
): Promise<void> {
  const { value, where } = click;
  if (value.t && !where.ephemeral && where.channel) {
    const message = await reviewMessage(deps, click.logger, { ...request, threadTs: value.t });
    await postOrExplain(click, { channel: where.channel, thread_ts: value.t, ...message });
    return;
  }
  const message = await reviewMessage(deps, click.logger, request);
  await respondOrExplain(click, { response_type: 'ephemeral', replace_original: false, ...message }, value.q);
}
