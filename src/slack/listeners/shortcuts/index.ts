import type { App, MessageShortcut } from '@slack/bolt';
import { SHORTCUT_SEARCH_MESSAGE } from '../../../core/render/blocks-actions.js';
import type { SlackDeps } from '../../deps.js';
import { searchMessageCallback } from './search-message.js';

export function register(app: App, deps: SlackDeps): void {
  app.shortcut<MessageShortcut>(
    { callback_id: SHORTCUT_SEARCH_MESSAGE, type: 'message_action' },
    searchMessageCallback(deps),
  );
}
