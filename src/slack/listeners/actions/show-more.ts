import type { SlackDeps } from '../../deps.js';
import { parseReviewCommand } from '../commands/review-command.js';
import { answerWhereClicked, queryButtonListener } from './action-context.js';
import { reviewWhereClicked } from './review-more.js';

/**
 * "Visa fler": the next page of a search or of `/remiss granska` (whose button asks "granska …" again). In a bot
 * thread it continues the thread; otherwise privately to the clicker.
 */
export function showMoreCallback(deps: SlackDeps) {
  return queryButtonListener((click) => {
    const review = parseReviewCommand(click.value.q);
    if (review) return reviewWhereClicked(deps, click, { ...review, offset: click.value.o });
    return answerWhereClicked(deps, click, { query: click.value.q, offset: click.value.o }, { replaceOriginal: false });
  });
}
