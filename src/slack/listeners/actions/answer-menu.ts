import type { AllMiddlewareArgs, BlockAction, OverflowAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeMenuValue, renderCorrectionModal } from '../../../core/render/blocks-correction.js';
import { renderNotice } from '../../../core/render/blocks-messages.js';
import { renderWhy } from '../../../core/render/blocks-why.js';
import { reasonSv } from '../../../core/render/reason-sv.js';
import { REVIEW_SV as R } from '../../../core/render/review-strings-sv.js';
import { SLACK_SV as S } from '../../../core/render/strings-sv.js';
import { labelOfKey, loadCorrectionTarget } from '../../correction-target.js';
import type { SlackDeps } from '../../deps.js';
import { isMembersOnly, mayCorrect } from '../../may-correct.js';
import { describeError } from '../../request-log.js';
import { clickerOf } from './action-context.js';
import { tellClicker } from './deliver.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<OverflowAction>>;

/**
 * The "…" menu on an answer line. "Rätta" opens the correction modal (views.open with the click's trigger_id)
 * for users allowed to correct; "Varför denna tolkning?" tells the clicker the parser's confidence and reason, in
 * Swedish, after the correction (who, when, the comment) when an analyst corrected the answer. Any failure (the
 * database down) gets the same private apology as a failed search.
 */
export function answerMenuCallback(deps: SlackDeps) {
  return async (args: Args) => {
    const { ack, action, body, client, logger } = args;
    const clicker = clickerOf(args, action);
    const say = (text: string) => tellClicker(clicker, renderNotice(text));
    let acked = false;
    try {
      await ack();
      acked = true;
      const value = decodeMenuValue(action.selected_option?.value);
      if (!value) return void (await say(S.actionFailed));
      const target = await loadCorrectionTarget(deps.store, value.d, value.s);
      if (!target) return void (await say(R.stanceGone));
      if (value.k === 'why') {
        const { confidence, reason, stance } = target.stored;
        const c = target.current;
        const correction = c ? { by: c.userId, at: c.createdAt, comment: c.comment, stance: c.newStance } : undefined;
        const why = { confidence, reason: reasonSv(reason), parsedStance: stance, correction, timeZone: deps.timeZone };
        return void (await tellClicker(clicker, renderWhy(why)));
      }
      const membersOnly = isMembersOnly(body.channel);
      const shownIn = { channel: clicker.channel, membersOnly };
      const permission = await mayCorrect(deps, client, logger, clicker.user, shownIn);
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
          ...(clicker.channel ? { c: clicker.channel } : {}),
          ...(membersOnly ? { p: true as const } : {}),
        },
        timeZone: deps.timeZone,
      });
      await client.views.open({ trigger_id: body.trigger_id, view });
    } catch (error) {
      logger.error(`answer menu failed action=${action.action_id}: ${describeError(error)}`);
      if (acked) await say(S.searchFailed);
    }
  };
}
