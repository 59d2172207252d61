import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { parseExportCommand } from '../../../core/export/export-request.js';
import { slackTextToPlain } from '../../../core/render/blocks-text.js';
import { answerQuery } from '../../answer-query.js';
import type { SlackDeps } from '../../deps.js';
import { exportToChannel } from './export-command.js';
import { parseReviewCommand, reviewToUser } from './review-command.js';

/**
 * `/remiss 7.2.2`, `/remiss magnetmodellen`, `/remiss Vision`, `/remiss`, `/remiss status`,
 * `/remiss export SOU 2024:72 docx` (uploads the remissammanställning to the channel: export-command.ts),
 * `/remiss granska [SOU 2024:72]` (stances worth a human look, with "Rätta": review-command.ts).
 * Acks at once (Slack's 3 s), then answers privately through the response_url.
 */
export function remissCommandCallback(deps: SlackDeps) {
  return async ({ ack, command, respond, client, logger }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    try {
      await ack();
      const exportRequest = parseExportCommand(slackTextToPlain(command.text ?? ''));
      if (exportRequest) return await exportToChannel(deps, { client, command, respond, logger }, exportRequest);
      const review = parseReviewCommand(slackTextToPlain(command.text ?? ''));
      if (review) return await reviewToUser(deps, { respond, logger }, review);
      const message = await answerQuery(deps, logger, {
        surface: 'command',
        query: slackTextToPlain(command.text ?? ''),
        audience: 'private',
      });
      await respond({ response_type: 'ephemeral', ...message });
    } catch (error) {
      logger.error(error);
    }
  };
}
