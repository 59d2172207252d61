import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { slackTextToPlain } from '../../../core/render/blocks-text.js';
import { answerQuery } from '../../answer-query.js';
import type { SlackDeps } from '../../deps.js';

/** Message shortcut "Sök i remissvar": searches with the message's text, answers only to the user. */
export function searchMessageCallback(deps: SlackDeps) {
  return async ({
    ack,
    shortcut,
    respond,
    logger,
  }: AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>) => {
    try {
      await ack();
      const text = slackTextToPlain(shortcut.message.text ?? '');
      const message = await answerQuery(deps, logger, { surface: 'shortcut', query: text, audience: 'private' });
      await respond({ response_type: 'ephemeral', ...message });
    } catch (error) {
      logger.error(error);
    }
  };
}
