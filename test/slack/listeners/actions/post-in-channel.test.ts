import { ACTION, encodeValue } from '../../../../src/core/render/blocks-actions.js';
import { INTERACTION_SV } from '../../../../src/core/render/interaction-strings-sv.js';
import { SLACK_SV } from '../../../../src/core/render/strings-sv.js';
import { postInChannelCallback } from '../../../../src/slack/listeners/actions/post-in-channel.js';
import { openSqliteStore } from '../../../../src/store/sqlite-store.js';
import type { Store } from '../../../../src/store/store.js';
import {
  type ButtonArgumentOptions,
  buttonArguments,
  expiredResponseUrl,
  fakeDeps,
  fakeDepsSharing,
  slackApiError,
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

  test('once posted, the private answer is replaced by a line saying so, without its buttons', async () => {
    const { args, respond } = buildArguments();
    await postInChannelCallback(fakeDeps())(args);
    expect(respond).toHaveBeenCalledTimes(2);
    const replaced = respond.mock.calls[1][0];
    expect(replaced).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(visibleText(replaced.blocks)).toBe(INTERACTION_SV.postedInChannel);
    expect(buttons(replaced.blocks)).toEqual([]);
  });

  test('a second click on the same button of the same message posts nothing, and says it is done', async () => {
    const callback = postInChannelCallback(fakeDeps());
    const first = buildArguments({ messageTs: '1700000000.000100' });
    const second = buildArguments({ messageTs: '1700000000.000100' });
    await Promise.all([callback(first.args), callback(second.args)]);
    const posts = [...first.respond.mock.calls, ...second.respond.mock.calls].filter(
      ([m]) => m.response_type === 'in_channel',
    );
    expect(posts).toHaveLength(1);
    expect(visibleText(second.respond.mock.calls[0][0].blocks)).toBe(INTERACTION_SV.alreadyPosted);
  });

  test('the same button on another message (another answer) posts again', async () => {
    const callback = postInChannelCallback(fakeDeps());
    const first = buildArguments({ messageTs: '1700000000.000100' });
    const other = buildArguments({ messageTs: '1700000000.000200' });
    await callback(first.args);
    await callback(other.args);
    expect(other.respond.mock.calls[0][0].response_type).toBe('in_channel');
  });

  test('a post that did not go through may be tried again', async () => {
    const callback = postInChannelCallback(fakeDeps());
    const expired = buildArguments({
      messageTs: '1700000000.000100',
      respond: jest.fn().mockRejectedValue(expiredResponseUrl()),
    });
    await callback(expired.args);
    const again = buildArguments({ messageTs: '1700000000.000100' });
    await callback(again.args);
    expect(again.respond.mock.calls[0][0].response_type).toBe('in_channel');
  });

  test('when neither the response_url nor an ephemeral message reaches the clicker, a small modal does', async () => {
    const respond = jest.fn().mockRejectedValue(expiredResponseUrl());
    const { args, client } = buildArguments({ respond });
    client.chat.postEphemeral.mockRejectedValue(slackApiError('not_in_channel'));
    await postInChannelCallback(fakeDeps())(args);
    expect(client.views.open).toHaveBeenCalledTimes(1);
    const { trigger_id, view } = client.views.open.mock.calls[0][0];
    expect(trigger_id).toBe('1337.42.abcd');
    expect(view.type).toBe('modal');
    expect(visibleText(view.blocks)).toBe(INTERACTION_SV.answerTooOld('7.2.2'));
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

describe('The "Posta i kanalen" listener on two instances sharing one store', () => {
  let shared: Store;
  beforeEach(async () => {
    shared = await openSqliteStore(':memory:');
  });
  afterEach(async () => {
    await shared.close();
  });

  test('the same click reaching the other instance posts nothing, and says it is done', async () => {
    const [a, b] = [postInChannelCallback(fakeDepsSharing(shared)), postInChannelCallback(fakeDepsSharing(shared))];
    const first = buildArguments({ messageTs: '1700000000.000100' });
    const second = buildArguments({ messageTs: '1700000000.000100' });
    await a(first.args);
    await b(second.args);
    expect(first.respond.mock.calls[0][0].response_type).toBe('in_channel');
    expect(second.respond).toHaveBeenCalledTimes(1);
    expect(second.respond.mock.calls[0][0].response_type).toBe('ephemeral');
    expect(visibleText(second.respond.mock.calls[0][0].blocks)).toBe(INTERACTION_SV.alreadyPosted);
  });

  test('a post that did not go through on one instance may be tried on the other', async () => {
    const [a, b] = [postInChannelCallback(fakeDepsSharing(shared)), postInChannelCallback(fakeDepsSharing(shared))];
    const expired = buildArguments({
      messageTs: '1700000000.000100',
      respond: jest.fn().mockRejectedValue(expiredResponseUrl()),
    });
    await a(expired.args);
    const again = buildArguments({ messageTs: '1700000000.000100' });
    await b(again.args);
    expect(again.respond.mock.calls[0][0].response_type).toBe('in_channel');
  });

  test('a search that failed gives the click back too', async () => {
    const failing = fakeDepsSharing(shared, { ask: jest.fn().mockRejectedValue(new Error('connection refused')) });
    const a = postInChannelCallback(failing);
    const b = postInChannelCallback(fakeDepsSharing(shared));
    await a(buildArguments({ messageTs: '1700000000.000100' }).args);
    const again = buildArguments({ messageTs: '1700000000.000100' });
    await b(again.args);
    expect(again.respond.mock.calls[0][0].response_type).toBe('in_channel');
  });
});

describe('When the shared store fails at the click', () => {
  test('the answer is posted anyway, and one line says the claim failed', async () => {
    const deps = fakeDeps();
    (deps.store.claimKey as jest.Mock).mockRejectedValue(new Error('database is down'));
    const { args, respond, logger } = buildArguments({ messageTs: '1700000000.000100' });
    await postInChannelCallback(deps)(args);
    expect(respond.mock.calls[0][0].response_type).toBe('in_channel');
    expect(logger.warn.mock.calls.flat().join('\n')).toContain(
      'click claim failed, handled anyway: Error: database is down',
    );
  });

  test('a post that did go through is marked done in the shared store', async () => {
    const deps = fakeDeps();
    const { args } = buildArguments({ messageTs: '1700000000.000100' });
    await postInChannelCallback(deps)(args);
    expect(deps.store.completeKey).toHaveBeenCalledWith(expect.stringMatching(/^click:C1\n1700000000\.000100\n/));
    expect(deps.store.releaseKey).not.toHaveBeenCalled();
  });
});
