/**
 * Small Block Kit messages: help, status, errors, a shared quote and the reply to a shared file. Pure.
 */
import type { KnownBlock, RichTextSection } from '@slack/types';
import type { Answer, Match, Tally } from '../search/types.js';
import type { DocumentKind, RemissRef } from '../types.js';
import { correctionMark } from './blocks-answer.js';
import { emoji, line, quote, richText, run, userOrText } from './blocks-rich-text.js';
import { formatTally, proposalLabel, type SlackMessage, sourceLabel } from './blocks-search.js';
import { LIMITS, safeMrkdwn } from './blocks-text.js';
import { respondentName } from './respondent-name.js';
import { REVIEW_SV as R } from './review-strings-sv.js';
import { SLACK_SV as S } from './strings-sv.js';

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/** A one-paragraph message; `text` is our own Swedish, but may embed user text, so it is escaped. */
export function renderNotice(text: string): SlackMessage {
  const safe = safeMrkdwn(text, LIMITS.sectionText);
  return { text: safe, blocks: [section(safe)] };
}

export function renderHelp(): SlackMessage {
  return {
    text: S.helpTitle,
    blocks: [{ type: 'header', text: { type: 'plain_text', text: S.helpTitle } }, section(S.helpBody)],
  };
}

export interface StatusView {
  remisser: number;
  responses: number;
  stances: number;
  lastAddedAt: string | null;
  lastAddedFile: string | null;
  /** Remisser by id, for the list under the counts. */
  remissList: RemissRef[];
}

/** "2026-11-23T12:06:41.000Z" => "2026-11-23 13:06" in Stockholm time. */
export function formatWhen(iso: string, timeZone: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(d);
}

export function renderStatus(status: StatusView, timeZone: string): SlackMessage {
  if (status.responses === 0) return renderNotice(S.nothingIndexed);
  const lines = [S.statusBody(status)];
  if (status.lastAddedAt && status.lastAddedFile) {
    lines.push(safeMrkdwn(S.lastAdded(status.lastAddedFile, formatWhen(status.lastAddedAt, timeZone)), 500));
  }
  const remisser = status.remissList
    .slice(0, 20)
    .map((r) => `• ${safeMrkdwn(r.title && r.title !== r.id ? `${r.id} – ${r.title}` : r.id, 200)}`)
    .join('\n');
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: S.statusTitle } },
    section(lines.join('\n')),
  ];
  if (remisser) blocks.push(section(remisser.slice(0, LIMITS.sectionText)));
  return { text: S.statusBody(status), blocks };
}

/**
 * One quote, attributed: what "Dela i tråd / Dela i kanalen" posts. Rich text, so the respondent's words, the
 * title and the file name are shown as written (see blocks-rich-text.ts); only who shared it, and who corrected
 * it, are mentions. A corrected answer keeps its "rättad av" mark and the analyst's comment: the stance shown is
 * theirs, and may disagree with the quote as the parser read it.
 */
export function renderSharedQuote(
  match: Pick<Match, 'remiss' | 'proposal' | 'title'>,
  answer: Answer,
  sharedBy?: string,
  timeZone?: string,
): SlackMessage {
  const head = line(
    emoji(S.stanceEmoji[answer.stance]),
    run(' ', 1),
    run(answer.respondent, 200, { bold: true }),
    run(` ${S.stanceLabel[answer.stance]} `, 40),
    run(proposalLabel(match), 300, { bold: true }),
  );
  // SLACK_SV words it "Delat av <@U42>": split around the mention, which becomes a user element.
  const [before, after] = S.sharedBy('\u0000').split('<@\u0000>');
  const corrected = answer.corrected;
  const source = line(
    run(`${match.remiss} · ${sourceLabel(answer)}`, 300),
    ...(corrected ? correctionMark(corrected, timeZone) : []),
    ...(sharedBy ? [run(` · ${before}`, 40), userOrText(sharedBy), run(after, 40)] : []),
  );
  const comment = corrected?.comment ? line(run(R.sharedComment(corrected.comment), 520, { italic: true })) : null;
  // Head (≤ 550), source line (≤ 550) and comment (≤ 520) leave the quote the rest of the 3,000 a rich text block
  // holds (RICH_TEXT_MAX): 2,000 characters, less what a correction adds.
  const room = 2000 - (corrected ? 130 : 0) - (comment ? 520 : 0);
  const blocks: KnownBlock[] = [
    richText(head, quote(answer.quote || '…', room), source, ...(comment ? [comment] : [])),
  ];
  const text = safeMrkdwn(
    `${answer.respondent} ${S.stanceLabel[answer.stance]} ${proposalLabel(match)}`,
    LIMITS.fallbackText,
  );
  return { text, blocks };
}

export type IngestReplyStatus = 'added' | 'replaced' | 'unchanged' | 'failed';

