import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { remissCommandCallback } from './remiss-command.js';

export const REMISS_COMMAND = '/remiss';

export function register(app: App, deps: SlackDeps): void {
  app.command(REMISS_COMMAND, remissCommandCallback(deps));
}
