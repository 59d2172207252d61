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
import { line, richText, run } from './blocks-rich-text.js';
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
 * respondent's, the choices (their other answers in the remiss, everyone's on this one). Sentences with a
 * respondent's name in them are rich text, shown as written.
 */
export function renderUnanswered(result: SearchResult, options: { offset?: number; threadTs?: string }): SlackMessage {
  const match = result.matches[0];
  const text = safeMrkdwn(unansweredText(match), LIMITS.fallbackText);
  const lead: KnownBlock[] = [matchHeading(match), context(safeMrkdwn(tallyLine(match), LIMITS.sectionText))];
  if (!match.answersOf || !match.proposal) {
    return { text, blocks: [...lead, richText(line(run(noAnswerLine(match), 600))), ...otherNumbersNote(result)] };
  }
  const answered = result.totals?.matches ?? 0;
  const theirs = answered > 0 && result.suggestions.length > 0;
  const said = richText(
    line(run(noAnswerLine(match), 600)),
    line(theirs ? run(SEARCH_SV.respondentAnswered(match.answersOf, answered, match.remiss), 600) : null),
  );
  const all: Choice = {
    label: SEARCH_SV.allAnswersOn(match.proposal),
    query: `${match.proposal} ${match.remiss}`,
    remiss: match.remiss,
  };
  // The heading above names the remiss; the rows need not repeat it.
  const words = { heading: null, remissNamed: true, before: [], after: [] };
  const list = choiceList(result, [...result.suggestions, all], words, options);
  return { text, blocks: [...lead, said, ...list.blocks] };
}

/**
 * On the first page of an answer: each proposal it names without answers ("7.2.2 7.2.6": 7.2.6 has none), then the
 * numbers it leaves out. Empty when there is nothing of the kind.
 */
export function unansweredBlocks(result: SearchResult): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (const match of result.matches) {
    if (match.answers.length > 0) continue;
    const tally = context(safeMrkdwn(tallyLine(match), LIMITS.sectionText));
    blocks.push(matchHeading(match), tally, richText(line(run(noAnswerLine(match), 600))));
  }
  return [...blocks, ...otherNumbersNote(result)];
}

function otherNumbersNote(result: SearchResult): KnownBlock[] {
  const numbers = result.otherNumbers ?? [];
  return numbers.length > 0 ? [context(safeMrkdwn(SEARCH_SV.otherNumbers(numbers), LIMITS.sectionText))] : [];
}
