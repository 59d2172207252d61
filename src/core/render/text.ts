import { STANCE_ORDER } from '../search/group-answers.js';
import { MAX_QUERY_LENGTH } from '../search/parse-query.js';
import { MAX_QUOTE_HITS, queryWordCount } from '../search/quote-hits.js';
import { choiceLabel, sharedRemiss } from '../search/suggest.js';
import type { Answer, Choice, Match, SearchResult, Tally } from '../search/types.js';
import { REVIEW_SV } from './review-strings-sv.js';
import { shortDay } from './short-day.js';
import { SEARCH_SV } from './strings-sv.js';

/** Quotes longer than this are cut in the terminal; `ask --json` and the export carry them whole. */
const MAX_QUOTE = 600;
const MAX_COMMENT = 300;

export interface TextRenderOptions {
  /** IANA zone for the day in "rättad av … 23 nov" (DIGEST_TZ); default Europe/Stockholm. */
  timeZone?: string;
  /** The `offset` the result was asked with (AskOptions), so a page of a respondent's proposals says which. */
  offset?: number;
  /**
   * How to see the page after one that stops at proposal `offset`: `ask --offset 50 …` in the CLI, "nästa" at
   * the prompt. Without it the hint only says which proposals are shown.
   */
  nextPage?: (offset: number) => string;
}

/** "2 avstyrker · 0 tillstyrker delvis · 1 tillstyrker · 0 neutral", in STANCE_ORDER. */
export function renderTally(tally: Tally): string {
  return STANCE_ORDER.map((stance) => `${tally[stance]} ${SEARCH_SV.stance[stance]}`).join(' · ');
}

/** "7.2.2 Genomför försöksverksamhet med Magnetmodellen … (SOU 2024:72)"; "*" is the remiss as a whole. */
export function renderMatchHeading(match: Match): string {
  const title = match.title ?? SEARCH_SV.untitled;
  if (match.proposal === '*') return `${SEARCH_SV.wholeRemiss} (${match.remiss})`;
  if (match.proposal === null) return `${title} (${match.remiss})`;
  return `${match.proposal} ${title} (${match.remiss})`;
}

/**
 * One line of stored text for the terminal: control characters (an ESC from a document or a comment would
 * steer the terminal) and line breaks become spaces; cut at `max`.
 */
