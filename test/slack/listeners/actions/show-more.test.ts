import { ACTION, encodeValue } from '../../../../src/core/render/blocks-actions.js';
import { INTERACTION_SV } from '../../../../src/core/render/interaction-strings-sv.js';
import { SLACK_SV } from '../../../../src/core/render/strings-sv.js';
import { showMoreCallback } from '../../../../src/slack/listeners/actions/show-more.js';
import {
  type ButtonArgumentOptions,
  buttonArguments,
  expiredResponseUrl,
  fakeDeps,
  slackApiError,
} from '../../../helpers/fake-slack-args.js';
import { visibleText } from '../../../helpers/fake-slack-blocks.js';
import { manyAnswers, proposalResult } from '../../../helpers/fake-slack-results.js';

type Overrides = Partial<ButtonArgumentOptions>;

/** A click on "Visa fler" under the first 15 answers of a private answer. */
const buildArguments = (overrides: Overrides = {}) =>
  buttonArguments({ actionId: ACTION.showMore, value: encodeValue({ q: '7.2.2', o: 15 }), ...overrides });

const deps = () => fakeDeps({ ask: jest.fn().mockResolvedValue(proposalResult(manyAnswers(40))) });

describe('The "Visa fler" listener', () => {
  test('answers the next page privately, starting at the offset', async () => {
    const { args, respond } = buildArguments();
    await showMoreCallback(deps())(args);
    const message = respond.mock.calls[0][0];
    expect(message).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(visibleText(message.blocks)).toContain(SLACK_SV.showing(16, 30, 40));
  });

  test('in a bot thread, continues in the thread', async () => {
    const { args, client, respond } = buildArguments({
      value: encodeValue({ q: '7.2.2', o: 15, t: '1700000000.000100' }),
      ephemeral: false,
    });
    await showMoreCallback(deps())(args);
    expect(client.chat.postMessage.mock.calls[0][0]).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
    expect(respond).not.toHaveBeenCalled();
  });

  test('when the response_url has expired, the clicker is told privately to search again', async () => {
    const respond = jest.fn().mockRejectedValue(expiredResponseUrl());
    const { args, client, logger } = buildArguments({ respond });
    await showMoreCallback(deps())(args);
    expect(client.chat.postEphemeral).toHaveBeenCalledWith(
      expect.objectContaining({ channel: 'C1', user: 'U1', text: INTERACTION_SV.answerTooOld('7.2.2') }),
    );
    expect(logger.warn.mock.calls.flat().join(' ')).toContain(`action=${ACTION.showMore}`);
  });

  test('in a bot thread the bot was removed from, the clicker is told privately to invite it', async () => {
    const { args, client, respond } = buildArguments({
      value: encodeValue({ q: '7.2.2', o: 15, t: '1700000000.000100' }),
      ephemeral: false,
    });
    client.chat.postMessage.mockRejectedValue(slackApiError('channel_not_found'));
    await showMoreCallback(deps())(args);
    expect(respond.mock.calls[0][0].response_type).toBe('ephemeral');
    expect(visibleText(respond.mock.calls[0][0].blocks)).toBe(INTERACTION_SV.notInChannel);
  });

  test('when neither the response_url, chat.postEphemeral nor a modal reaches the clicker, the failure is logged with the action', async () => {
    const respond = jest.fn().mockRejectedValue(expiredResponseUrl());
    const { args, client, logger } = buildArguments({ respond });
    client.chat.postEphemeral.mockRejectedValue(slackApiError('not_in_channel'));
    client.views.open.mockRejectedValue(slackApiError('expired_trigger_id'));
    await expect(showMoreCallback(deps())(args)).resolves.toBeUndefined();
    const logged = logger.error.mock.calls.flat().join(' ');
    expect(logged).toContain(`action=${ACTION.showMore}`);
    expect(logged).toContain('not_in_channel');
  });

  test('a forged value gets a Swedish error, not a crash', async () => {
    const { args, respond } = buildArguments({ value: '{not json' });
    await showMoreCallback(deps())(args);
    expect(visibleText(respond.mock.calls[0][0].blocks)).toBe(SLACK_SV.actionFailed);
  });

  test('when ack throws, the error is logged and nothing is answered', async () => {
    const { args, respond, logger } = buildArguments({ ack: jest.fn().mockRejectedValue(new Error('ack failed')) });
    await expect(showMoreCallback(deps())(args)).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalled();
    expect(respond).not.toHaveBeenCalled();
  });
});
