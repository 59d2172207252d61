/**
 * The one path from a user's query to a Slack message, shared by the slash command, mentions, the message
 * shortcut and the buttons. Errors become a Swedish message; the detail goes to the log.
 */
import type { Logger } from '@slack/bolt';
import { renderHelp, renderNotice, renderStatus } from '../core/render/blocks-messages.js';
import { renderSearchResult, type SearchRenderOptions, type SlackMessage } from '../core/render/blocks-search.js';
import { SLACK_SV as S } from '../core/render/strings-sv.js';
import { HELP_QUERY as HELP, STATUS_QUERY as STATUS } from '../core/search/query-command.js';
import type { SearchResult } from '../core/search/types.js';
import type { SlackDeps } from './deps.js';
import { describeError, logRequest, type Surface } from './request-log.js';

export interface AnswerRequest extends SearchRenderOptions {
  surface: Surface;
  query: string;
}

function hitsOf(result: SearchResult): number {
  return result.matches.reduce((n, m) => n + m.answers.length, 0);
}

/**
 * What a query gave: the message, and whether it is an answer (answers to show) rather than a notice, the help,
 * the status, a pick list, "Hittade inget" or an apology. Only an answer is posted for everyone.
 */
export interface AnswerOutcome {
  message: SlackMessage;
  answered: boolean;
}

interface Answered extends AnswerOutcome {
  hits: number;
}

async function statusMessage(deps: SlackDeps): Promise<Answered> {
  const [status, remissList] = await Promise.all([deps.store.status(), deps.store.listRemisser()]);
  return { message: renderStatus({ ...status, remissList }, deps.timeZone), hits: status.responses, answered: false };
}

async function searchMessage(deps: SlackDeps, request: AnswerRequest): Promise<Answered> {
  const result = await deps.ask(request.query, request.offset ?? 0);
  if (result.notices?.includes('empty_database')) {
    return { message: renderNotice(S.emptyDatabase), hits: 0, answered: false };
  }
  if (result.notices?.includes('empty_query')) return { message: renderHelp(), hits: 0, answered: false };
  const hits = hitsOf(result);
  // Corrected markers ("rättad av … 23 nov") show the day in the team's zone (DIGEST_TZ), like status and digest.
  return {
    message: renderSearchResult(result, { ...request, timeZone: request.timeZone ?? deps.timeZone }),
    hits,
    answered: hits > 0 && result.choices.length === 0,
  };
}

/** Never throws: a failure is logged (English, with detail) and answered in Swedish. */
export async function answerQuery(deps: SlackDeps, logger: Logger, request: AnswerRequest): Promise<SlackMessage> {
  return (await answerQueryOutcome(deps, logger, request)).message;
}

/** `answerQuery`, saying also whether the message is an answer (see AnswerOutcome). Never throws. */
export async function answerQueryOutcome(
  deps: SlackDeps,
  logger: Logger,
  request: AnswerRequest,
): Promise<AnswerOutcome> {
  const started = deps.now().getTime();
  const query = request.query.trim();
  try {
    const { message, hits, answered } = HELP.test(query)
      ? { message: renderHelp(), hits: 0, answered: false }
      : STATUS.test(query)
        ? await statusMessage(deps)
        : await searchMessage(deps, { ...request, query });
    logRequest(logger, { surface: request.surface, query, latencyMs: deps.now().getTime() - started, hits });
    return { message, answered };
  } catch (error) {
    logger.error(`search failed surface=${request.surface}: ${describeError(error)}`);
    logRequest(logger, {
      surface: request.surface,
      query,
      latencyMs: deps.now().getTime() - started,
      hits: 0,
      outcome: 'error',
    });
    return { message: renderNotice(S.searchFailed), answered: false };
  }
}
