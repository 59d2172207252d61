import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { INGEST_LIMITS } from '../../../core/ingest-limits.js';
import { ingestReasonSv, renderIngestReply } from '../../../core/render/blocks-messages.js';
import { isRemissError } from '../../../errors.js';
import type { SlackDeps } from '../../deps.js';
import { describeError, logRequest } from '../../request-log.js';

/** Files larger than ingest takes are refused before download. */
export const MAX_FILE_BYTES = INGEST_LIMITS.maxBytes;
/** "Här är vårt remissvar" — the word that asks the bot to read the file. */
const TRIGGER = /remissvar/i;
const SUPPORTED = /\.(pdf|docx|txt)$/i;

interface SharedFile {
  name?: string | null;
  size?: number;
  url_private?: string;
  url_private_download?: string;
}

/**
 * A message that shares a PDF/DOCX/TXT and says "remissvar": download, ingest, and reply in the file's
 * thread with what was understood, or a clear Swedish error.
 */
export function fileSharedMessageCallback(deps: SlackDeps) {
  return async ({ event, client, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>) => {
    try {
      if (event.subtype !== 'file_share' || !TRIGGER.test(event.text ?? '')) return;
      const threadTs = event.thread_ts ?? event.ts;
      for (const file of (event.files ?? []) as SharedFile[]) {
        const started = deps.now().getTime();
        const view = await ingestOne(deps, file, logger);
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

async function ingestOne(deps: SlackDeps, file: SharedFile, logger: AllMiddlewareArgs['logger']) {
  const name = file.name ?? 'fil';
  const failed = (code: string) => ({
    file: name,
    status: 'failed' as const,
    respondent: null,
    remiss: null,
    tally: null,
    reason: ingestReasonSv(code),
  });
  if (!SUPPORTED.test(name)) return failed('unsupported_format');
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
  const report = await deps.ingestFile(bytes, name);
  if (report.status === 'failed') {
    logger.warn(`file not ingested file=${JSON.stringify(name)}: ${report.error?.message ?? 'unknown'}`);
    return failed(report.error?.code ?? 'unexpected');
  }
  return {
    file: name,
    status: report.status,
    respondent: report.respondent,
    remiss: report.remiss,
    tally: report.tally,
    replaces: report.replaces,
  };
}