function flatText(text: string, max: number): string {
  const flat = text
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * "002.txt, s. 7 · rättad av U0ANNA 23 nov" or "… · osäker tolkning", and "… · träff genom förslagets rubrik" in a
 * quote search: the same markers as in Slack.
 */
function source(answer: Answer, timeZone: string | undefined): string {
  const found = answer.page === null ? answer.file : `${answer.file}, ${SEARCH_SV.page(answer.page)}`;
  const where = answer.matchedBy === 'title' ? `${found} · ${SEARCH_SV.matchedByTitle}` : found;
  if (answer.corrected) {
    const { by, at } = answer.corrected;
    return `${where} · ${REVIEW_SV.correctedBy(flatText(by, 40), shortDay(at, timeZone))}`.trimEnd();
  }
  return answer.confidence === 'low' ? `${where} · ${REVIEW_SV.lowConfidence}` : where;
}

/** One answer: respondent on its own line, then the quote, where it is and an analyst's comment, indented. */
function renderAnswer(answer: Answer, withRespondent: boolean, withStance: boolean, timeZone?: string): string[] {
  const head = [withRespondent ? answer.respondent : null, withStance ? SEARCH_SV.stance[answer.stance] : null]
    .filter(Boolean)
    .join(' — ');
  const lines = [`  ${head}`, `    ”${flatText(answer.quote, MAX_QUOTE)}”`, `    ${source(answer, timeZone)}`];
  const comment = answer.corrected?.comment ? flatText(answer.corrected.comment, MAX_COMMENT) : '';
  if (comment) lines.push(`    ${REVIEW_SV.correctionComment(comment)}`);
  return lines;
}

/**
 * A proposal with its tally and its answers grouped by stance (against, partly, for, neutral); one respondent's
 * answer ("Åstorp 7.2.2") says whose it is, under the proposal's whole tally labelled as such.
 */
function renderMatch(match: Match, timeZone?: string): string[] {
  const tally = renderTally(match.tally);
  if (match.answersOf) {
    const lines = [SEARCH_SV.respondentOn(match.answersOf, renderMatchHeading(match)), SEARCH_SV.tallyOfAll(tally)];
    if (match.answers.length === 0) return [...lines, SEARCH_SV.noAnswersFrom(match.answersOf)];
    for (const answer of match.answers) lines.push(...renderAnswer(answer, true, true, timeZone));
    return lines;
  }
  const lines = [renderMatchHeading(match), match.tallyOf === 'hits' ? SEARCH_SV.tallyOfHits(tally) : tally];
  if (match.answers.length === 0) {
    lines.push(SEARCH_SV.noAnswers);
    return lines;
  }
  for (const stance of STANCE_ORDER) {
    const group = match.answers.filter((a) => a.stance === stance);
    if (group.length === 0) continue;
    lines.push('', `${SEARCH_SV.stanceHeading[stance]} (${group.length})`);
    for (const answer of group) lines.push(...renderAnswer(answer, true, false, timeZone));
  }
  return lines;
}

/** A respondent's answers: one block per proposal, stance beside each quote. */
function renderRespondentMatch(match: Match, timeZone?: string): string[] {
  const lines = [renderMatchHeading(match)];
  for (const answer of match.answers) lines.push(...renderAnswer(answer, false, true, timeZone));
  return lines;
}

/**
 * "  1. label" with "→ query" under the label, also when the numbers reach two digits ("  10. "). Rows name their
 * remiss when the list spans several; a list within one says so once, unless `named` (its heading) already does.
 */
function renderChoices(choices: readonly Choice[], named = ''): string[] {
  const one = sharedRemiss(choices);
  const rows = choices.map((choice, i) => {
    const number = `  ${i + 1}. `;
    const label = choiceLabel(choice, one === null);
    return `${number}${label}\n${' '.repeat(number.length)}${SEARCH_SV.askAgain(choice.query)}`;
  });
  return one !== null && !named.includes(one) ? [SEARCH_SV.allInRemiss(one), ...rows] : rows;
}

function totalTally(matches: readonly Match[]): Tally {
  const total: Tally = { for: 0, partly: 0, against: 0, neutral: 0 };
  for (const m of matches) for (const stance of STANCE_ORDER) total[stance] += m.tally[stance];
  return total;
}

/** "(visar förslag 1–50 av 60 – nästa sida: …)" under a respondent's heading; nothing when all are shown. */
function pageHint(shown: number, total: number, options: TextRenderOptions): string[] {
  const offset = options.offset ?? 0;
  if (shown === 0 && total > 0) return [SEARCH_SV.respondentPastEnd(total)];
  if (offset === 0 && shown >= total) return [];
  const to = offset + shown;
  return [SEARCH_SV.respondentPage(offset + 1, to, total, to < total ? options.nextPage?.(to) : undefined)];
}

function renderBody(result: SearchResult, options: TextRenderOptions): string[] {
  const { timeZone } = options;
  const notices = result.notices ?? [];
  if (notices.includes('empty_database')) return [SEARCH_SV.emptyDatabase];
  if (notices.includes('empty_query')) return [SEARCH_SV.emptyQuery];
  if (result.choices.length > 0) {
    const onlyRemiss = result.kind === 'none';
    const heading = onlyRemiss ? SEARCH_SV.pickRemissProposal(result.query) : SEARCH_SV.pickOne(result.query);
    const lines = [heading, ...renderChoices(result.choices, heading)];
    // Search lists the first MAX_CHOICES of a larger tie and counts them all: say how many it left out.
    const left = (result.choicesTotal ?? 0) - result.choices.length;
    if (left > 0) lines.push(SEARCH_SV.moreChoices(left));
    return lines;
  }
  const pastEnd = result.kind === 'respondent' && (result.totals?.matches ?? 0) > 0;
  if (result.kind === 'none' || (result.matches.length === 0 && !pastEnd)) {
    const lines = [SEARCH_SV.nothingFound(result.query)];
    if (result.suggestions.length > 0) {
      const remisser = notices.includes('unknown_remiss');
      lines.push(remisser ? SEARCH_SV.knownRemisser : SEARCH_SV.closestProposals, ...renderChoices(result.suggestions));
    }
    return lines;
  }
  if (result.kind === 'respondent' && result.respondent) {
    // The totals cover all the respondent's answers; `matches` may be one page of them.
    const proposals = result.totals?.matches ?? result.matches.length;
    const lines = [SEARCH_SV.respondentHeading(result.respondent, proposals)];
    lines.push(renderTally(result.totals?.tally ?? totalTally(result.matches)));
    lines.push(...pageHint(result.matches.length, proposals, options));
    for (const match of result.matches) lines.push('', ...renderRespondentMatch(match, timeZone));
    return lines;
  }
  const lines: string[] = [];
  if (result.kind === 'search') {
    const answers = result.matches.flatMap((m) => m.answers);
    const byTitle = answers.some((a) => a.matchedBy === 'title');
    const heading = byTitle ? SEARCH_SV.searchHeadingWithTitles : SEARCH_SV.searchHeading;
    lines.push(heading(result.query, answers.length), '');
  }
  result.matches.forEach((match, i) => {
    if (i > 0) lines.push('', '');
    lines.push(...renderMatch(match, timeZone));
  });
  lines.push(...otherAnswers(result));
  if (result.otherNumbers?.length) lines.push('', SEARCH_SV.otherNumbers(result.otherNumbers));
  return lines;
}

/**
 * Under a respondent's empty answer ("Vision 7.2.2"): what they did answer in that remiss, and everyone's answers
 * on the proposal, each with the command that shows it.
 */
function otherAnswers(result: SearchResult): string[] {
  const empty = result.matches.find((m) => m.answersOf && m.answers.length === 0);
  if (!empty?.answersOf || !empty.proposal || result.matches.length > 1) return [];
  const lines = [''];
  const answered = result.totals?.matches ?? 0;
  if (answered > 0 && result.suggestions.length > 0) {
    lines.push(SEARCH_SV.respondentAnswered(empty.answersOf, answered, empty.remiss));
  }
  const all: Choice = {
    label: SEARCH_SV.allAnswersOn(empty.proposal),
    query: `${empty.proposal} ${empty.remiss}`,
    remiss: empty.remiss,
  };
  return [...lines, ...renderChoices([...result.suggestions, all], empty.remiss)];
}

/**
 * A SearchResult as Swedish text for the terminal: proposal and title, tally, answers grouped by stance with
 * respondent, quote, file and page; pick lists numbered, each with the command that picks it. A corrected
 * answer says who corrected it and which day ("rättad av U0ANNA 23 nov") with the analyst's comment below; a
 * low-confidence one says "osäker tolkning", as in Slack.
 */
export function renderSearchResultText(result: SearchResult, options: TextRenderOptions = {}): string {
  const lines = renderBody(result, options);
  if (result.notices?.includes('quotes_capped')) {
    lines.unshift(SEARCH_SV.quotesCapped(MAX_QUOTE_HITS, queryWordCount(result.query)), '');
  }
  if (result.notices?.includes('truncated')) lines.unshift(SEARCH_SV.truncated(MAX_QUERY_LENGTH), '');
  return `${lines.join('\n')}\n`;
}
