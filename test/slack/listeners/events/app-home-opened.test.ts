import { appHomeOpenedCallback } from '../../../../src/slack/listeners/events/app-home-opened.js';
import type { StoredAnswer } from '../../../../src/store/store.js';
import { fakeClient, fakeDeps, fakeLogger } from '../../../helpers/fake-slack-args.js';
import { visibleText } from '../../../helpers/fake-slack-blocks.js';
import { answer } from '../../../helpers/fake-slack-results.js';

function stored(proposal: string, stance: StoredAnswer['stance'], id: number): StoredAnswer {
  return {
    ...answer({ stance, stanceId: id }),
    remiss: 'SOU 2024:72',
    proposal,
    title: `Förslag ${proposal}`,
    addedAt: '2026-11-23T07:00:00Z',
  };
}

function buildArguments({ tab = 'home', client = fakeClient() } = {}) {
  const logger = fakeLogger();
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object.
  const args: any = { event: { type: 'app_home_opened', user: 'U1', channel: 'D1', tab }, client, logger };
  return { args, client, logger };
}

describe('The app_home_opened listener', () => {
  test('publishes the overview with the most contested proposal first', async () => {
    const deps = fakeDeps();
    (deps.store.allAnswers as jest.Mock).mockResolvedValue([
      stored('4.1', 'for', 1),
      stored('4.1', 'for', 2),
      stored('7.2.2', 'for', 3),
      stored('7.2.2', 'against', 4),
    ]);
    const { args, client } = buildArguments();
    await appHomeOpenedCallback(deps)(args);
    const view = client.views.publish.mock.calls[0][0];
    expect(view.user_id).toBe('U1');
    const text = visibleText(view.view.blocks);
    expect(text.indexOf('7.2.2 Förslag 7.2.2')).toBeLessThan(text.indexOf('4.1 Förslag 4.1'));
    expect(text).toContain('1 avstyrker · 1 tillstyrker');
  });

  test('the Messages tab is left alone', async () => {
    const { args, client } = buildArguments({ tab: 'messages' });
    await appHomeOpenedCallback(fakeDeps())(args);
    expect(client.views.publish).not.toHaveBeenCalled();
  });

  test('when publishing fails, the error is logged and the listener does not throw', async () => {
    const client = fakeClient();
    client.views.publish.mockRejectedValue(new Error('invalid_blocks'));
    const { args, logger } = buildArguments({ client });
    await expect(appHomeOpenedCallback(fakeDeps())(args)).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalled();
  });
});
