import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { renderNotice } from '../../../core/render/blocks-messages.js';
import { slackTextToPlain } from '../../../core/render/blocks-text.js';
import { SLACK_SV as S } from '../../../core/render/strings-sv.js';
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
      if (text.trim() === '') {
        await respond({ response_type: 'ephemeral', ...renderNotice(S.shortcutNoText) });
        return;
      }
      const message = await answerQuery(deps, logger, { surface: 'shortcut', query: text, audience: 'private' });
      await respond({ response_type: 'ephemeral', ...message });
    } catch (error) {
      logger.error(error);
    }
  };
}
