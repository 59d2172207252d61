import { ACTION, encodeValue } from '../../../../src/core/render/blocks-actions.js';
import { INTERACTION_SV } from '../../../../src/core/render/interaction-strings-sv.js';
import { SLACK_SV } from '../../../../src/core/render/strings-sv.js';
import { postInChannelCallback } from '../../../../src/slack/listeners/actions/post-in-channel.js';
import {
  type ButtonArgumentOptions,
  buttonArguments,
  expiredResponseUrl,
  fakeDeps,
} from '../../../helpers/fake-slack-args.js';
import { buttons, visibleText } from '../../../helpers/fake-slack-blocks.js';
import { emptyResult } from '../../../helpers/fake-slack-results.js';

type Overrides = Partial<ButtonArgumentOptions>;

/** A click on "Posta i kanalen" under a private answer. */
const buildArguments = (overrides: Overrides = {}) =>
  buttonArguments({ actionId: ACTION.postInChannel, value: encodeValue({ q: '7.2.2', o: 0 }), ...overrides });

describe('The "Posta i kanalen" listener', () => {
  test('posts the answer for everyone, without share or post buttons', async () => {
    const { args, respond } = buildArguments();
    await postInChannelCallback(fakeDeps())(args);
    const message = respond.mock.calls[0][0];
    expect(message).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(visibleText(message.blocks)).toContain('Åstorps kommun');
    expect(buttons(message.blocks)).toEqual([]);
  });

  test('a search that fails is told privately to the clicker, never posted in the channel', async () => {
    const deps = fakeDeps({
      ask: jest.fn().mockRejectedValue(new Error('database "remiss" is not accepting connections')),
    });
    const { args, respond } = buildArguments();
    await postInChannelCallback(deps)(args);
    expect(respond).toHaveBeenCalledTimes(1);
    const message = respond.mock.calls[0][0];
    expect(message.response_type).toBe('ephemeral');
    expect(visibleText(message.blocks)).toContain(SLACK_SV.searchFailed);
    expect(visibleText(message.blocks)).toContain(INTERACTION_SV.notPosted);
  });

  test('a query that finds nothing any more is told privately, not posted', async () => {
    const deps = fakeDeps({ ask: jest.fn().mockResolvedValue(emptyResult('7.2.2')) });
    const { args, respond } = buildArguments();
    await postInChannelCallback(deps)(args);
    const message = respond.mock.calls[0][0];
    expect(message.response_type).toBe('ephemeral');
    expect(visibleText(message.blocks)).toContain(SLACK_SV.nothingFound('7.2.2'));
  });

  test('when the response_url has expired, the clicker is told privately to search again', async () => {
    const respond = jest.fn().mockRejectedValue(expiredResponseUrl());
    const { args, client, logger } = buildArguments({ respond });
    await postInChannelCallback(fakeDeps())(args);
    expect(client.chat.postEphemeral).toHaveBeenCalledTimes(1);
    const notice = client.chat.postEphemeral.mock.calls[0][0];
    expect(notice).toMatchObject({ channel: 'C1', user: 'U1' });
    expect(notice.text).toBe(INTERACTION_SV.answerTooOld('7.2.2'));
    expect(logger.warn.mock.calls.flat().join(' ')).toContain(`action=${ACTION.postInChannel}`);
  });

  test('a forged value gets a Swedish error', async () => {
    const { args, respond } = buildArguments({ value: '"x"' });
    await postInChannelCallback(fakeDeps())(args);
    expect(visibleText(respond.mock.calls[0][0].blocks)).toBe(SLACK_SV.actionFailed);
  });

  test('when ack throws, the error is logged and nothing is posted', async () => {
    const { args, respond, logger } = buildArguments({ ack: jest.fn().mockRejectedValue(new Error('ack failed')) });
    await expect(postInChannelCallback(fakeDeps())(args)).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalled();
    expect(respond).not.toHaveBeenCalled();
  });
});
