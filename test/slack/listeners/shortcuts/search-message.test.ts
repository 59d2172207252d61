import { SLACK_SV } from '../../../../src/core/render/strings-sv.js';
import { searchMessageCallback } from '../../../../src/slack/listeners/shortcuts/search-message.js';
import { fakeDeps, fakeLogger } from '../../../helpers/fake-slack-args.js';
import { visibleText } from '../../../helpers/fake-slack-blocks.js';

function buildArguments({
  text = 'Vad tycker kommunerna om magnetmodellen?',
  ack = jest.fn().mockResolvedValue(undefined),
  respond = jest.fn().mockResolvedValue(undefined),
} = {}) {
  const logger = fakeLogger();
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object.
  const args: any = {
    ack,
    respond,
    logger,
    shortcut: { type: 'message_action', callback_id: 'remiss_search_message', message: { text } },
  };
  return { args, ack, respond, logger };
}

describe('The "Sök i remissvar" message shortcut', () => {
  test('searches with the message text and answers privately', async () => {
    const deps = fakeDeps();
    const { args, respond } = buildArguments();
    await searchMessageCallback(deps)(args);
    expect(deps.ask).toHaveBeenCalledWith('Vad tycker kommunerna om magnetmodellen?', 0);
    expect(respond.mock.calls[0][0].response_type).toBe('ephemeral');
    expect(visibleText(respond.mock.calls[0][0].blocks)).toContain('Åstorps kommun');
  });

  test('a message without text (a file alone) is told so instead of getting the help', async () => {
    const deps = fakeDeps();
    const { args, respond } = buildArguments({ text: '' });
    await searchMessageCallback(deps)(args);
    expect(deps.ask).not.toHaveBeenCalled();
    expect(respond.mock.calls[0][0]).toMatchObject({ response_type: 'ephemeral', text: SLACK_SV.shortcutNoText });
  });

  test('when ack throws, the error is logged and nothing is answered', async () => {
    const { args, respond, logger } = buildArguments({ ack: jest.fn().mockRejectedValue(new Error('ack failed')) });
    await expect(searchMessageCallback(fakeDeps())(args)).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalled();
    expect(respond).not.toHaveBeenCalled();
  });
});
