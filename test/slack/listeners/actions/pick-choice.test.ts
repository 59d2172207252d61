import { encodeValue } from '../../../../src/core/render/blocks-actions.js';
import { pickChoiceCallback } from '../../../../src/slack/listeners/actions/pick-choice.js';
import { type ButtonArgumentOptions, buttonArguments, fakeDeps } from '../../../helpers/fake-slack-args.js';
import { visibleText } from '../../../helpers/fake-slack-blocks.js';

type Overrides = Partial<ButtonArgumentOptions>;

/** A click on the first pick in a private pick list. */
const buildArguments = (overrides: Overrides = {}) =>
  buttonArguments({ actionId: 'remiss_pick_1', value: encodeValue({ q: '7.2.2 SOU 2024:72' }), ...overrides });

describe('The pick-list listener', () => {
  test('searches the picked query and replaces the list with the answer', async () => {
    const deps = fakeDeps();
    const { args, respond } = buildArguments();
    await pickChoiceCallback(deps)(args);
    expect(deps.ask).toHaveBeenCalledWith('7.2.2 SOU 2024:72', 0);
    expect(respond.mock.calls[0][0].replace_original).toBe(true);
    expect(visibleText(respond.mock.calls[0][0].blocks)).toContain('Åstorps kommun');
  });

  test('a pick in a bot thread answers in the thread', async () => {
    const { args, client } = buildArguments({
      value: encodeValue({ q: '7.2.2 SOU 2024:72', t: '1700000000.000100' }),
      ephemeral: false,
    });
    await pickChoiceCallback(fakeDeps())(args);
    expect(client.chat.postMessage.mock.calls[0][0].thread_ts).toBe('1700000000.000100');
  });

  test('when ack throws, the error is logged and nothing is searched', async () => {
    const deps = fakeDeps();
    const { args, logger } = buildArguments({ ack: jest.fn().mockRejectedValue(new Error('ack failed')) });
    await expect(pickChoiceCallback(deps)(args)).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalled();
    expect(deps.ask).not.toHaveBeenCalled();
  });
});
