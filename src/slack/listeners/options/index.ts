import type { App } from '@slack/bolt';
import { CORRECTION } from '../../../core/render/blocks-correction.js';
import type { SlackDeps } from '../../deps.js';
import { proposalOptionsCallback } from './proposal-options.js';

export function register(app: App, deps: SlackDeps): void {
  app.options<'block_suggestion'>(
    { type: 'block_suggestion', block_id: CORRECTION.proposal, action_id: CORRECTION.proposal },
    proposalOptionsCallback(deps),
  );
}
