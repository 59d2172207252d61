import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import {
  CORRECTION,
  decodeMetadata,
  readCorrectionForm,
  renderCorrectionSaved,
} from '../../../core/render/blocks-correction.js';
import { CURRENT_PROPOSAL } from '../../../core/render/blocks-correction-proposal.js';
import { renderNotice } from '../../../core/render/blocks-messages.js';
import type { SlackMessage } from '../../../core/render/blocks-search.js';
import { REVIEW_SV as R } from '../../../core/render/review-strings-sv.js';
import { SLACK_SV as S } from '../../../core/render/strings-sv.js';
import { ErrorCode, isRemissError } from '../../../errors.js';
import { isChoosableProposal, labelOfKey, loadCorrectionTarget } from '../../correction-target.js';
import type { SlackDeps } from '../../deps.js';
import { mayCorrect } from '../../may-correct.js';
import { describeError } from '../../request-log.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;
type AckResponse = Parameters<Args['ack']>[0];

/**
 * Slack shows an error in the modal when a submission is not acked within 3 s: the confirmation gets this long,
 * after the correction is stored, before the modal shows it instead.
 */
const CONFIRM_WITHIN_MS = 1500;

/**
 * The "Rätta" modal submitted: checks who may correct, stores the correction (append-only; the view id is the
 * idempotency key, so a double submit is stored once), confirms privately where the answer was shown and closes the
 * modal. When that confirmation cannot be posted (the bot is not in the channel) or is slow, the modal itself
 * shows that the correction was saved, so the analyst never wonders and corrects twice. Problems that the user can
 * act on (document replaced, not allowed) keep the modal open with the message on the quote field; a proposal
 * outside the remiss's catalog (the select's value comes from the client) with it on the proposal field.
 */
export function correctionSubmitCallback(deps: SlackDeps) {
  return async ({ ack, body, view, client, logger }: Args) => {
    let acked = false;
    const answer = (response?: AckResponse) => {
      acked = true;
      return response === undefined ? ack() : ack(response);
    };
    const refuse = (message: string, field: string = CORRECTION.quote) =>
      answer({ response_action: 'errors', errors: { [field]: message.slice(0, 150) } });
    try {
      const meta = decodeMetadata(view.private_metadata);
      const form = readCorrectionForm(view.state.values as Parameters<typeof readCorrectionForm>[0]);
      if (!meta || !form) return void (await refuse(S.actionFailed));
      const user = body.user.id;
      const shownIn = { channel: meta.c, membersOnly: meta.p === true };
      const permission = await mayCorrect(deps, client, logger, user, shownIn);
      if (!permission.ok) return void (await refuse(permission.message));
      const target = await loadCorrectionTarget(deps.store, meta.d, meta.s);
      if (!target || target.contentHash !== meta.h) return void (await refuse(R.documentGone));
      const proposal = form.proposal === CURRENT_PROPOSAL ? target.shown.proposal : form.proposal;
      if (!isChoosableProposal(proposal, target)) {
        return void (await refuse(R.proposalUnknown, CORRECTION.proposal));
      }
      const newQuote = form.stance === 'none' ? null : (target.quotes[form.quoteIndex] ?? target.shown.quote);
      let outcome: Awaited<ReturnType<typeof deps.store.addCorrection>>;
      try {
        outcome = await deps.store.addCorrection({
          userId: user,
          respondent: target.stored.respondent,
          remiss: target.stored.remiss,
          proposal: target.key,
          oldProposal: target.shown.proposal,
          newProposal: proposal,
          oldStance: target.shown.stance,
          newStance: form.stance,
          oldQuote: target.shown.stance === 'none' ? null : target.shown.quote,
          newQuote,
          comment: form.comment,
          documentId: meta.d,
          contentHash: meta.h,
          expectedCurrent: meta.e,
          requestKey: view.id,
        });
      } catch (error) {
        if (isRemissError(error, ErrorCode.CorrectionDocumentGone)) return void (await refuse(R.documentGone));
        throw error;
      }
      logger.info(
        `correction ${outcome.status} id=${outcome.correction.id} user=${user} stale=${outcome.stale} remiss=${JSON.stringify(target.stored.remiss)}`,
      );
      if (outcome.status === 'duplicate') return void (await answer());
      const saved = R.saved(target.stored.respondent, labelOfKey(proposal, target), R.stances[form.stance]);
      const text = outcome.stale ? `${saved} ${R.concurrent}` : saved;
      const notPosted = await confirm(client, meta.c ?? user, user, renderNotice(text));
      if (notPosted === null) return void (await answer());
      logger.warn(
        `correction id=${outcome.correction.id} confirmation not posted channel=${meta.c ?? user}: ${notPosted}; shown in the modal`,
      );
      await answer({ response_action: 'update', view: renderCorrectionSaved(text) });
    } catch (error) {
      logger.error(`correction submission failed: ${describeError(error)}`);
      if (!acked) await refuse(S.actionFailed).catch(() => undefined);
    }
  };
}

/**
 * Posts the confirmation privately where the answer was shown (a user id as the channel: the app's DM). Null when
 * it was posted within CONFIRM_WITHIN_MS; otherwise why not, for the log.
 */
async function confirm(
  client: WebClient,
  channel: string,
  user: string,
  message: SlackMessage,
): Promise<string | null> {
  const post =
    channel === user
      ? client.chat.postMessage({ channel, ...message })
      : client.chat.postEphemeral({ channel, user, ...message });
  const posted = post.then(
    () => null,
    (error: unknown) => describeError(error),
  );
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${CONFIRM_WITHIN_MS} ms`), CONFIRM_WITHIN_MS);
  });
  try {
    return await Promise.race([posted, late]);
  } finally {
    clearTimeout(timer);
  }
}
