/**
 * Block Kit for review and correction: the per-answer overflow menu ("Rätta", "Varför denna tolkning?"), the
 * markers on an answer line, and the "Rätta" modal. Pure: data in, blocks out. Document text is rich or plain text
 * in the modal, shown as written (the one place the analyst picks the verbatim quote); only our own stored Slack
 * user ids become mentions.
 */
import type { KnownBlock, ModalView, Overflow, PlainTextOption, RichTextSection } from '@slack/types';
import type { CorrectedStance } from '../review/correction.js';
import { CORRECTED_STANCES } from '../review/correction.js';
import type { Answer } from '../search/types.js';
import { type ProposalField, proposalInput } from './blocks-correction-proposal.js';
import { input, MAX_OPTIONS, option } from './blocks-inputs.js';
import { line, RICH_TEXT_MAX, richText, run } from './blocks-rich-text.js';
import { safeMrkdwn } from './blocks-text.js';
import { REVIEW_SV as R } from './review-strings-sv.js';
import { shortDay } from './short-day.js';

export const CORRECTION = Object.freeze({
  /** Suffixed with an index, like the share buttons. */
  menu: 'remiss_answer_menu',
  menuPattern: /^remiss_answer_menu(_\d+)?$/,
  view: 'remiss_correction',
  /** The "saved" modal that replaces the form (renderCorrectionSaved); it has no submit button. */
  savedView: 'remiss_correction_saved',
  stance: 'stance',
  proposal: 'proposal',
  quote: 'quote',
  comment: 'comment',
});

/** Slack's limit for a plain text input in a modal. */
const MAX_COMMENT = 500;

/** What an overflow option carries (Slack allows 150 characters): the stance and its document, never the query. */
export interface MenuValue {
  k: 'fix' | 'why';
  s: number;
  d: number;
}

export function encodeMenuValue(value: MenuValue): string {
  return JSON.stringify(value);
}

export function decodeMenuValue(raw: string | undefined): MenuValue | null {
  try {
    const v = JSON.parse(raw ?? '') as Record<string, unknown>;
    if ((v.k !== 'fix' && v.k !== 'why') || !Number.isInteger(v.s) || !Number.isInteger(v.d)) return null;
    return { k: v.k, s: v.s as number, d: v.d as number };
  } catch {
    return null;
  }
}

/** The "…" menu of one answer line. */
export function answerMenu(answer: Pick<Answer, 'stanceId' | 'documentId'>, index: number): Overflow {
  const option = (text: string, k: MenuValue['k']): PlainTextOption => ({
    text: { type: 'plain_text', text },
    value: encodeMenuValue({ k, s: answer.stanceId, d: answer.documentId }),
  });
  return {
    type: 'overflow',
    action_id: `${CORRECTION.menu}_${index}`,
    options: [option(R.menuCorrect, 'fix'), option(R.menuWhy, 'why')],
  };
}

/** "<@U0ANNA>" for a well-formed Slack user id; anything else is shown as escaped text. */
export function userMention(userId: string): string {
  return /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : safeMrkdwn(userId, 40);
}

/** " · osäker tolkning", " · rättad av <@U0ANNA> 23 nov": appended to an answer's source line (mrkdwn). */
export function answerMarkers(answer: Pick<Answer, 'confidence' | 'corrected'>, timeZone?: string): string {
  if (answer.corrected) {
    return ` · ${R.correctedBy(userMention(answer.corrected.by), shortDay(answer.corrected.at, timeZone))}`;
  }
  return answer.confidence === 'low' ? ` · ${R.lowConfidence}` : '';
}

/** What the modal needs to know when it is submitted; kept in private_metadata (3,000 characters). */
export interface CorrectionMetadata {
  /** Document id, stance id and the document's content hash when the modal opened. */
  d: number;
  s: number;
  h: string;
  /** The channel the answer was shown in (the membership check), when known. */
  c?: string;
  /**
   * Set when that conversation is one only its members can see (a DM, a group DM, a private channel): the click
   * itself showed that the user is a member.
   */
  p?: true;
  /** The correction the modal showed as current (null: the parser's value). */
  e: number | null;
}

export function encodeMetadata(value: CorrectionMetadata): string {
  return JSON.stringify(value);
}

export function decodeMetadata(raw: string | undefined): CorrectionMetadata | null {
  try {
    const v = JSON.parse(raw ?? '') as Record<string, unknown>;
    if (!Number.isInteger(v.d) || !Number.isInteger(v.s) || typeof v.h !== 'string') return null;
    const e = v.e === null || v.e === undefined ? null : Number.isInteger(v.e) ? (v.e as number) : null;
    return {
      d: v.d as number,
      s: v.s as number,
      h: v.h,
      e,
      ...(typeof v.c === 'string' ? { c: v.c } : {}),
      ...(v.p === true ? { p: true as const } : {}),
    };
  } catch {
    return null;
  }
}

