import { renderNotPosted } from '../../../core/render/blocks-interaction.js';
import { renderNotice } from '../../../core/render/blocks-messages.js';
import { INTERACTION_SV as I } from '../../../core/render/interaction-strings-sv.js';
import { answerQueryOutcome } from '../../answer-query.js';
import type { SlackDeps } from '../../deps.js';
import { describeError } from '../../request-log.js';
import { queryButtonListener } from './action-context.js';
import { respondOrExplain, tellClicker } from './deliver.js';
import { postedTargets } from './once-per-click.js';

/**
 * "Posta i kanalen": the same page, for everyone, through the response_url (works in channels the bot has
 * not joined, as the slash command does). Only an answer goes to the channel: a failed search, "Hittade inget"
 * or a pick list (the data changed since) goes privately to the clicker, saying that nothing was posted.
 * Once posted, the private answer is replaced by a line saying so (its buttons go with it); a second click on the
 * same button (a double click) posts nothing and is told it is done.
 */
export function postInChannelCallback(deps: SlackDeps) {
  const posted = postedTargets(() => deps.now().getTime());
  return queryButtonListener(async (click) => {
    const { target } = click;
    if (target !== null && !posted.claim(target)) return void (await tellClicker(click, renderNotice(I.alreadyPosted)));
    const { message, answered } = await answerQueryOutcome(deps, click.logger, {
      surface: 'action',
      query: click.value.q,
      offset: click.value.o,
      audience: 'public',
    });
    const done =
      answered &&
      (await respondOrExplain(
        click,
        { response_type: 'in_channel', replace_original: false, ...message },
        click.value.q,
      ));
    if (!answered) await tellClicker(click, renderNotPosted(message));
    if (!done) {
      if (target !== null) posted.release(target);
      return;
    }
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
