import type { AllMiddlewareArgs, BlockAction, OverflowAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeMenuValue, renderCorrectionModal } from '../../../core/render/blocks-correction.js';
import { renderNotice } from '../../../core/render/blocks-messages.js';
import { REVIEW_SV as R } from '../../../core/render/review-strings-sv.js';
import { SLACK_SV as S } from '../../../core/render/strings-sv.js';
import { labelOfKey, loadCorrectionTarget } from '../../correction-target.js';
import type { SlackDeps } from '../../deps.js';
import { mayCorrect } from '../../may-correct.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<OverflowAction>>;

/**
 * The "…" menu on an answer line. "Rätta" opens the correction modal (views.open with the click's trigger_id)
 * for users allowed to correct; "Varför denna tolkning?" tells the clicker the parser's confidence and reason.
 */
export function answerMenuCallback(deps: SlackDeps) {
  return async ({ ack, action, body, client, respond, logger }: Args) => {
    try {
      await ack();
      const say = (text: string) =>
        respond({ response_type: 'ephemeral', replace_original: false, ...renderNotice(text) });
      const value = decodeMenuValue(action.selected_option?.value);
      if (!value) return void (await say(S.actionFailed));
      const target = await loadCorrectionTarget(deps.store, value.d, value.s);
      if (!target) return void (await say(R.stanceGone));
      if (value.k === 'why') {
        const { confidence, reason } = target.stored;
        return void (await say(R.why(R.confidence[confidence] ?? confidence, reason)));
      }
      const container = body.container as { channel_id?: string } | undefined;
      const channel = body.channel?.id ?? container?.channel_id;
      const permission = await mayCorrect(deps, client, logger, body.user.id, channel);
      if (!permission.ok) return void (await say(permission.message));
      const quoteIndex = Math.max(0, target.quotes.indexOf(target.shown.quote));
      const view = renderCorrectionModal({
        respondent: target.stored.respondent,
        remiss: target.stored.remiss,
        proposal: target.shown.proposal,
        proposalLabel: labelOfKey(target.shown.proposal, target),
        parsedStance: target.stored.stance,
        stance: target.shown.stance,
        quoteIndex,
        quotes: target.quotes,
        catalog: target.catalog,
        ...(target.current ? { correctedBy: { by: target.current.userId, at: target.current.createdAt } } : {}),
        metadata: {
          d: value.d,
          s: value.s,
          h: target.contentHash,
          e: target.current?.id ?? null,
          ...(channel ? { c: channel } : {}),
        },
        timeZone: deps.timeZone,
      });
      await client.views.open({ trigger_id: body.trigger_id, view });
    } catch (error) {
      logger.error(error);
    }
  };
}
