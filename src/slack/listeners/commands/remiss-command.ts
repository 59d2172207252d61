import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { slackTextToPlain } from '../../../core/render/blocks-text.js';
import { answerQuery } from '../../answer-query.js';
import type { SlackDeps } from '../../deps.js';

/**
 * `/remiss 7.2.2`, `/remiss magnetmodellen`, `/remiss Vision`, `/remiss`, `/remiss status`.
 * Acks at once (Slack's 3 s), then answers privately through the response_url.
 */
export function remissCommandCallback(deps: SlackDeps) {
  return async ({ ack, command, respond, logger }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    try {
      await ack();
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
