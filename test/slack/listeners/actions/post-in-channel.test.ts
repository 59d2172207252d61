import { ACTION, encodeValue } from '../../../../src/core/render/blocks-actions.js';
import { SLACK_SV } from '../../../../src/core/render/strings-sv.js';
import { postInChannelCallback } from '../../../../src/slack/listeners/actions/post-in-channel.js';
import { fakeClient, fakeDeps, fakeLogger } from '../../../helpers/fake-slack-args.js';
import { buttons, visibleText } from '../../../helpers/fake-slack-blocks.js';

function buildArguments({
  value = encodeValue({ q: '7.2.2', o: 0 }),
  ack = jest.fn().mockResolvedValue(undefined),
  respond = jest.fn().mockResolvedValue(undefined),
} = {}) {
  const logger = fakeLogger();
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object.
  const args: any = {
    ack,
    respond,
    client: fakeClient(),
    logger,
    action: { type: 'button', action_id: ACTION.postInChannel, value },
    body: {
      type: 'block_actions',
      user: { id: 'U1' },
      channel: { id: 'C1' },
      container: { channel_id: 'C1', is_ephemeral: true },
    },
  };
  return { args, ack, respond, logger };
}

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
