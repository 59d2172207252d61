import { SLACK_SV } from '../../../../src/core/render/strings-sv.js';
import { appHomeOpenedCallback } from '../../../../src/slack/listeners/events/app-home-opened.js';
import { fakeClient, fakeDeps, fakeLogger } from '../../../helpers/fake-slack-args.js';
import { visibleText } from '../../../helpers/fake-slack-blocks.js';

function tally(counts: Partial<Record<'for' | 'partly' | 'against' | 'neutral', number>>) {
  return { for: 0, partly: 0, against: 0, neutral: 0, ...counts };
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
    (deps.store.proposalTallies as jest.Mock).mockResolvedValue([
      { remiss: 'SOU 2024:72', proposal: '4.1', title: 'Förslag 4.1', tally: tally({ for: 2 }) },
      { remiss: 'SOU 2024:72', proposal: '7.2.2', title: 'Förslag 7.2.2', tally: tally({ for: 1, against: 1 }) },
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

  test('when the database is unavailable, the tab shows the same apology as a search, in one section', async () => {
    const deps = fakeDeps();
    (deps.store.proposalTallies as jest.Mock).mockRejectedValue(
      new Error('database "remiss" is not accepting connections'),
    );
    (deps.store.listRemisser as jest.Mock).mockRejectedValue(
      new Error('database "remiss" is not accepting connections'),
    );
    const { args, client, logger } = buildArguments();
    await appHomeOpenedCallback(deps)(args);
    expect(client.views.publish).toHaveBeenCalledTimes(1);
    const published = client.views.publish.mock.calls[0][0];
    expect(published.user_id).toBe('U1');
    expect(published.view.type).toBe('home');
    expect(published.view.blocks).toHaveLength(1);
    expect(visibleText(published.view.blocks)).toBe(SLACK_SV.searchFailed);
    expect(logger.error.mock.calls.flat().join(' ')).toContain('home');
  });

  test('when publishing fails, the error is logged and the listener does not throw', async () => {
    const client = fakeClient();
    client.views.publish.mockRejectedValue(new Error('invalid_blocks'));
    const { args, logger } = buildArguments({ client });
    await expect(appHomeOpenedCallback(fakeDeps())(args)).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalled();
  });
});
