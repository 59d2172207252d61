import { ACTION, encodeValue } from '../../../../src/core/render/blocks-actions.js';
import { SLACK_SV } from '../../../../src/core/render/strings-sv.js';
import { postInChannelCallback } from '../../../../src/slack/listeners/actions/post-in-channel.js';
import { type ButtonArgumentOptions, buttonArguments, fakeDeps } from '../../../helpers/fake-slack-args.js';
import { buttons, visibleText } from '../../../helpers/fake-slack-blocks.js';

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
