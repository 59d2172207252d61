/**
 * Small Block Kit messages: help, status, errors, a shared quote and the reply to a shared file. Pure.
 */
import type { KnownBlock } from '@slack/types';
import type { Answer, Match, Tally } from '../search/types.js';
import type { DocumentKind, RemissRef } from '../types.js';
import { emoji, line, quote, richText, run, userOrText } from './blocks-rich-text.js';
import { formatTally, proposalLabel, type SlackMessage, sourceLabel } from './blocks-search.js';
import { LIMITS, plainText, safeMrkdwn } from './blocks-text.js';
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
 * title and the file name are shown as written (see blocks-rich-text.ts); only who shared it is a mention.
 */
export function renderSharedQuote(
  match: Pick<Match, 'remiss' | 'proposal' | 'title'>,
  answer: Answer,
  sharedBy?: string,
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
  const source = line(
    run(`${match.remiss} · ${sourceLabel(answer)}`, 300),
    ...(sharedBy ? [run(` · ${before}`, 40), userOrText(sharedBy), run(after, 40)] : []),
  );
  // Head (≤ 550) and source line (≤ 420) leave 2,000 of the 3,000 a rich text block holds (RICH_TEXT_MAX).
  const blocks: KnownBlock[] = [richText(head, quote(answer.quote || '…', 2000), source)];
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
}

export function renderIngestReply(view: IngestReplyView): SlackMessage {
  const file = safeMrkdwn(view.file, 200);
  if (view.status === 'failed') return renderNoticeRaw(S.fileFailed(file, safeMrkdwn(view.reason ?? '', 500)));
  if (view.kind === 'report') {
    return renderNoticeRaw(S.fileIsReport(file, view.remiss === null ? null : safeMrkdwn(view.remiss, 200)));
  }
  const earlier = (view.replaces ?? []).map((name) => safeMrkdwn(name, 200));
  const head =
    view.status === 'unchanged'
      ? S.fileUnchanged(file)
      : view.status === 'replaced'
        ? earlier.length > 0
          ? S.fileReplacedEarlier(file, earlier)
          : S.fileReplaced(file)
        : S.fileRead(file);
  const who = safeMrkdwn(S.fileRespondent(view.respondent ?? S.unknownRespondent, view.remiss ?? S.unknownRemiss), 500);
  const total = view.tally ? Object.values(view.tally).reduce((a, b) => a + b, 0) : 0;
  const counts = view.tally && total > 0 ? formatTally(view.tally) : S.fileNoStances;
  return renderNoticeRaw(`${head}\n${who}\n${counts}`);
}

/** Like renderNotice for text that is already escaped where needed (it holds our own *bold*). */
function renderNoticeRaw(text: string): SlackMessage {
  const cut = text.slice(0, LIMITS.sectionText);
  return { text: plainText(cut.replace(/\*/g, ''), LIMITS.fallbackText), blocks: [section(cut)] };
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
    case 'timeout':
      return S.fileUnreadable;
    case 'database_unavailable':
    case 'database_locked':
      return S.fileDatabaseDown;
    case 'reader_crashed':
      return S.fileReaderCrashed;
    default:
      return S.fileUnexpected;
  }
}
