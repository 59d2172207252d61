import { SLACK_SV } from '../../../../src/core/render/strings-sv.js';
import { remissCommandCallback } from '../../../../src/slack/listeners/commands/remiss-command.js';
import { fakeDeps, fakeLogger } from '../../../helpers/fake-slack-args.js';
import { visibleText } from '../../../helpers/fake-slack-blocks.js';
import { answer, proposalResult } from '../../../helpers/fake-slack-results.js';

function buildArguments({
  text = '7.2.2',
  ack = jest.fn().mockResolvedValue(undefined),
  respond = jest.fn().mockResolvedValue(undefined),
} = {}) {
  const logger = fakeLogger();
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object; the callback reads only these fields.
  const args: any = { ack, respond, logger, command: { text, command: '/remiss', user_id: 'U1', channel_id: 'C1' } };
  return { args, ack, respond, logger };
}

describe('The /remiss command listener', () => {
  test('acks, then answers privately with the rendered result', async () => {
    const deps = fakeDeps();
    const { args, ack, respond } = buildArguments();
    await remissCommandCallback(deps)(args);
    expect(ack).toHaveBeenCalledTimes(1);
    expect(deps.ask).toHaveBeenCalledWith('7.2.2', 0);
    expect(respond.mock.calls[0][0].response_type).toBe('ephemeral');
    expect(visibleText(respond.mock.calls[0][0].blocks)).toContain('Åstorps kommun');
  });

  test('acks before it searches', async () => {
    const order: string[] = [];
    const deps = fakeDeps({
      ask: jest.fn(async () => {
        order.push('ask');
        return fakeDeps().ask('x');
      }),
    });
    const { args } = buildArguments({
      ack: jest.fn(async () => {
        order.push('ack');
      }),
    });
    await remissCommandCallback(deps)(args);
    expect(order).toEqual(['ack', 'ask']);
  });

  test('when ack throws, the error is logged and nothing is searched or answered', async () => {
    const deps = fakeDeps();
    const { args, respond, logger } = buildArguments({ ack: jest.fn().mockRejectedValue(new Error('ack failed')) });
    await expect(remissCommandCallback(deps)(args)).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalled();
    expect(deps.ask).not.toHaveBeenCalled();
    expect(respond).not.toHaveBeenCalled();
  });

  test('when the search fails, the user gets a Swedish apology and the log gets the detail', async () => {
    const deps = fakeDeps({ ask: jest.fn().mockRejectedValue(new Error('database is locked')) });
    const { args, respond, logger } = buildArguments();
    await remissCommandCallback(deps)(args);
    expect(visibleText(respond.mock.calls[0][0].blocks)).toBe(SLACK_SV.searchFailed);
    expect(JSON.stringify(respond.mock.calls[0][0])).not.toContain('database is locked');
    expect(logger.error.mock.calls.flat().join(' ')).toContain('database is locked');
  });

  test('"hjälp" shows usage without searching', async () => {
    const deps = fakeDeps();
    const { args, respond } = buildArguments({ text: 'hjälp' });
    await remissCommandCallback(deps)(args);
    expect(deps.ask).not.toHaveBeenCalled();
    expect(visibleText(respond.mock.calls[0][0].blocks)).toContain(SLACK_SV.helpTitle);
  });

  test('"status" reports the store\'s counts', async () => {
    const deps = fakeDeps();
    const { args, respond } = buildArguments({ text: 'status' });
    await remissCommandCallback(deps)(args);
    expect(visibleText(respond.mock.calls[0][0].blocks)).toContain('1 remiss · 4 remissvar · 30 ståndpunkter');
  });

  test('an empty database is explained', async () => {
    const empty = {
      query: 'x',
      kind: 'none' as const,
      matches: [],
      choices: [],
      suggestions: [],
      notices: ['empty_database' as const],
    };
    const deps = fakeDeps({ ask: jest.fn().mockResolvedValue(empty) });
    const { args, respond } = buildArguments({ text: 'x' });
    await remissCommandCallback(deps)(args);
    expect(visibleText(respond.mock.calls[0][0].blocks)).toBe(SLACK_SV.emptyDatabase.replace(/"/g, '"'));
  });

  test("a corrected answer's day is read in the configured time zone (DIGEST_TZ), not Stockholm's", async () => {
    // 2026-11-22 23:30 UTC is 23 nov in Stockholm and still 22 nov in New York.
    const corrected = answer({ corrected: { by: 'U0ANNA', at: '2026-11-22T23:30:00Z' } });
    const deps = fakeDeps({
      timeZone: 'America/New_York',
      ask: jest.fn().mockResolvedValue(proposalResult([corrected])),
    });
    const { args, respond } = buildArguments();
    await remissCommandCallback(deps)(args);
    expect(visibleText(respond.mock.calls[0][0].blocks)).toContain('rättad av <@U0ANNA> 22 nov');
  });
});
