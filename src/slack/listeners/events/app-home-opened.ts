import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderHome } from '../../../core/render/blocks-home.js';
import type { SlackDeps } from '../../deps.js';
import { loadHome } from '../../home-data.js';
import { logRequest } from '../../request-log.js';

/** The Home tab: the remisser answered lately, each with its most contested proposals. Rebuilt on each visit. */
export function appHomeOpenedCallback(deps: SlackDeps) {
  return async ({ event, client, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>) => {
    try {
      if (event.tab !== 'home') return;
      const started = deps.now().getTime();
      const remisser = await loadHome(deps.store);
      await client.views.publish({ user_id: event.user, view: renderHome(remisser, deps.timeZone) });
      const hits = remisser.reduce((n, r) => n + r.proposals.length, 0);
      logRequest(logger, { surface: 'home', query: '', latencyMs: deps.now().getTime() - started, hits });
    } catch (error) {
      logger.error(error);
    }
  };
}
