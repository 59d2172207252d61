import { CORRECTION, encodeMetadata } from '../../../../src/core/render/blocks-correction.js';
import { CURRENT_PROPOSAL } from '../../../../src/core/render/blocks-correction-proposal.js';
import { REVIEW_SV } from '../../../../src/core/render/review-strings-sv.js';
import { SLACK_SV } from '../../../../src/core/render/strings-sv.js';
import { correctionSubmitCallback } from '../../../../src/slack/listeners/views/correction-submit.js';
import { constructedAnswer, constructedCatalog } from '../../../helpers/constructed-catalog.js';
import { fakeClient, fakeDeps, fakeLogger, slackApiError } from '../../../helpers/fake-slack-args.js';
import { visibleText } from '../../../helpers/fake-slack-blocks.js';

const VALUES = {
  stance: { stance: { selected_option: { value: 'partly' } } },
  proposal: { proposal: { selected_option: { value: '7.2.2' } } },
  quote: { quote: { selected_option: { value: '0' } } },
  comment: { comment: { value: null } },
};

function buildArguments({
  metadata = encodeMetadata({ d: 1, s: 1, h: 'abc', e: null, c: 'C1' }),
  values = VALUES as unknown,
  ack = jest.fn().mockResolvedValue(undefined),
} = {}) {
  const logger = fakeLogger();
  const client = {
    ...fakeClient(),
    chat: {
      postEphemeral: jest.fn().mockResolvedValue({ ok: true }),
      postMessage: jest.fn().mockResolvedValue({ ok: true }),
    },
    conversations: { members: jest.fn().mockResolvedValue({ members: ['U1'] }) },
  };
  const view = { id: 'V1', callback_id: CORRECTION.view, private_metadata: metadata, state: { values } };
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object.
  const args: any = { ack, client, logger, view, body: { type: 'view_submission', user: { id: 'U1' }, view } };
  return { args, ack, client, logger };
}

const deps = (documentStances: unknown = null) => {
  const d = fakeDeps();
  Object.assign(d.store, {
    documentStances: jest.fn().mockResolvedValue(documentStances),
    addCorrection: jest.fn(),
  });
  return d;
};

