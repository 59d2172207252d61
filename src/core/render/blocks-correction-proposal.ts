/**
 * The "Rätta" modal's proposal field: a static select while the remiss's catalog fits in one, else a type-ahead
 * whose options `proposalSuggestions` gives as the analyst types. Pure.
 */
import type { KnownBlock, PlainTextOption } from '@slack/types';
import { proposalOfKey } from '../review/correction.js';
import { matchProposals } from '../search/match-proposals.js';
import type { Proposal } from '../types.js';
import { input, MAX_OPTIONS, option } from './blocks-inputs.js';
import { REVIEW_SV as R } from './review-strings-sv.js';

/** What the proposal field needs: the current key ("7.2.2", "*", "title:…") and label, and the remiss's catalog. */
export interface ProposalField {
  proposal: string;
  proposalLabel: string;
  catalog: readonly Proposal[];
}

/**
 * The value of the option "as now" when its key does not fit one: a key can be "title:" + a title of any length,
 * and Slack refuses a whole view with an option value over 150 characters. The submission maps it back to the
 * current key (no proposal number contains "@").
 */
export const CURRENT_PROPOSAL = '@current';
const MAX_OPTION_VALUE = 150;

function currentProposalOption(field: ProposalField): PlainTextOption {
  const label = proposalOfKey(field.proposal) === null ? `${R.noNumber} ${field.proposalLabel}` : field.proposalLabel;
  return option(label, field.proposal.length <= MAX_OPTION_VALUE ? field.proposal : CURRENT_PROPOSAL);
}

function catalogOption(proposal: Proposal): PlainTextOption {
  return option(`${proposal.number} ${proposal.title}`, proposal.number);
}

function othersOf(field: ProposalField): Proposal[] {
  return field.catalog.filter((p) => p.number !== field.proposal);
}

/** The current proposal first, then the others, those around it when they do not all fit in one select. */
function proposalOptions(field: ProposalField): PlainTextOption[] {
  const others = nearest(
    othersOf(field),
    field.catalog.findIndex((p) => p.number === field.proposal),
    MAX_OPTIONS - 1,
  ).map(catalogOption);
  return [currentProposalOption(field), ...others];
}

/**
 * The options for what was typed in the proposal field when it is an external select (the catalog does not fit
 * in one): the matching proposals in catalog order ("14" → 14.1, 14.2 …), at most 100; nothing typed → the
 * current proposal and those around it, as the static select shows.
 */
export function proposalSuggestions(field: ProposalField, typed: string): PlainTextOption[] {
  const matches = matchProposals(field.catalog, typed, MAX_OPTIONS);
  return matches === null ? proposalOptions(field) : matches.map(catalogOption);
}

/**
 * At most `count` proposals in catalog order, those around position `at` when there are more: an answer is most
 * often moved to a neighbouring proposal (7.2.2 → 7.2.3), and a select holds 100 options.
 */
function nearest<T>(list: readonly T[], at: number, count: number): T[] {
  if (list.length <= count) return [...list];
  const start = Math.min(Math.max(0, at - Math.floor(count / 2)), list.length - count);
  return list.slice(start, start + count);
}

/**
 * A static select while the whole catalog fits (simplest for users, and needs no options endpoint); otherwise an
 * external select whose options the proposal-options listener sends as the analyst types (min_query_length 0:
 * opening it without typing lists those around the current proposal), with a hint that typing finds the rest.
 */
export function proposalInput(field: ProposalField, id: string): KnownBlock {
  if (1 + othersOf(field).length <= MAX_OPTIONS) {
    const options = proposalOptions(field);
    return input(id, R.proposalLabel, {
      type: 'static_select',
      action_id: id,
      options,
      initial_option: options[0],
    });
  }
  const element = {
    type: 'external_select',
    action_id: id,
    min_query_length: 0,
    initial_option: currentProposalOption(field),
  };
  return input(id, R.proposalLabel, element, false, R.proposalHint);
}
