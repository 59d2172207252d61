import type { AllMiddlewareArgs, Logger, RespondFn, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { parseExportCommand } from '../../../core/export/export-request.js';
import type { SearchRenderOptions } from '../../../core/render/blocks-search.js';
import { slackTextToPlain } from '../../../core/render/blocks-text.js';
import { answerQuery } from '../../answer-query.js';
import type { SlackDeps } from '../../deps.js';
import { exportToChannel } from './export-command.js';
import { parseReviewCommand, reviewToUser } from './review-command.js';

/** Where `/remiss …` text came from, and where its answers go. */
export interface RemissTextSource {
  surface: 'command' | 'mention';
  /** The conversation (an export's file goes there) and who asked. */
  channel: string;
  user: string;
  client: AllMiddlewareArgs['client'];
  /** Answers: privately through the response_url for the command, into the thread for a mention. */
  respond: RespondFn;
  logger: Logger;
  /** How search results are rendered for where they are shown. */
  render: Pick<SearchRenderOptions, 'audience' | 'threadTs'>;
}

/**
 * The one router for what `/remiss` and `@remiss` understand: `export SOU 2024:72 docx` (the
 * remissammanställning as a file in the conversation: export-command.ts), `granska [SOU 2024:72]` (stances worth a
 * human look, with "Rätta": review-command.ts), and everything else (7.2.2, magnetmodellen, Vision, status, hjälp)
 * as a search. `text` is plain text (Slack's escaping undone).
 */
export async function answerRemissText(deps: SlackDeps, source: RemissTextSource, text: string): Promise<void> {
  const { client, respond, logger } = source;
  const exportRequest = parseExportCommand(text);
  if (exportRequest) {
    const command = { channel_id: source.channel, user_id: source.user };
    return exportToChannel(deps, { client, command, respond, logger }, exportRequest);
  }
  const review = parseReviewCommand(text);
  if (review) return reviewToUser(deps, { respond, logger }, { ...review, threadTs: source.render.threadTs });
  const message = await answerQuery(deps, logger, { surface: source.surface, query: text, ...source.render });
  await respond({ response_type: 'ephemeral', ...message });
}

/**
 * `/remiss 7.2.2`, `/remiss magnetmodellen`, `/remiss Vision`, `/remiss`, `/remiss status`, `/remiss export …`,
 * `/remiss granska …` (answerRemissText). Acks at once (Slack's 3 s), then answers privately through the
 * response_url.
 */
export function remissCommandCallback(deps: SlackDeps) {
  return async ({ ack, command, respond, client, logger }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    try {
      await ack();
      const source: RemissTextSource = {
        surface: 'command',
        channel: command.channel_id,
        user: command.user_id,
        client,
        respond,
        logger,
        render: { audience: 'private' },
      };
      await answerRemissText(deps, source, slackTextToPlain(command.text ?? ''));
    } catch (error) {
      logger.error(error);
    }
  };
}
