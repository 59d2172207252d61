import type { App, ViewSubmitAction } from '@slack/bolt';
import { CORRECTION } from '../../../core/render/blocks-correction.js';
import type { SlackDeps } from '../../deps.js';
import { correctionSubmitCallback } from './correction-submit.js';

export function register(app: App, deps: SlackDeps): void {
  app.view<ViewSubmitAction>(CORRECTION.view, correctionSubmitCallback(deps));
}
