/**
 * Block Kit for proposals a result names but has no answer to show for: a proposal nobody has answered yet
 * ("7.2.6"), a respondent with no stance on it ("Vision 7.2.2": then what Vision did answer, and everyone's answers
 * on the proposal, to pick), and section numbers the query named that the answer leaves out ("7.2.2 7.9.9"). Said
 * in so many words instead of "Hittade inget". Pure.
 */
import type { KnownBlock } from '@slack/types';
import type { Choice, Match, SearchResult } from '../search/types.js';
import { formatTally, matchHeading, proposalLabel } from './blocks-answer.js';
import { choiceList } from './blocks-choices.js';
import type { SlackMessage } from './blocks-search.js';
import { LIMITS, safeMrkdwn } from './blocks-text.js';
import { SEARCH_SV } from './strings-sv.js';

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

/** "Vision har ingen ståndpunkt om det här förslaget." / "Inga remissvar om det här förslaget än."; unescaped. */
function noAnswerLine(match: Match): string {
  return match.answersOf ? SEARCH_SV.noAnswersFrom(match.answersOf) : SEARCH_SV.noAnswers;
}

/** The tally under such a heading: the proposal's own, labelled as all answers when the match is one respondent's. */
function tallyLine(match: Match): string {
  const tally = formatTally(match.tally);
  return match.answersOf ? SEARCH_SV.tallyOfAll(tally) : tally;
}

/** What a notification says of such a match: "Vision om 7.2.2 …: Vision har ingen ståndpunkt …". */
function unansweredText(match: Match): string {
  const label = proposalLabel(match);
  return `${match.answersOf ? SEARCH_SV.respondentOn(match.answersOf, label) : label}: ${noAnswerLine(match)}`;
}

/**
 * A result whose only proposal has no answer to show: its heading and tally, what is missing, and, for a
 * respondent's, the choices (their other answers in the remiss, everyone's on this one).
 */
export function renderUnanswered(result: SearchResult, options: { offset?: number; threadTs?: string }): SlackMessage {
  const match = result.matches[0];
  const lead: KnownBlock[] = [matchHeading(match), context(safeMrkdwn(tallyLine(match), LIMITS.sectionText))];
  const missing = safeMrkdwn(noAnswerLine(match), LIMITS.sectionText);
  const text = safeMrkdwn(unansweredText(match), LIMITS.fallbackText);
  if (!match.answersOf || !match.proposal) {
    return { text, blocks: [...lead, context(missing), ...otherNumbersNote(result)] };
  }
  const all: Choice = {
    label: SEARCH_SV.allAnswersOn(match.proposal),
    query: `${match.proposal} ${match.remiss}`,
    remiss: match.remiss,
  };
  const answered = result.totals?.matches ?? 0;
  const before =
    answered > 0 && result.suggestions.length > 0
      ? [safeMrkdwn(SEARCH_SV.respondentAnswered(match.answersOf, answered, match.remiss), LIMITS.sectionText)]
      : [];
  const words = { heading: missing, before, after: [] };
  const list = choiceList(result, [...result.suggestions, all], words, options);
  return { text, blocks: [...lead, ...list.blocks] };
}

/**
 * On the first page of an answer: each proposal it names without answers ("7.2.2 7.2.6": 7.2.6 has none), then the
 * numbers it leaves out. Empty when there is nothing of the kind.
 */
export function unansweredBlocks(result: SearchResult): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (const match of result.matches) {
    if (match.answers.length > 0) continue;
    blocks.push(matchHeading(match), context(safeMrkdwn(`${tallyLine(match)} · ${noAnswerLine(match)}`, 3000)));
  }
  return [...blocks, ...otherNumbersNote(result)];
}

function otherNumbersNote(result: SearchResult): KnownBlock[] {
  const numbers = result.otherNumbers ?? [];
  return numbers.length > 0 ? [context(safeMrkdwn(SEARCH_SV.otherNumbers(numbers), LIMITS.sectionText))] : [];
}
