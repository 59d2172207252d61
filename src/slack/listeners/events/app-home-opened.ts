import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderHome } from '../../../core/render/blocks-home.js';
import { renderNotice } from '../../../core/render/blocks-messages.js';
import { SLACK_SV as S } from '../../../core/render/strings-sv.js';
import type { SlackDeps } from '../../deps.js';
import { loadHome } from '../../home-data.js';
import { describeError, logRequest } from '../../request-log.js';

/**
 * The Home tab: the remisser answered lately, each with its most contested proposals. Rebuilt on each visit. When
 * it cannot be built (the database is down), the tab says so with the same apology as a failed search, instead of
 * staying blank or showing an old overview as if it were current.
 */
export function appHomeOpenedCallback(deps: SlackDeps) {
  return async ({ event, client, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>) => {
    if (event.tab !== 'home') return;
    const started = deps.now().getTime();
    try {
      const remisser = await loadHome(deps.store);
      await client.views.publish({ user_id: event.user, view: renderHome(remisser, deps.timeZone) });
      const hits = remisser.reduce((n, r) => n + r.proposals.length, 0);
      logRequest(logger, { surface: 'home', query: '', latencyMs: deps.now().getTime() - started, hits });
    } catch (error) {
      logger.error(`home failed user=${event.user}: ${describeError(error)}`);
      logRequest(logger, {
        surface: 'home',
        query: '',
        latencyMs: deps.now().getTime() - started,
        hits: 0,
        outcome: 'error',
      });
      const apology = { type: 'home' as const, blocks: renderNotice(S.searchFailed).blocks };
      await client.views
        .publish({ user_id: event.user, view: apology })
        .catch((publishError: unknown) => logger.error(`home apology failed: ${describeError(publishError)}`));
    }
  };
}
