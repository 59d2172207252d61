import { CORRECTION, encodeMetadata } from '../../../../src/core/render/blocks-correction.js';
import { proposalOptionsCallback } from '../../../../src/slack/listeners/options/proposal-options.js';
import { constructedAnswer, constructedCatalog } from '../../../helpers/constructed-catalog.js';
import { fakeDeps, fakeLogger } from '../../../helpers/fake-slack-args.js';

const REMISS = 'SOU 2099:2';

/** Document 1, stance 2: Åstorps kommun on 1.1 of a constructed remiss with 150 proposals. */
const ANSWER = constructedAnswer(REMISS, 2);

function buildArguments({
  value = '14',
  callbackId = CORRECTION.view as string,
  metadata = encodeMetadata({ d: 1, s: 2, h: 'abc', e: null, c: 'C1' }),
  ack = jest.fn().mockResolvedValue(undefined),
} = {}) {
  const logger = fakeLogger();
  const body = {
    type: 'block_suggestion',
    action_id: CORRECTION.proposal,
    block_id: CORRECTION.proposal,
    value,
    user: { id: 'U1', name: 'analytiker' },
    view: { id: 'V1', type: 'modal', callback_id: callbackId, private_metadata: metadata },
  };
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object; the listener reads only these fields.
  const args: any = { ack, logger, body, payload: body, options: body };
  return { args, ack, logger };
}

const deps = ({ document = { contentHash: 'abc', path: 'x', answers: [ANSWER] } as unknown } = {}) => {
  const d = fakeDeps();
  Object.assign(d.store, {
    documentStances: jest.fn().mockResolvedValue(document),
    listProposals: jest.fn().mockResolvedValue(constructedCatalog(REMISS)),
  });
  return d;
};

const values = (ack: jest.Mock) => (ack.mock.calls[0][0].options as Array<{ value: string }>).map((o) => o.value);

describe('The proposal type-ahead listener', () => {
  test('"14" typed in the modal is answered with the remiss\'s chapter 14', async () => {
    const d = deps();
    const { args, ack } = buildArguments();
    await proposalOptionsCallback(d)(args);
    expect(values(ack)).toEqual(Array.from({ length: 10 }, (_, i) => `14.${i + 1}`));
    expect(d.store.listProposals).toHaveBeenCalledWith(REMISS);
  });

  test('nothing typed is answered with the current proposal first and those around it', async () => {
    const { args, ack } = buildArguments({ value: '' });
    await proposalOptionsCallback(deps())(args);
    expect(values(ack)).toHaveLength(100);
    expect(values(ack).slice(0, 3)).toEqual(['1.1', '1.2', '1.3']);
  });

  test('a request from a view that is not the correction modal gets no options and reads nothing', async () => {
    const d = deps();
    const { args, ack } = buildArguments({ callbackId: 'someone_elses_modal' });
    await proposalOptionsCallback(d)(args);
    expect(ack).toHaveBeenCalledWith({ options: [] });
    expect(d.store.documentStances).not.toHaveBeenCalled();
  });

  test('forged metadata gets no options', async () => {
    const { args, ack } = buildArguments({ metadata: '{"d":"1; DROP TABLE"}' });
    await proposalOptionsCallback(deps())(args);
    expect(ack).toHaveBeenCalledWith({ options: [] });
  });

  test('a stance whose document was replaced gets no options', async () => {
    const { args, ack } = buildArguments();
    await proposalOptionsCallback(deps({ document: null }))(args);
    expect(ack).toHaveBeenCalledWith({ options: [] });
  });

  test('when the store fails, the error is logged and the request is answered with no options', async () => {
    const d = deps();
    Object.assign(d.store, { documentStances: jest.fn().mockRejectedValue(new Error('database is locked')) });
    const { args, ack, logger } = buildArguments();
    await proposalOptionsCallback(d)(args);
    expect(logger.error).toHaveBeenCalled();
    expect(ack).toHaveBeenCalledWith({ options: [] });
  });

  test('when ack throws, the error is logged and the listener does not throw', async () => {
    const { args, logger } = buildArguments({ ack: jest.fn().mockRejectedValue(new Error('ack failed')) });
    await expect(proposalOptionsCallback(deps())(args)).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalled();
  });
});
