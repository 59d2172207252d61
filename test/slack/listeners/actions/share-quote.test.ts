import { encodeValue } from '../../../../src/core/render/blocks-actions.js';
import { INTERACTION_SV } from '../../../../src/core/render/interaction-strings-sv.js';
import { SLACK_SV } from '../../../../src/core/render/strings-sv.js';
import { shareQuoteCallback } from '../../../../src/slack/listeners/actions/share-quote.js';
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
import { visibleText } from '../../../helpers/fake-slack-blocks.js';
import { answer, proposalResult } from '../../../helpers/fake-slack-results.js';

type Overrides = Partial<ButtonArgumentOptions>;

/** U9 clicks "Dela i kanalen" on the first quote of a private answer. */
const buildArguments = (overrides: Overrides = {}) =>
  buttonArguments({
    actionId: 'remiss_share_channel_0',
    value: encodeValue({ q: '7.2.2', s: 1 }),
    user: 'U9',
    ...overrides,
  });

describe('The "Dela i kanalen / Dela i tråd" listener', () => {
  test('from a private answer, posts the one quote to the channel through the response_url, attributed', async () => {
    const { args, respond } = buildArguments();
    await shareQuoteCallback(fakeDeps(), 'channel')(args);
    const message = respond.mock.calls[0][0];
    expect(message.response_type).toBe('in_channel');
    const text = visibleText(message.blocks);
    expect(text).toContain('*Åstorps kommun* avstyrker *7.2.2 Genomför försöksverksamhet');
    expect(text).toContain('SOU 2024:72 · 002_d8f4ead73eb6a353.txt, s. 2');
    expect(text).toContain(SLACK_SV.sharedBy('U9'));
  });

  test('from a private answer, the clicker is told privately that the quote was shared', async () => {
    const { args, respond } = buildArguments();
    await shareQuoteCallback(fakeDeps(), 'channel')(args);
    expect(respond).toHaveBeenCalledTimes(2);
    const told = respond.mock.calls[1][0];
    expect(told).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(visibleText(told.blocks)).toBe(INTERACTION_SV.sharedInChannel);
  });

  test('the same quote clicked twice on one message is shared once', async () => {
    const callback = shareQuoteCallback(fakeDeps(), 'channel');
    const first = buildArguments({ messageTs: '1700000000.000100' });
    const second = buildArguments({ messageTs: '1700000000.000100' });
    await Promise.all([callback(first.args), callback(second.args)]);
    const posts = [...first.respond.mock.calls, ...second.respond.mock.calls].filter(
      ([m]) => m.response_type === 'in_channel',
    );
    expect(posts).toHaveLength(1);
    expect(visibleText(second.respond.mock.calls[0][0].blocks)).toBe(INTERACTION_SV.alreadyShared);
  });

  test('a corrected answer keeps "rättad av" and the comment when shared', async () => {
    const corrected = answer({
      stance: 'neutral',
      corrected: { by: 'U0ANNA', at: '2026-12-01T09:00:00Z', comment: 'Om certifieringen, inte om försöket.' },
    });
    const deps = fakeDeps({ ask: jest.fn().mockResolvedValue(proposalResult([corrected])) });
    const { args, respond } = buildArguments();
    await shareQuoteCallback(deps, 'channel')(args);
    const text = visibleText(respond.mock.calls[0][0].blocks);
    expect(text).toContain('rättad av <@U0ANNA> 1 dec');
    expect(text).toContain('Om certifieringen, inte om försöket.');
  });

  test('"Dela i tråd" posts into the thread named in the button', async () => {
    const { args, client } = buildArguments({
      value: encodeValue({ q: '7.2.2', s: 1, t: '1700000000.000100' }),
      ephemeral: false,
    });
    await shareQuoteCallback(fakeDeps(), 'thread')(args);
    expect(client.chat.postMessage.mock.calls[0][0]).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
  });

  test('from a private answer whose response_url has expired, the clicker is told privately to search again', async () => {
    const respond = jest.fn().mockRejectedValue(expiredResponseUrl());
    const { args, client, logger } = buildArguments({ respond });
    await shareQuoteCallback(fakeDeps(), 'channel')(args);
    expect(client.chat.postEphemeral).toHaveBeenCalledWith(
      expect.objectContaining({ channel: 'C1', user: 'U9', text: INTERACTION_SV.answerTooOld('7.2.2') }),
    );
    expect(logger.warn.mock.calls.flat().join(' ')).toContain('action=remiss_share_channel_0');
  });

  test('from a bot thread after the bot was removed from the channel, the clicker is told to invite it', async () => {
    const { args, client, respond } = buildArguments({
      value: encodeValue({ q: '7.2.2', s: 1, t: '1700000000.000100' }),
      ephemeral: false,
    });
    client.chat.postMessage.mockRejectedValue(slackApiError('not_in_channel'));
    await shareQuoteCallback(fakeDeps(), 'thread')(args);
    expect(respond).toHaveBeenCalledTimes(1);
    expect(respond.mock.calls[0][0]).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(visibleText(respond.mock.calls[0][0].blocks)).toBe(INTERACTION_SV.notInChannel);
  });

  test('when the search fails (the database is down), the clicker gets the same apology as a search', async () => {
    const deps = fakeDeps({
      ask: jest.fn().mockRejectedValue(new Error('database "remiss" is not accepting connections')),
    });
    const { args, respond, client } = buildArguments();
    await shareQuoteCallback(deps, 'channel')(args);
    expect(respond.mock.calls[0][0].response_type).toBe('ephemeral');
    expect(visibleText(respond.mock.calls[0][0].blocks)).toBe(SLACK_SV.searchFailed);
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  test('a quote no longer found (document replaced) is explained', async () => {
    const { args, respond } = buildArguments({ value: encodeValue({ q: '7.2.2', s: 999 }) });
    await shareQuoteCallback(fakeDeps(), 'channel')(args);
    expect(visibleText(respond.mock.calls[0][0].blocks)).toBe(SLACK_SV.quoteGone);
  });

  test('when ack throws, the error is logged and nothing is posted', async () => {
    const { args, respond, client, logger } = buildArguments({
      ack: jest.fn().mockRejectedValue(new Error('ack failed')),
    });
    await expect(shareQuoteCallback(fakeDeps(), 'channel')(args)).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalled();
    expect(respond).not.toHaveBeenCalled();
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });
});

describe('The "Dela i kanalen" listener on two instances sharing one store', () => {
  let shared: Store;
  beforeEach(async () => {
    shared = await openSqliteStore(':memory:');
  });
  afterEach(async () => {
    await shared.close();
  });

  test('the same quote clicked on both instances is shared once; the second clicker is told it already is', async () => {
    const a = shareQuoteCallback(fakeDepsSharing(shared), 'channel');
    const b = shareQuoteCallback(fakeDepsSharing(shared), 'channel');
    const first = buildArguments({ messageTs: '1700000000.000100' });
    const second = buildArguments({ messageTs: '1700000000.000100' });
    await a(first.args);
    await b(second.args);
    expect(first.respond.mock.calls[0][0].response_type).toBe('in_channel');
    expect(second.respond).toHaveBeenCalledTimes(1);
    expect(visibleText(second.respond.mock.calls[0][0].blocks)).toBe(INTERACTION_SV.alreadyShared);
  });

  test('a share that did not go through on one instance may be tried on the other', async () => {
    const a = shareQuoteCallback(fakeDepsSharing(shared), 'channel');
    const b = shareQuoteCallback(fakeDepsSharing(shared), 'channel');
    const expired = buildArguments({
      messageTs: '1700000000.000100',
      respond: jest.fn().mockRejectedValue(expiredResponseUrl()),
    });
    await a(expired.args);
    const again = buildArguments({ messageTs: '1700000000.000100' });
    await b(again.args);
    expect(again.respond.mock.calls[0][0].response_type).toBe('in_channel');
  });
});

describe('When the shared store fails at the share', () => {
  test('the quote is shared anyway', async () => {
    const deps = fakeDeps();
    (deps.store.claimKey as jest.Mock).mockRejectedValue(new Error('database is down'));
    const { args, respond } = buildArguments({ messageTs: '1700000000.000100' });
    await shareQuoteCallback(deps, 'channel')(args);
    expect(respond.mock.calls[0][0].response_type).toBe('in_channel');
  });
});
