import { EXPORT_SV } from '../../../../src/core/render/export-strings-sv.js';
import { REVIEW_SV } from '../../../../src/core/render/review-strings-sv.js';
import { SLACK_SV } from '../../../../src/core/render/strings-sv.js';
import { appMentionCallback, queryFromMention } from '../../../../src/slack/listeners/events/app-mention.js';
import { fakeClient, fakeDeps, fakeLogger } from '../../../helpers/fake-slack-args.js';
import { visibleText } from '../../../helpers/fake-slack-blocks.js';

function buildArguments({
  text = '<@UBOT> 7.2.2',
  ts = '1700000001.000100',
  thread_ts = '1700000000.000100' as string | null,
  client = fakeClient(),
  files = undefined as unknown[] | undefined,
} = {}) {
  const logger = fakeLogger();
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object.
  const args: any = {
    event: { type: 'app_mention', text, ts, thread_ts: thread_ts ?? undefined, channel: 'C1', user: 'U1', files },
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

  test('a mention that carries a file is left to the file handler: no reply, nothing searched', async () => {
    const deps = fakeDeps();
    const files = [{ id: 'F1', name: 'vart-remissvar.txt', size: 5000, url_private: 'https://files.example/F1' }];
    const { args, client } = buildArguments({ text: '<@UBOT> här är vårt remissvar', files });
    await appMentionCallback(deps)(args);
    expect(deps.ask).not.toHaveBeenCalled();
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  test('"granska" is the review command, as in /remiss, answered in the thread', async () => {
    const { args, client } = buildArguments({ text: '<@UBOT> granska SOU 1999:1' });
    const deps = fakeDeps();
    await appMentionCallback(deps)(args);
    expect(deps.ask).not.toHaveBeenCalled();
    const post = client.chat.postMessage.mock.calls[0][0];
    expect(post).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
    expect(post.response_type).toBeUndefined();
    expect(visibleText(post.blocks)).toBe(REVIEW_SV.unknownRemiss('SOU 1999:1'));
  });

  test('"export" is the export command, as in /remiss, answered in the thread', async () => {
    const { args, client } = buildArguments({ text: '<@UBOT> export SOU 2024:72 pdf' });
    const deps = fakeDeps();
    await appMentionCallback(deps)(args);
    expect(deps.ask).not.toHaveBeenCalled();
    const post = client.chat.postMessage.mock.calls[0][0];
    expect(post).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
    expect(visibleText(post.blocks)).toBe(EXPORT_SV.slack.unsupportedFormat('pdf'));
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
