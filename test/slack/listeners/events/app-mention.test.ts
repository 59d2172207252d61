import { SLACK_SV } from '../../../../src/core/render/strings-sv.js';
import { appMentionCallback, queryFromMention } from '../../../../src/slack/listeners/events/app-mention.js';
import { fakeClient, fakeDeps, fakeLogger } from '../../../helpers/fake-slack-args.js';
import { visibleText } from '../../../helpers/fake-slack-blocks.js';

function buildArguments({
  text = '<@UBOT> 7.2.2',
  ts = '1700000001.000100',
  thread_ts = '1700000000.000100' as string | null,
  client = fakeClient(),
} = {}) {
  const logger = fakeLogger();
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object.
  const args: any = {
    event: { type: 'app_mention', text, ts, thread_ts: thread_ts ?? undefined, channel: 'C1', user: 'U1' },
    client,
    logger,
  };
  return { args, client, logger };
}

describe('The app_mention listener', () => {
  test('answers in the thread the mention was in', async () => {
    const { args, client } = buildArguments();
    await appMentionCallback(fakeDeps())(args);
    const call = client.chat.postMessage.mock.calls[0][0];
    expect(call).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
    expect(visibleText(call.blocks)).toContain('Åstorps kommun');
  });

  test('outside a thread, answers in a new thread under the mention', async () => {
    const { args, client } = buildArguments({ thread_ts: null });
    await appMentionCallback(fakeDeps())(args);
    expect(client.chat.postMessage.mock.calls[0][0].thread_ts).toBe('1700000001.000100');
  });

  test('searches for the text without the mention', async () => {
    const deps = fakeDeps();
    await appMentionCallback(deps)(buildArguments({ text: '<@UBOT>   magnetmodellen ' }).args);
    expect(deps.ask).toHaveBeenCalledWith('magnetmodellen', 0);
  });

  test('a bare mention explains how to ask', async () => {
    const { args, client } = buildArguments({ text: '<@UBOT>' });
    await appMentionCallback(fakeDeps())(args);
    expect(visibleText(client.chat.postMessage.mock.calls[0][0].blocks)).toBe(SLACK_SV.mentionEmpty);
  });

  test('when posting fails, the error is logged and the listener does not throw', async () => {
    const client = fakeClient();
    client.chat.postMessage.mockRejectedValue(new Error('not_in_channel'));
    const { args, logger } = buildArguments({ client });
    await expect(appMentionCallback(fakeDeps())(args)).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalled();
  });
});

describe('queryFromMention', () => {
  test('drops every user mention, also labelled ones', () => {
    expect(queryFromMention('<@U0BOT> 7.2.2 <@U123|anna>')).toBe('7.2.2');
  });
});

describe('queryFromMention with escaped text', () => {
  test('undoes Slack\'s escaping, so "R&D" is searched as typed', () => {
    expect(queryFromMention('<@U0BOT> R&amp;D')).toBe('R&D');
  });
});