export interface CorrectionModalInput extends ProposalField {
  respondent: string;
  remiss: string;
  parsedStance: CorrectedStance;
  stance: CorrectedStance;
  /** Index into `quotes` of the quote shown now. */
  quoteIndex: number;
  quotes: readonly string[];
  correctedBy?: { by: string; at: string };
  metadata: CorrectionMetadata;
  timeZone?: string;
}

/** The "Rätta" modal: stance, proposal, a verbatim quote chosen among the document's sentences, a comment. */
export function renderCorrectionModal(m: CorrectionModalInput): ModalView {
  const stanceOptions = CORRECTED_STANCES.map((s) => option(R.stances[s], s));
  const quotes = m.quotes.slice(0, MAX_OPTIONS).map((q, i) => option(`${i + 1}. ${q}`, String(i)));
  // The full sentences as written, numbered like the select's (cut) option texts; whole lines only, within one
  // rich text block.
  const sentences: RichTextSection[] = [line(run(R.sentencesHeading, 100, { bold: true }))];
  let length = R.sentencesHeading.length;
  for (const [i, q] of m.quotes.slice(0, MAX_OPTIONS).entries()) {
    const sentence = line(run(`${i + 1}. `, 10), run(q, 600));
    const chars = sentence.elements.reduce((n, e) => n + (e.type === 'text' ? e.text.length : 0), 0);
    if (length + chars > RICH_TEXT_MAX - 200) break;
    sentences.push(sentence);
    length += chars;
  }
  const intro = line(
    run(m.respondent, 200, { bold: true }),
    run(R.modalAbout, 10),
    run(m.proposalLabel, 300, { bold: true }),
  );
  const context = [R.modalParsed(R.stances[m.parsedStance])];
  if (m.correctedBy) {
    context.push(R.modalCurrentCorrection(userMention(m.correctedBy.by), shortDay(m.correctedBy.at, m.timeZone)));
  }
  const blocks: KnownBlock[] = [
    richText(intro),
    { type: 'context', elements: [{ type: 'mrkdwn', text: context.join(' · ') }] },
    input(CORRECTION.stance, R.stanceLabel, {
      type: 'static_select',
      action_id: CORRECTION.stance,
      options: stanceOptions,
      initial_option: stanceOptions[CORRECTED_STANCES.indexOf(m.stance)],
    }),
    proposalInput(m, CORRECTION.proposal),
    richText(...sentences),
    input(CORRECTION.quote, R.quoteLabel, {
      type: 'static_select',
      action_id: CORRECTION.quote,
      options: quotes,
      initial_option: quotes[Math.min(Math.max(0, m.quoteIndex), quotes.length - 1)],
    }),
    { type: 'context', elements: [{ type: 'mrkdwn', text: R.quoteHint }] },
    input(
      CORRECTION.comment,
      R.commentLabel,
      {
        type: 'plain_text_input',
        action_id: CORRECTION.comment,
        multiline: true,
        max_length: MAX_COMMENT,
        placeholder: { type: 'plain_text', text: R.commentPlaceholder },
      },
      true,
    ),
  ];
  return {
    type: 'modal',
    callback_id: CORRECTION.view,
    title: { type: 'plain_text', text: R.modalTitle },
    submit: { type: 'plain_text', text: R.modalSubmit },
    close: { type: 'plain_text', text: R.modalClose },
    private_metadata: encodeMetadata(m.metadata),
    blocks,
  };
}

/**
 * The modal after a correction was stored, when the confirmation could not be posted where the answer was (the bot
 * is not in that channel): the analyst sees that it was saved before the modal closes. `text` is plain; escaped here.
 */
export function renderCorrectionSaved(text: string): ModalView {
  return {
    type: 'modal',
    callback_id: CORRECTION.savedView,
    title: { type: 'plain_text', text: R.savedTitle },
    close: { type: 'plain_text', text: R.savedClose },
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: safeMrkdwn(text, 3000) } }],
  };
}

/** What the analyst chose, read from view.state.values; null when the form is not ours or incomplete. */
export interface CorrectionForm {
  stance: CorrectedStance;
  proposal: string;
  quoteIndex: number;
  comment: string | null;
}

type StateValues = Record<
  string,
  Record<string, { selected_option?: { value?: string } | null; value?: string | null }>
>;

export function readCorrectionForm(values: StateValues | undefined): CorrectionForm | null {
  const selected = (block: string) => values?.[block]?.[block]?.selected_option?.value;
  const stance = selected(CORRECTION.stance) as CorrectedStance | undefined;
  const proposal = selected(CORRECTION.proposal);
  const quote = Number(selected(CORRECTION.quote));
  if (!stance || !CORRECTED_STANCES.includes(stance) || !proposal || !Number.isInteger(quote) || quote < 0) return null;
  const comment = values?.[CORRECTION.comment]?.[CORRECTION.comment]?.value?.trim() || null;
  return { stance, proposal, quoteIndex: quote, comment };
}
