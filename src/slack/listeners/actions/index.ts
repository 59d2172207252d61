import type { App, BlockAction, ButtonAction, OverflowAction } from '@slack/bolt';
import { ACTION, ACTION_PATTERN } from '../../../core/render/blocks-actions.js';
import { CORRECTION } from '../../../core/render/blocks-correction.js';
import type { SlackDeps } from '../../deps.js';
import { answerMenuCallback } from './answer-menu.js';
import { pickChoiceCallback } from './pick-choice.js';
import { postInChannelCallback } from './post-in-channel.js';
import { shareQuoteCallback } from './share-quote.js';
import { showMoreCallback } from './show-more.js';

export function register(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION.postInChannel, postInChannelCallback(deps));
  app.action<BlockAction<ButtonAction>>(ACTION.showMore, showMoreCallback(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_PATTERN.pick, pickChoiceCallback(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_PATTERN.shareThread, shareQuoteCallback(deps, 'thread'));
  app.action<BlockAction<ButtonAction>>(ACTION_PATTERN.shareChannel, shareQuoteCallback(deps, 'channel'));
  app.action<BlockAction<OverflowAction>>(CORRECTION.menuPattern, answerMenuCallback(deps));
}
