import type { AllMiddlewareArgs, Logger, RespondFn, SlashCommand } from '@slack/bolt';
import { type ExportRequest, resolveRemiss } from '../../../core/export/export-request.js';
import { renderNotice } from '../../../core/render/blocks-messages.js';
import { type ExportFormat, exportFileName } from '../../../core/render/export-file.js';
import { EXPORT_SV } from '../../../core/render/export-strings-sv.js';
import type { RemissRef } from '../../../core/types.js';
import { readExportModel } from '../../../export/read-export-model.js';
import { renderExportFile } from '../../../export/render-export-file.js';
import type { SlackDeps } from '../../deps.js';
import { describeError, logRequest } from '../../request-log.js';
import { slackErrorCode } from '../../slack-failure.js';

const S = EXPORT_SV.slack;

export interface ExportCommandArgs {
  client: AllMiddlewareArgs['client'];
  command: Pick<SlashCommand, 'channel_id' | 'user_id'>;
  respond: RespondFn;
  logger: Logger;
}

/** Slack error codes that mean the bot may not post files in this conversation (it is not a member). */
const NOT_ALLOWED_HERE = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);

/**
 * `/remiss export SOU 2024:72 docx` (also xlsx, md, csv), after the router has acked: builds the
 * remissammanställning and uploads it to the channel the command came from (files upload v2:
 * getUploadURLExternal → bytes to the upload URL → completeUploadExternal). Everything else the user sees is
 * private (response_url): which remiss, nothing to export, upload failed. Never throws.
 */
export async function exportToChannel(deps: SlackDeps, args: ExportCommandArgs, request: ExportRequest): Promise<void> {
  const { client, command, respond, logger } = args;
  const started = deps.now().getTime();
  const say = (text: string) => respond({ response_type: 'ephemeral', ...renderNotice(text) });
  const log = (stances: number, outcome: 'ok' | 'error') =>
    logRequest(logger, {
      surface: 'command',
      query: `export ${request.remiss} ${request.format}`.replace(/\s+/g, ' '),
      latencyMs: deps.now().getTime() - started,
      hits: stances,
      outcome,
    });
  let stage: 'build' | 'upload' = 'build';
  try {
    if (request.unsupportedFormat) {
      await say(S.unsupportedFormat(request.unsupportedFormat));
      return log(0, 'ok');
    }
    const remisser = await deps.store.listRemisser();
    const remiss = resolveRemiss(request.remiss, remisser);
    if (!remiss) {
      const known = remisser.map((r) => r.id);
      if (remisser.length === 0) await say(S.nothingToExport(null));
      else await say(request.remiss === '' ? S.whichRemiss(known) : S.unknownRemiss(request.remiss, known));
      return log(0, 'ok');
    }
    // The read, the model and the file in one turn of the queue: a second export waiting there holds nothing yet.
    const file = await deps.oneExportAtATime(() => buildFile(deps, remiss.id, remisser, request.format, say));
    if (!file) {
      await say(S.nothingToExport(remiss.id));
      return log(0, 'ok');
    }
    stage = 'upload';
    await client.files.uploadV2({
      channel_id: command.channel_id,
      file: Buffer.from(file.bytes),
      filename: exportFileName(remiss.id, request.format),
      title: EXPORT_SV.title(remiss.id, remiss.title),
      initial_comment: S.uploaded(remiss.id, file.responses, file.stances),
    });
    log(file.stances, 'ok');
  } catch (error) {
    logger.error(`export ${stage} failed format=${request.format}: ${describeError(error)}`);
    log(0, 'error');
    const text =
      stage === 'build' ? S.failed : NOT_ALLOWED_HERE.has(slackErrorCode(error)) ? S.notInChannel : S.uploadFailed;
    await say(text).catch((sayError: unknown) => logger.error(`export answer failed: ${describeError(sayError)}`));
  }
}

/**
 * The file of one remiss's export, and what it counts; null when the remiss has no answers. Tells the user it is
 * being made once there is something to make. The model is gone when this returns: only the bytes are uploaded.
 */
async function buildFile(
  deps: SlackDeps,
  remiss: string,
  remisser: readonly RemissRef[],
  format: ExportFormat,
  say: (text: string) => Promise<unknown>,
): Promise<{ bytes: Uint8Array; stances: number; responses: number } | null> {
  const model = await readExportModel(deps.store, remiss, remisser);
  const stances = model.reduce((n, r) => n + r.stances, 0);
  if (stances === 0) return null;
  await say(S.working(remiss, format));
  const now = deps.now();
  const date = now.toLocaleDateString('sv-SE', { timeZone: deps.timeZone });
  const bytes = await renderExportFile(model, format, date, now);
  return { bytes, stances, responses: model.reduce((n, r) => n + r.responses, 0) };
}

/** The Web API's error code ("not_in_channel") when the call reached Slack and was refused; '' otherwise. */