describe('The correction modal submission listener', () => {
  test('a form that is not ours keeps the modal open with a Swedish error', async () => {
    const { args, ack } = buildArguments({ values: {} });
    await correctionSubmitCallback(deps())(args);
    expect(ack).toHaveBeenCalledWith({ response_action: 'errors', errors: { quote: SLACK_SV.actionFailed } });
  });

  test('a document replaced since the modal opened is refused on the form and nothing is stored', async () => {
    const d = deps(null);
    const { args, ack } = buildArguments();
    await correctionSubmitCallback(d)(args);
    expect(ack).toHaveBeenCalledWith({ response_action: 'errors', errors: { quote: REVIEW_SV.documentGone } });
    expect(d.store.addCorrection).not.toHaveBeenCalled();
  });

  test('a user outside the channel is refused on the form', async () => {
    const { args, ack, client } = buildArguments();
    client.conversations.members.mockResolvedValue({ members: ['U2'] });
    await correctionSubmitCallback(deps())(args);
    expect(ack).toHaveBeenCalledWith({ response_action: 'errors', errors: { quote: REVIEW_SV.notAllowed } });
  });

  test('when the membership lookup fails, nobody is let through and the failure is logged', async () => {
    const { args, ack, client, logger } = buildArguments();
    client.conversations.members.mockRejectedValue(new Error('channel_not_found'));
    await correctionSubmitCallback(deps())(args);
    expect(ack).toHaveBeenCalledWith({ response_action: 'errors', errors: { quote: REVIEW_SV.membersUnknown } });
    expect(logger.warn).toHaveBeenCalled();
  });

  describe('with a remiss of 150 proposals (constructed) and an answer on 1.1', () => {
    const answer = constructedAnswer('SOU 2099:2', 1);
    const catalogDeps = () => {
      const d = deps({ contentHash: 'abc', path: 'x', answers: [answer] });
      Object.assign(d.store, {
        listProposals: jest.fn().mockResolvedValue(constructedCatalog('SOU 2099:2')),
        addCorrection: jest.fn().mockResolvedValue({ status: 'stored', stale: false, correction: { id: 7 } }),
      });
      return d;
    };
    const choosing = (proposal: string) => ({
      ...VALUES,
      proposal: { proposal: { selected_option: { value: proposal } } },
    });

    test('a proposal far from the original, from the catalog, is stored', async () => {
      const d = catalogDeps();
      const { args, ack } = buildArguments({ values: choosing('14.9') });
      await correctionSubmitCallback(d)(args);
      expect(ack).toHaveBeenCalledWith();
      expect(d.store.addCorrection).toHaveBeenCalledWith(
        expect.objectContaining({ proposal: '1.1', oldProposal: '1.1', newProposal: '14.9' }),
      );
    });

    test('the option "as now" (a key too long for an option value) is stored as the current proposal', async () => {
      const d = catalogDeps();
      const { args, ack } = buildArguments({ values: choosing(CURRENT_PROPOSAL) });
      await correctionSubmitCallback(d)(args);
      expect(ack).toHaveBeenCalledWith();
      expect(d.store.addCorrection).toHaveBeenCalledWith(
        expect.objectContaining({ proposal: '1.1', oldProposal: '1.1', newProposal: '1.1' }),
      );
    });

    test("a proposal that is not in the remiss's catalog is refused on the proposal field and nothing is stored", async () => {
      const d = catalogDeps();
      const { args, ack } = buildArguments({ values: choosing('99.99') });
      await correctionSubmitCallback(d)(args);
      expect(ack).toHaveBeenCalledWith({ response_action: 'errors', errors: { proposal: REVIEW_SV.proposalUnknown } });
      expect(d.store.addCorrection).not.toHaveBeenCalled();
    });
  });

  describe('when the correction is stored', () => {
    /** Document 1 answered by `respondent` on 1.1 of a constructed remiss, and a store that stores. */
    const storingDeps = (respondent = 'Åstorps kommun', title = 'Ledarskapsutbildning för chefer – ansvar') => {
      const answer = { ...constructedAnswer('SOU 2099:2', 1), respondent, title };
      const d = deps({ contentHash: 'abc', path: 'x', answers: [answer] });
      Object.assign(d.store, {
        listProposals: jest.fn().mockResolvedValue([{ remiss: 'SOU 2099:2', number: '1.1', title }]),
        addCorrection: jest.fn().mockResolvedValue({ status: 'stored', stale: false, correction: { id: 7 } }),
      });
      return d;
    };
    const submitting = { ...VALUES, proposal: { proposal: { selected_option: { value: '1.1' } } } };

    test('the confirmation escapes document text, so a title cannot ping the channel or hide a link', async () => {
      const d = storingDeps('Testby <!here> kommun', 'Förslag om <https://evil.example|länk> och <!channel>');
      const { args, client } = buildArguments({ values: submitting });
      await correctionSubmitCallback(d)(args);
      const confirmation = client.chat.postEphemeral.mock.calls[0][0];
      expect(confirmation).toMatchObject({ channel: 'C1', user: 'U1' });
      const sent = `${confirmation.text} ${visibleText(confirmation.blocks)}`;
      expect(sent).toContain('Testby &lt;!here&gt; kommun');
      expect(sent).toContain('&lt;https://evil.example|länk&gt;');
      expect(sent).not.toMatch(/<!here>|<!channel>|<https:/);
    });

    test('the modal closes once the confirmation reached the channel', async () => {
      const { args, ack, client } = buildArguments({ values: submitting });
      await correctionSubmitCallback(storingDeps())(args);
      expect(client.chat.postEphemeral).toHaveBeenCalledTimes(1);
      expect(ack).toHaveBeenCalledTimes(1);
      expect(ack).toHaveBeenCalledWith();
    });

    test('when the bot may not post in the channel, the modal itself shows that the correction was saved', async () => {
      const { args, ack, client, logger } = buildArguments({ values: submitting });
      client.chat.postEphemeral.mockRejectedValue(slackApiError('not_in_channel'));
      await correctionSubmitCallback(storingDeps())(args);
      expect(ack).toHaveBeenCalledTimes(1);
      const answer = ack.mock.calls[0][0];
      expect(answer.response_action).toBe('update');
      expect(answer.view.type).toBe('modal');
      expect(visibleText(answer.view.blocks)).toContain('Rättelsen är sparad: Åstorps kommun, 1.1');
      expect(logger.warn.mock.calls.flat().join(' ')).toMatch(/correction id=7 .*not_in_channel/);
    });

    test("when the confirmation does not arrive in time, the modal shows it instead of waiting past Slack's 3 s", async () => {
      const { args, ack, client } = buildArguments({ values: submitting });
      client.chat.postEphemeral.mockReturnValue(new Promise(() => undefined));
      await correctionSubmitCallback(storingDeps())(args);
      expect(ack).toHaveBeenCalledTimes(1);
      expect(ack.mock.calls[0][0].response_action).toBe('update');
    });

    test('in a direct message, no membership lookup is made and the correction is stored', async () => {
      const d = storingDeps();
      const metadata = encodeMetadata({ d: 1, s: 1, h: 'abc', e: null, c: 'D0000000009', p: true });
      const { args, client } = buildArguments({ metadata, values: submitting });
      client.conversations.members.mockRejectedValue(slackApiError('channel_not_found'));
      await correctionSubmitCallback(d)(args);
      expect(client.conversations.members).not.toHaveBeenCalled();
      expect(d.store.addCorrection).toHaveBeenCalled();
    });
  });

  test('when the database fails before anything is stored, the form says so and is acked once', async () => {
    const d = deps();
    (d.store.documentStances as jest.Mock).mockRejectedValue(new Error('database unavailable'));
    const { args, ack } = buildArguments();
    await correctionSubmitCallback(d)(args);
    expect(ack).toHaveBeenCalledTimes(1);
    expect(ack).toHaveBeenCalledWith({ response_action: 'errors', errors: { quote: SLACK_SV.actionFailed } });
  });

  test('when ack throws, the error is logged and the listener does not throw', async () => {
    const { args, logger } = buildArguments({ values: {}, ack: jest.fn().mockRejectedValue(new Error('ack failed')) });
    await expect(correctionSubmitCallback(deps())(args)).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalled();
  });
});
