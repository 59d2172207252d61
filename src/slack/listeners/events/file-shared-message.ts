import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { INGEST_LIMITS } from '../../../core/ingest-limits.js';
import { remissNamedIn } from '../../../core/parse/remiss-hint.js';
import { type IngestReplyView, ingestReasonSv, renderIngestReply } from '../../../core/render/blocks-messages.js';
import { isRemissError } from '../../../errors.js';
import { detectFormat } from '../../../ingest/detect-format.js';
import type { FileReport } from '../../../ingest/pipeline.js';
import { hintOutcome } from '../../../ingest/report.js';
import type { SlackDeps } from '../../deps.js';
import { describeError, logRequest } from '../../request-log.js';

/** Files larger than ingest takes are refused before download. */
export const MAX_FILE_BYTES = INGEST_LIMITS.maxBytes;
/**
 * "Här är vårt remissvar", "Remissvaret från Åstorp", "remissvaren", "remissvarets", "Remissvar:", "*remissvar*":
 * the word and its inflections, standing alone. Not a compound that starts with it ("remissvarsmötet",
 * "remissvarstiden"): a screenshot from a meeting is not a remissvar.
 */
const TRIGGER = /(?<![\p{L}\p{N}])remissvar(?:et|en|ets|ens|s)?(?![\p{L}\p{N}])/iu;
const SUPPORTED = /\.(pdf|docx|txt)$/i;
/** Photos and scans saved as images, by name or by Slack's type: answered as "an image without text". */
const IMAGE_NAME = /\.(png|jpe?g|gif|tiff?|heic|heif|webp|bmp)$/i;

interface SharedFile {
  name?: string | null;
  size?: number;
  mimetype?: string;
  url_private?: string;
  url_private_download?: string;
}

/**
 * Whether a message asks the bot to read the files it shares: it says "remissvar" (as a word), or it mentions the
 * bot ("<@U0BOT> läs in den här").
 */
export function asksToReadFiles(text: string, botUserId: string | undefined): boolean {
  return TRIGGER.test(text) || mentions(text, botUserId);
}

/** "<@U0BOT>" or "<@U0BOT|remiss>". */
function mentions(text: string, userId: string | undefined): boolean {
  return userId !== undefined && (text.includes(`<@${userId}>`) || text.includes(`<@${userId}|`));
}

/**
 * A message that shares a PDF/DOCX/TXT and says "remissvar" (or mentions the bot): download, ingest, and reply in
 * the file's thread with what was understood, or a clear Swedish error. A remiss the message names ("Remissvar från
 * Region Skåne på SOU 2024:72") files a letter whose text names none; the reply says when it did.
 *
 * Files of other types are skipped without a word unless the bot is mentioned. "remissvar" is an everyday word in
 * the channels where the bot lives: a screenshot "från genomgången av remissvaren" or a spreadsheet "Sammanställning
 * av remissvaren" was never meant for it, and an error reply to each would be noise that teaches people to ignore
 * the bot. A mention is unambiguous, so then every file gets an answer, the unreadable ones with why.
 */
export function fileSharedMessageCallback(deps: SlackDeps) {
  return async ({ event, client, logger, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>) => {
    try {
      if (event.subtype !== 'file_share') return;
      const text = event.text ?? '';
      if (!asksToReadFiles(text, context.botUserId)) return;
      const mentioned = mentions(text, context.botUserId);
      const threadTs = event.thread_ts ?? event.ts;
      const remissHint = remissNamedIn(text) ?? undefined;
      for (const file of (event.files ?? []) as SharedFile[]) {
        const name = file.name ?? 'fil';
        if (!SUPPORTED.test(name) && !mentioned) {
          logger.info(`file skipped, not PDF/DOCX/TXT and the bot was not mentioned: file=${JSON.stringify(name)}`);
          continue;
        }
        const started = deps.now().getTime();
        const view = await ingestOne(deps, { file, name, remissHint }, logger);
        await client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...renderIngestReply(view) });
        const hits = view.tally ? Object.values(view.tally).reduce((a, b) => a + b, 0) : 0;
        logRequest(logger, {
          surface: 'file',
          query: view.file,
          latencyMs: deps.now().getTime() - started,
          hits,
          outcome: view.status === 'failed' ? 'error' : 'ok',
        });
      }
    } catch (error) {
      logger.error(error);
    }
  };
}

async function ingestOne(
  deps: SlackDeps,
  { file, name, remissHint }: { file: SharedFile; name: string; remissHint?: string },
  logger: AllMiddlewareArgs['logger'],
): Promise<IngestReplyView> {
  const failed = (code: string): IngestReplyView => ({
    file: name,
    status: 'failed',
    respondent: null,
    remiss: null,
    tally: null,
    reason: ingestReasonSv(code),
  });
  if (!SUPPORTED.test(name)) {
    return failed(IMAGE_NAME.test(name) || file.mimetype?.startsWith('image/') ? 'image' : 'unsupported_format');
  }
  if ((file.size ?? 0) > MAX_FILE_BYTES) return failed('file_too_large');
  const url = file.url_private_download ?? file.url_private;
  if (!url) return failed('download_failed');
  let bytes: Uint8Array;
  try {
    bytes = await deps.downloadFile(url, MAX_FILE_BYTES);
  } catch (error) {
    logger.error(`file download failed file=${JSON.stringify(name)}: ${describeError(error)}`);
    return failed(isRemissError(error) ? error.code : 'download_failed');
  }
  let report: FileReport;
  try {
    report = await deps.ingestFile(bytes, name, remissHint);
  } catch (error) {
    // Not the file's fault (the database, most often): nothing was stored, so the sender must share it again.
    logger.error(`file not stored file=${JSON.stringify(name)}: ${describeError(error)}`);
    return failed(isRemissError(error) ? error.code : 'unexpected');
  }
  if (report.status === 'failed') {
    logger.warn(`file not ingested file=${JSON.stringify(name)}: ${report.error?.message ?? 'unknown'}`);
    const code = report.error?.code ?? 'unexpected';
    // A photo or scan renamed .pdf: the reader refuses it as a format; the sender needs to hear "image".
    return failed(code === 'unsupported_format' && detectFormat(bytes) === 'image' ? 'image' : code);
  }
  return {
    file: name,
    status: report.status,
    kind: report.kind,
    respondent: report.respondent,
    remiss: report.remiss,
    tally: report.tally,
    replaces: report.replaces,
    remissHint: report.remissHint,
    hint: hintOutcome(report),
  };
}
