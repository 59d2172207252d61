/**
 * Pick lists in Block Kit: "Vilket förslag i SOU 2024:72?", "Flera träffar för …", "Menade du:". Each choice is a
 * row of its own, its whole label as plain text (shown as written, never cut at a button's 75 characters, so the
 * remiss that tells two equal titles apart stays in view) with a "Välj" button. A list within one remiss names it
 * once, not on every row. A list longer than one message goes on with "Visa fler"; one that search cut says how
 * many it left out, under its last page. Pure.
 */
import type { Button, KnownBlock, SectionBlock } from '@slack/types';
import { choiceLabel, sharedRemiss } from '../search/suggest.js';
import type { Choice, SearchResult } from '../search/types.js';
import { ACTION, encodeValue } from './blocks-actions.js';
import { button } from './blocks-answer.js';
import { LIMITS, plainText, safeMrkdwn } from './blocks-text.js';
import { TextBudget } from './message-budget.js';
import { SLACK_SV as S, SEARCH_SV } from './strings-sv.js';

/** Choices per message: one block each, with room left for the heading, notes and "Visa fler". */
export const CHOICES_PER_PAGE = 40;

export interface ChoiceListOptions {
  /** The first choice to show ("Visa fler" of a long list). */
  offset?: number;
  /** The thread the conversation is in: a pick answers there. */
  threadTs?: string;
}

/** What a pick list message says, mrkdwn, escaped: its question, notes above and below the rows. */
export interface ChoiceListText {
  /** The question; null when the blocks above the list ask it (the list is part of a larger message). */
  heading: string | null;
  /** Those blocks already name the remiss all rows are in: the list does not say it again. */
  remissNamed?: boolean;
  /** Above the rows: "the query was cut", then "Menade du:" / "Kända remisser:". */
  before: string[];
  /** Below the rows: "… och 4 till – skriv mer …". */
  after: string[];
}

export interface ChoiceListMessage {
  blocks: KnownBlock[];
  /** "Visar 41–80 av 120 att välja mellan" when the page is not the whole list; null otherwise. */
  showing: string | null;
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

function choiceRow(choice: Choice, index: number, withRemiss: boolean, threadTs?: string): SectionBlock {
  // Screen readers hear which choice, not a column of "Välj"; the remiss first, so a label cut at 75 characters
  // still tells two equal titles apart ("Välj Ds 2025:3 · 7.2.2 Genomför …").
  const spoken = withRemiss && choice.remiss ? `${choice.remiss} · ${choice.label}` : choice.label;
  const pick: Button = {
    ...button(
      S.pick,
      `${ACTION.pick}_${index}`,
      encodeValue(threadTs ? { q: choice.query, t: threadTs } : { q: choice.query }),
    ),
    accessibility_label: plainText(`${S.pick} ${spoken}`, LIMITS.buttonText),
  };
  const label = choiceLabel(choice, withRemiss);
  return {
    type: 'section',
    // plain_text, emoji off: a title is shown as written, "*", "<!here>" and ":x:" included.
    text: { type: 'plain_text', text: plainText(label, LIMITS.sectionText) || choice.query, emoji: false },
    accessory: pick,
  };
}

/** A page of `choices` from `offset`, with the heading, notes and "Visa fler" for the rest. */
export function choiceList(
  result: Pick<SearchResult, 'query'>,
  choices: readonly Choice[],
  words: ChoiceListText,
  options: ChoiceListOptions,
): ChoiceListMessage {
  const total = choices.length;
  const offset = Math.min(Math.max(0, options.offset ?? 0), Math.max(0, total - 1));
  // One remiss for the whole list: named once (unless the question or a note names it), not on each row.
  const one = sharedRemiss(choices);
  const said =
    words.remissNamed === true || (one !== null && [words.heading ?? '', ...words.before].some((t) => t.includes(one)));
  const named = one !== null && !said ? [safeMrkdwn(SEARCH_SV.allInRemiss(one), LIMITS.sectionText)] : [];
  const blocks: KnownBlock[] = words.heading === null ? [] : [section(words.heading)];
  blocks.push(...[...words.before, ...named].map(context));
  // Rows while they fit the message's text too (message-budget.ts); "Visa fler" goes on from the first left out.
  const text = new TextBudget();
  text.spend([...blocks, ...words.after.map(context)]);
  const rows: SectionBlock[] = [];
  for (const [i, choice] of choices.slice(offset, offset + CHOICES_PER_PAGE).entries()) {
    const row = choiceRow(choice, offset + i, one === null, options.threadTs);
    if (i > 0 && !text.fits(row)) break;
    text.spend(row);
    rows.push(row);
  }
  const next = offset + rows.length;
  blocks.push(...rows);
  if (next >= total) blocks.push(...words.after.map(context));
  const showing = offset > 0 || next < total ? S.showingChoices(offset + 1, next, total) : null;
  if (showing) blocks.push(context(showing));
  if (next < total) {
    const more = button(S.showMore, ACTION.showMore, encodeValue({ q: result.query, o: next, t: options.threadTs }));
    blocks.push({ type: 'actions', elements: [more] });
  }
  return { blocks, showing };
}

/** Under a pick list that search cut: how many it left out, and how to narrow the list. */
export function choicesLeftOut(result: SearchResult): string[] {
  const left = (result.choicesTotal ?? 0) - result.choices.length;
  return result.choices.length > 0 && left > 0 ? [safeMrkdwn(SEARCH_SV.moreChoices(left), LIMITS.sectionText)] : [];
}
