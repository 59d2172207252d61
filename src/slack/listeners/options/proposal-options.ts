import type { AllMiddlewareArgs, SlackOptionsMiddlewareArgs } from '@slack/bolt';
import { CORRECTION, decodeMetadata } from '../../../core/render/blocks-correction.js';
import { proposalSuggestions } from '../../../core/render/blocks-correction-proposal.js';
import { labelOfKey, loadCorrectionTarget } from '../../correction-target.js';
import type { SlackDeps } from '../../deps.js';

type Args = AllMiddlewareArgs & SlackOptionsMiddlewareArgs<'block_suggestion'>;

/**
 * Type-ahead for the "Rätta" modal's proposal field (an external select, used when the remiss's catalog has more
 * proposals than one select holds): what the analyst typed → at most 100 matching proposals of that remiss.
 *
 * Which remiss comes from the modal's own private_metadata (document and stance ids), looked up in the store as
 * the modal did when it opened; nothing typed is trusted beyond being search text, and a payload that is not our
 * modal's gets no options. Who may correct is not checked here: a keystroke should not cost a members lookup, the
 * options are catalog entries anyone can search for, and the submission is checked (user and proposal) anyway.
 */
export function proposalOptionsCallback(deps: SlackDeps) {
  return async ({ ack, body, logger }: Args) => {
    try {
      const view = body.view;
      const meta = view?.callback_id === CORRECTION.view ? decodeMetadata(view.private_metadata) : null;
      const target = meta ? await loadCorrectionTarget(deps.store, meta.d, meta.s) : null;
      if (!target) return void (await ack({ options: [] }));
      const field = {
        proposal: target.shown.proposal,
        proposalLabel: labelOfKey(target.shown.proposal, target),
        catalog: target.catalog,
      };
      await ack({ options: proposalSuggestions(field, body.value ?? '') });
    } catch (error) {
      logger.error(error);
      // An unanswered options request leaves the analyst with a spinner; an empty list at least ends it.
      await ack({ options: [] }).catch(() => undefined);
    }
  };
}
