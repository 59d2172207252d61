import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { appHomeOpenedCallback } from './app-home-opened.js';
import { appMentionCallback } from './app-mention.js';
import { fileSharedMessageCallback } from './file-shared-message.js';

export function register(app: App, deps: SlackDeps): void {
  app.event('app_mention', appMentionCallback(deps));
  app.event('app_home_opened', appHomeOpenedCallback(deps));
  // A file shared with text arrives as a message with subtype file_share (file_shared carries no text).
  app.event('message', fileSharedMessageCallback(deps));
}
