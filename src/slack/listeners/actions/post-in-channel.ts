import { renderNotPosted } from '../../../core/render/blocks-interaction.js';
import { renderNotice } from '../../../core/render/blocks-messages.js';
import { INTERACTION_SV as I } from '../../../core/render/interaction-strings-sv.js';
import { answerQueryOutcome } from '../../answer-query.js';
import type { SlackDeps } from '../../deps.js';
import { describeError } from '../../request-log.js';
import { queryButtonListener } from './action-context.js';
import { respondOrExplain, tellClicker } from './deliver.js';
import { clickClaims, oncePerClick } from './once-per-click.js';

/**
 * "Posta i kanalen": the same page, for everyone, through the response_url (works in channels the bot has
 * not joined, as the slash command does). Only an answer goes to the channel: a failed search, "Hittade inget"
 * or a pick list (the data changed since) goes privately to the clicker, saying that nothing was posted.
 * Once posted, the private answer is replaced by a line saying so (its buttons go with it); a second click on the
 * same button (a double click), on this instance or another, posts nothing and is told it is done.
 */
export function postInChannelCallback(deps: SlackDeps) {
  const posted = clickClaims(deps);
  return queryButtonListener(async (click) => {
    const outcome = await oncePerClick(posted, click.target, click.logger, async () => {
      const { message, answered } = await answerQueryOutcome(deps, click.logger, {
        surface: 'action',
        query: click.value.q,
        offset: click.value.o,
        audience: 'public',
      });
      if (!answered) {
        await tellClicker(click, renderNotPosted(message));
        return false;
      }
      return respondOrExplain(
        click,
        { response_type: 'in_channel', replace_original: false, ...message },
        click.value.q,
      );
    });
    if (outcome === 'held') return void (await tellClicker(click, renderNotice(I.alreadyPosted)));
    if (outcome === 'not-done') return;
    try {
      await click.respond({ response_type: 'ephemeral', replace_original: true, ...renderNotice(I.postedInChannel) });
    } catch (error) {
      // Posted all the same; the private answer just keeps its buttons (a second click is still caught above).
      click.logger.warn(
        `action=${click.action} posted, but the private answer was not replaced: ${describeError(error)}`,
      );
    }
  });
}
