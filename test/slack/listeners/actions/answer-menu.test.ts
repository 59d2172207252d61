import { encodeMenuValue } from '../../../../src/core/render/blocks-correction.js';
import { REVIEW_SV } from '../../../../src/core/render/review-strings-sv.js';
import { SLACK_SV } from '../../../../src/core/render/strings-sv.js';
import { answerMenuCallback } from '../../../../src/slack/listeners/actions/answer-menu.js';
import { fakeClient, fakeDeps, fakeLogger } from '../../../helpers/fake-slack-args.js';
import { visibleText } from '../../../helpers/fake-slack-blocks.js';

function buildArguments({
  value = encodeMenuValue({ k: 'fix', s: 1, d: 1 }),
  ack = jest.fn().mockResolvedValue(undefined),
  respond = jest.fn().mockResolvedValue(undefined),
} = {}) {
  const logger = fakeLogger();
  const client = { ...fakeClient(), views: { open: jest.fn().mockResolvedValue({ ok: true }) } };
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object.
  const args: any = {
    ack,
    respond,
    client,
    logger,
    action: { type: 'overflow', action_id: 'remiss_answer_menu_0', selected_option: { value } },
    body: { type: 'block_actions', user: { id: 'U1' }, channel: { id: 'C1' }, trigger_id: '1.2.3' },
  };
  return { args, ack, respond, client, logger };
}

/** A store whose document 1 is gone (replaced). */
const deps = () => {
  const d = fakeDeps();
  Object.assign(d.store, { documentStances: jest.fn().mockResolvedValue(null) });
  return d;
};

describe('The "…" menu listener', () => {
  test('a forged option value is answered with a Swedish error and opens nothing', async () => {
    const { args, respond, client } = buildArguments({ value: '{"k":"drop"}' });
    await answerMenuCallback(deps())(args);
    expect(visibleText(respond.mock.calls[0][0].blocks)).toContain(SLACK_SV.actionFailed);
    expect(client.views.open).not.toHaveBeenCalled();
  });

  test('a stance whose document was replaced is answered with "sök igen"', async () => {
    const { args, respond } = buildArguments();
    await answerMenuCallback(deps())(args);
    expect(visibleText(respond.mock.calls[0][0].blocks)).toContain(REVIEW_SV.stanceGone);
  });

  test('when ack throws, the error is logged and nothing else happens', async () => {
    const { args, logger, respond } = buildArguments({ ack: jest.fn().mockRejectedValue(new Error('ack failed')) });
    await expect(answerMenuCallback(deps())(args)).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalled();
    expect(respond).not.toHaveBeenCalled();
  });
});
