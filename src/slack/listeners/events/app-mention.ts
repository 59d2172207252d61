import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderNotice } from '../../../core/render/blocks-messages.js';
import { slackTextToPlain } from '../../../core/render/blocks-text.js';
import { SLACK_SV as S } from '../../../core/render/strings-sv.js';
import { answerQuery } from '../../answer-query.js';
import type { SlackDeps } from '../../deps.js';

/** "<@U0BOT> 7.2.2" => "7.2.2": every user mention is dropped, the bot's and any other. */
export function queryFromMention(text: string): string {
  return slackTextToPlain(text.replace(/<@[A-Z0-9]+(\|[^>]*)?>/gi, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** `@remiss 7.2.2` in a channel or thread: answers in that thread (or starts one under the mention). */
export function appMentionCallback(deps: SlackDeps) {
  return async ({ event, client, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>) => {
    try {
      const threadTs = event.thread_ts ?? event.ts;
      const query = queryFromMention(event.text ?? '');
      const message =
        query === ''
          ? renderNotice(S.mentionEmpty)
          : await answerQuery(deps, logger, { surface: 'mention', query, audience: 'thread', threadTs });
      await client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...message });
    } catch (error) {
      logger.error(error);
    }
  };
}
