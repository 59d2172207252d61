import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { CORRECTION, decodeMetadata, readCorrectionForm } from '../../../core/render/blocks-correction.js';
import { CURRENT_PROPOSAL } from '../../../core/render/blocks-correction-proposal.js';
import { REVIEW_SV as R } from '../../../core/render/review-strings-sv.js';
import { SLACK_SV as S } from '../../../core/render/strings-sv.js';
import { ErrorCode, isRemissError } from '../../../errors.js';
import { isChoosableProposal, labelOfKey, loadCorrectionTarget } from '../../correction-target.js';
import type { SlackDeps } from '../../deps.js';
import { mayCorrect } from '../../may-correct.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/**
 * The "Rätta" modal submitted: checks who may correct, stores the correction (append-only; the view id is the
 * idempotency key, so a double submit is stored once), closes the modal and confirms privately. Problems that
 * the user can act on (document replaced, not allowed) keep the modal open with the message on the quote field; a
 * proposal outside the remiss's catalog (the select's value comes from the client) with it on the proposal field.
 */
export function correctionSubmitCallback(deps: SlackDeps) {
  return async ({ ack, body, view, client, logger }: Args) => {
    const refuse = (message: string, field: string = CORRECTION.quote) =>
      ack({ response_action: 'errors', errors: { [field]: message.slice(0, 150) } });
    try {
      const meta = decodeMetadata(view.private_metadata);
      const form = readCorrectionForm(view.state.values as Parameters<typeof readCorrectionForm>[0]);
      if (!meta || !form) return void (await refuse(S.actionFailed));
      const user = body.user.id;
      const permission = await mayCorrect(deps, client, logger, user, meta.c);
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
      await ack();
      logger.info(
        `correction ${outcome.status} id=${outcome.correction.id} user=${user} stale=${outcome.stale} remiss=${JSON.stringify(target.stored.remiss)}`,
      );
      if (outcome.status === 'duplicate') return;
      const saved = R.saved(target.stored.respondent, labelOfKey(proposal, target), R.stances[form.stance]);
      const text = outcome.stale ? `${saved} ${R.concurrent}` : saved;
      if (meta.c) await client.chat.postEphemeral({ channel: meta.c, user, text });
      else await client.chat.postMessage({ channel: user, text });
    } catch (error) {
      logger.error(error);
      await refuse(S.actionFailed).catch(() => undefined);
    }
  };
}
