import { decodeMetadata, encodeMenuValue } from '../../../../src/core/render/blocks-correction.js';
import { REVIEW_SV } from '../../../../src/core/render/review-strings-sv.js';
import { SLACK_SV } from '../../../../src/core/render/strings-sv.js';
import { answerMenuCallback } from '../../../../src/slack/listeners/actions/answer-menu.js';
import { constructedAnswer, constructedCatalog } from '../../../helpers/constructed-catalog.js';
import { fakeClient, fakeDeps, fakeLogger, slackApiError } from '../../../helpers/fake-slack-args.js';
import { visibleText } from '../../../helpers/fake-slack-blocks.js';

function buildArguments({
  value = encodeMenuValue({ k: 'fix', s: 1, d: 1 }),
  ack = jest.fn().mockResolvedValue(undefined),
  respond = jest.fn().mockResolvedValue(undefined),
  channel = { id: 'C1', name: 'remisser' } as { id: string; name?: string },
} = {}) {
  const logger = fakeLogger();
  const client = {
    ...fakeClient(),
    views: { open: jest.fn().mockResolvedValue({ ok: true }) },
    conversations: { members: jest.fn().mockResolvedValue({ members: ['U1'] }) },
  };
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object.
  const args: any = {
    ack,
    respond,
    client,
    logger,
    action: { type: 'overflow', action_id: 'remiss_answer_menu_0', selected_option: { value } },
    body: { type: 'block_actions', user: { id: 'U1' }, channel, trigger_id: '1.2.3' },
  };
  return { args, ack, respond, client, logger };
}

/** A store whose document 1 is gone (replaced). */
const deps = () => {
  const d = fakeDeps();
  Object.assign(d.store, { documentStances: jest.fn().mockResolvedValue(null) });
  return d;
};

/** A store holding document 1 with one answer (constructed) whose parser reason is `reason`. */
const depsWith = (reason = 'constructed') => {
  const d = fakeDeps();
  const answer = { ...constructedAnswer('SOU 2099:2', 1), reason };
  Object.assign(d.store, {
    documentStances: jest.fn().mockResolvedValue({ contentHash: 'abc', path: 'x', answers: [answer] }),
    listProposals: jest.fn().mockResolvedValue(constructedCatalog('SOU 2099:2')),
  });
  return d;
};

const why = encodeMenuValue({ k: 'why', s: 1, d: 1 });

describe('The "…" menu listener', () => {
  test('a forged option value is answered with a Swedish error and opens nothing', async () => {
    const { args, respond, client } = buildArguments({ value: '{"k":"drop"}' });
    await answerMenuCallback(deps())(args);
    expect(visibleText(respond.mock.calls[0][0].blocks)).toContain(SLACK_SV.actionFailed);
    expect(client.views.open).not.toHaveBeenCalled();
  });

  test('a stance whose document was replaced is answered with "sök igen"', async () => {
    const { args, respond } = buildArguments();
    await answerMenuCallback(deps())(args);
    expect(visibleText(respond.mock.calls[0][0].blocks)).toContain(REVIEW_SV.stanceGone);
  });

  test('when ack throws, the error is logged and nothing else happens', async () => {
    const { args, logger, respond } = buildArguments({ ack: jest.fn().mockRejectedValue(new Error('ack failed')) });
    await expect(answerMenuCallback(deps())(args)).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalled();
    expect(respond).not.toHaveBeenCalled();
  });
});

describe('"Varför denna tolkning?"', () => {
  test("tells the parser's confidence and reason in Swedish", async () => {
    const { args, respond } = buildArguments({ value: why });
    await answerMenuCallback(depsWith("under heading 7.2.2; 'instämmer inte' (+1 more sentence)"))(args);
    const message = respond.mock.calls[0][0];
    expect(message.response_type).toBe('ephemeral');
    expect(visibleText(message.blocks)).toBe(
      'Säkerhet: hög. Under rubriken 7.2.2; frasen ”instämmer inte” (och 1 mening till).',
    );
  });

  test('a reason of no known shape is not shown in English', async () => {
    const { args, respond } = buildArguments({ value: why });
    await answerMenuCallback(depsWith('explicit'))(args);
    expect(visibleText(respond.mock.calls[0][0].blocks)).toBe(REVIEW_SV.why('hög', REVIEW_SV.reasonUnknown));
  });
});

describe('When the database is unavailable', () => {
  const downDeps = () => {
    const d = fakeDeps();
    Object.assign(d.store, {
      documentStances: jest.fn().mockRejectedValue(new Error('database "remiss" is not accepting connections')),
    });
    return d;
  };

  test.each([
    ['Rätta', encodeMenuValue({ k: 'fix', s: 1, d: 1 })],
    ['Varför denna tolkning?', why],
  ])('"%s" answers privately with the same apology as a search', async (_label, value) => {
    const { args, respond, logger } = buildArguments({ value });
    await answerMenuCallback(downDeps())(args);
    expect(respond).toHaveBeenCalledTimes(1);
    expect(respond.mock.calls[0][0]).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(visibleText(respond.mock.calls[0][0].blocks)).toBe(SLACK_SV.searchFailed);
    expect(logger.error.mock.calls.flat().join(' ')).toContain('action=remiss_answer_menu_0');
  });
});

describe('"Rätta" in a conversation only its members can see', () => {
  test.each([
    ['a direct message', { id: 'D0000000009', name: 'directmessage' }],
    ['a group DM', { id: 'G0000000009', name: 'mpdm-anna--berit--cecilia-1' }],
  ])('in %s, the modal opens without a membership lookup the bot cannot make', async (_label, channel) => {
    const { args, client, respond } = buildArguments({ channel });
    client.conversations.members.mockRejectedValue(slackApiError('channel_not_found'));
    await answerMenuCallback(depsWith())(args);
    expect(respond).not.toHaveBeenCalled();
    expect(client.conversations.members).not.toHaveBeenCalled();
    const view = client.views.open.mock.calls[0][0].view;
    expect(decodeMetadata(view.private_metadata)).toMatchObject({ c: channel.id, p: true });
  });

  test('in a public channel the membership is still looked up', async () => {
    const { args, client } = buildArguments();
    await answerMenuCallback(depsWith())(args);
    expect(client.conversations.members).toHaveBeenCalledWith(expect.objectContaining({ channel: 'C1' }));
    expect(decodeMetadata(client.views.open.mock.calls[0][0].view.private_metadata)?.p).toBeUndefined();
  });
});
