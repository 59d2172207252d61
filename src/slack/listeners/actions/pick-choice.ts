import type { SlackDeps } from '../../deps.js';
import { answerWhereClicked, queryButtonListener } from './action-context.js';

/** A pick-list button ("7.2.2 … (SOU 2024:72)"): answers the precise query in place of the list. */
export function pickChoiceCallback(deps: SlackDeps) {
  return queryButtonListener((click) =>
    answerWhereClicked(deps, click, { query: click.value.q }, { replaceOriginal: true }),
  );
}
