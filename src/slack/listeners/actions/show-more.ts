import type { SlackDeps } from '../../deps.js';
import { answerWhereClicked, queryButtonListener } from './action-context.js';

/** "Visa fler": the next page. In a bot thread it continues the thread; otherwise privately to the clicker. */
export function showMoreCallback(deps: SlackDeps) {
  return queryButtonListener((click) =>
    answerWhereClicked(deps, click, { query: click.value.q, offset: click.value.o }, { replaceOriginal: false }),
  );
}