/** What the bot understood from a shared file. */
export interface IngestReplyView {
  file: string;
  status: IngestReplyStatus;
  /** `report`: the inquiry's own betänkande, read for its proposal titles; absent or null: unknown. */
  kind?: DocumentKind | null;
  respondent: string | null;
  remiss: string | null;
  tally: Tally | null;
  /** Swedish reason when status is failed. */
  reason?: string;
  /** The respondent's earlier answers, under other file names, that this file replaced. */
  replaces?: readonly string[];
  /** The remiss the message named, and how it fared: filed under it (`used`), or the file names another. */
  remissHint?: string;
  hint?: 'used' | 'overruled' | null;
}

/**
 * The reply in a shared file's thread, as rich text: file, respondent and remiss names come from the file and are
 * shown as written (a file named "svar_*slutlig*_.pdf" neither turns bold nor breaks the line), in bold runs.
 */
export function renderIngestReply(view: IngestReplyView): SlackMessage {
  const file = view.file;
  const lines: RichTextSection[] = [];
  if (view.status === 'failed') {
    lines.push(withNames((slot) => S.fileFailed(slot(0), view.reason ?? ''), [file]));
  } else if (view.kind === 'report') {
    lines.push(
      withNames((slot) => S.fileIsReport(slot(0), view.remiss === null ? null : slot(1)), [file, view.remiss ?? '']),
    );
  } else {
    const earlier = [...(view.replaces ?? [])];
    const head =
      view.status === 'unchanged'
        ? withNames((slot) => S.fileUnchanged(slot(0)), [file])
        : view.status === 'replaced'
          ? earlier.length > 0
            ? withNames(
                (slot) =>
                  S.fileReplacedEarlier(
                    slot(0),
                    earlier.map((_, i) => slot(i + 1)),
                  ),
                [file, ...earlier],
              )
            : withNames((slot) => S.fileReplaced(slot(0)), [file])
          : withNames((slot) => S.fileRead(slot(0)), [file]);
    const who = S.fileRespondent(respondentName(view.respondent, file), view.remiss ?? S.unknownRemiss);
    const total = view.tally ? Object.values(view.tally).reduce((a, b) => a + b, 0) : 0;
    const counts = view.tally && total > 0 ? formatTally(view.tally) : S.fileNoStances;
    lines.push(head, line(run(who, 500)), line(run(counts, 500)));
    if (view.hint === 'used') lines.push(line(run(S.remissFromMessage, 500)));
    if (view.hint === 'overruled' && view.remiss !== null && view.remissHint !== undefined) {
      lines.push(line(run(S.fileNamesOtherRemiss(view.remiss, view.remissHint), 500)));
    }
  }
  return { text: safeMrkdwn(asSentences(lines), LIMITS.fallbackText), blocks: [richText(...lines)] };
}

/**
 * The reply's lines as one notification: "Läste in ny.txt: Testby kommun om SOU 2024:72. 2 avstyrker · 2
 * tillstyrker." The first line introduces the rest; each later one ends as a sentence.
 */
function asSentences(lines: readonly RichTextSection[]): string {
  const texts = lines.map((l) =>
    l.elements
      .map((e) => (e.type === 'text' ? e.text : ''))
      .join('')
      .trim(),
  );
  if (texts.length === 1) return texts[0];
  const sentence = (t: string) => (/[.!?]$/.test(t) ? t : `${t}.`);
  return `${texts[0].replace(/[.:]$/, '')}: ${texts.slice(1).map(sentence).join(' ')}`;
}

/**
 * One line of our Swedish with names from a document in it. The template is called with placeholders; where it
 * put one (in *bold*, as the strings are written), the name goes in as a bold literal run.
 */
// A private-use character marks where a template put a name; names themselves never pass through the split.
const SLOT = '\uE000';
const SLOTS = /(\*?\uE000\d+\uE000\*?)/;

function withNames(template: (slot: (i: number) => string) => string, names: readonly string[]): RichTextSection {
  const text = template((i) => `${SLOT}${i}${SLOT}`);
  // split with a capture group: our words at even indexes, placeholders (with their asterisks, if any) at odd ones.
  const parts = text.split(SLOTS);
  return line(
    ...parts.map((part, i) => {
      if (i % 2 === 0) return run(part, 500);
      const name = names[Number(part.replace(/\D/g, ''))] ?? '';
      return part.startsWith('*') ? run(name, 200, { bold: true }) : run(name, 200);
    }),
  );
}

/**
 * An ingest failure code (ErrorCode, the pipeline's own, or the listener's `image`) => the Swedish reason shown in
 * the file's thread.
 */
export function ingestReasonSv(code: string | undefined): string {
  switch (code) {
    case 'unsupported_format':
      return S.fileUnsupported;
    case 'image':
    case 'no_text':
      return S.fileImage;
    case 'file_too_large':
      return S.fileTooLarge;
    case 'not_a_remissvar':
      return S.fileNotRemissvar;
    case 'answer_kept':
      return S.fileAnswerKept;
    case 'download_failed':
      return S.fileDownloadFailed;
    case 'empty_file':
    case 'corrupt_file':
    case 'encrypted_file':
      return S.fileUnreadable;
    case 'timeout':
      return S.fileTimeout;
    case 'database_unavailable':
    case 'database_locked':
      return S.fileDatabaseDown;
    case 'reader_crashed':
      return S.fileReaderCrashed;
    default:
      return S.fileUnexpected;
  }
}
