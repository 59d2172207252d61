import type { AllMiddlewareArgs, RespondFn, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { FilesUploadV2Arguments, WebClient } from '@slack/web-api';
import { renderNotice } from '../../../core/render/blocks-messages.js';
import { slackTextToPlain } from '../../../core/render/blocks-text.js';
import { SLACK_SV as S } from '../../../core/render/strings-sv.js';
import type { SlackDeps } from '../../deps.js';
import { answerRemissText } from '../commands/remiss-command.js';

/** "<@U0BOT> 7.2.2" => "7.2.2": every user mention is dropped, the bot's and any other. */
export function queryFromMention(text: string): string {
  return slackTextToPlain(text.replace(/<@[A-Z0-9]+(\|[^>]*)?>/gi, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The client, with file uploads (an export) going into the mention's thread like every other answer. */
function uploadingInto(client: WebClient, threadTs: string): WebClient {
  const files = {
    ...client.files,
    uploadV2: (options: FilesUploadV2Arguments) =>
      client.files.uploadV2({ ...options, thread_ts: threadTs } as FilesUploadV2Arguments),
  };
  return Object.assign(Object.create(client) as WebClient, { files });
}

/**
 * `@remiss 7.2.2` in a channel or thread: answers in that thread (or starts one under the mention). A mention
 * understands what `/remiss` does (export, granska, status, hjälp: the same router). A mention that carries files
 * ("@remiss här är vårt remissvar" with a PDF) is the file handler's: Slack sends that message as a file share too,
 * and one reply, about the file, is the answer.
 */
export function appMentionCallback(deps: SlackDeps) {
  return async ({ event, client, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>) => {
    try {
      if ((event.files?.length ?? 0) > 0) return;
      const threadTs = event.thread_ts ?? event.ts;
      // What /remiss answers through its response_url, a mention posts into the thread (text and blocks only).
      const inThread: RespondFn = (message) => {
        const text = typeof message === 'string' ? message : (message.text ?? '');
        const blocks = typeof message !== 'string' && 'blocks' in message ? message.blocks : undefined;
        return client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, text, blocks });
      };
      const query = queryFromMention(event.text ?? '');
      if (query === '') return void (await inThread(renderNotice(S.mentionEmpty)));
      const source = {
        surface: 'mention' as const,
        channel: event.channel,
        user: event.user ?? '',
        client: uploadingInto(client, threadTs),
        respond: inThread,
        logger,
        render: { audience: 'thread' as const, threadTs },
      };
      await answerRemissText(deps, source, query);
    } catch (error) {
      logger.error(error);
    }
  };
}
