import { renderNotPosted } from '../../../core/render/blocks-interaction.js';
import { answerQueryOutcome } from '../../answer-query.js';
import type { SlackDeps } from '../../deps.js';
import { queryButtonListener } from './action-context.js';
import { respondOrExplain, tellClicker } from './deliver.js';

/**
 * "Posta i kanalen": the same page, for everyone, through the response_url (works in channels the bot has
 * not joined, as the slash command does). Only an answer goes to the channel: a failed search, "Hittade inget"
 * or a pick list (the data changed since) goes privately to the clicker, saying that nothing was posted.
 */
export function postInChannelCallback(deps: SlackDeps) {
  return queryButtonListener(async (click) => {
    const { message, answered } = await answerQueryOutcome(deps, click.logger, {
      surface: 'action',
      query: click.value.q,
      offset: click.value.o,
      audience: 'public',
    });
    if (!answered) return void (await tellClicker(click, renderNotPosted(message)));
    await respondOrExplain(click, { response_type: 'in_channel', replace_original: false, ...message }, click.value.q);
  });
}
