import { EXPORT_SV } from '../../../../src/core/render/export-strings-sv.js';
import type { SlackDeps } from '../../../../src/slack/deps.js';
import { remissCommandCallback } from '../../../../src/slack/listeners/commands/remiss-command.js';
import type { Store } from '../../../../src/store/store.js';
import { fakeDeps, fakeLogger } from '../../../helpers/fake-slack-args.js';
import { visibleText } from '../../../helpers/fake-slack-blocks.js';
import { ASTORP_QUOTE, exportAnswer } from '../../../helpers/fake-slack-results.js';
import { readWorkbook, sheetRows } from '../../../helpers/office-files.js';

// Åstorp on 7.2.2 as the store returns it (seed text, seeds/002).
const ASTORP = { ...exportAnswer(), stanceId: 1, reason: 'explicit', addedAt: '2026-11-20T08:00:00Z' };

function depsWith(answers: unknown[] = [ASTORP], remisser = [{ id: 'SOU 2024:72', title: 'Stärkt kompetens' }]) {
  const deps = fakeDeps();
  const store = deps.store as unknown as Record<string, jest.Mock>;
  store.listRemisser = jest.fn().mockResolvedValue(remisser);
  store.allAnswers = jest.fn().mockResolvedValue(answers);
  store.listProposals = jest.fn().mockResolvedValue([]);
  store.currentCorrections = jest.fn().mockResolvedValue([]);
  return { ...deps, store: store as unknown as Store } satisfies SlackDeps;
}

function buildArguments({
  text = 'export SOU 2024:72 xlsx',
  ack = jest.fn().mockResolvedValue(undefined),
  respond = jest.fn().mockResolvedValue(undefined),
  uploadV2 = jest.fn().mockResolvedValue({ ok: true, files: [] }),
} = {}) {
  const logger = fakeLogger();
  const client = { files: { uploadV2 } };
  const command = { text, command: '/remiss', user_id: 'U1', channel_id: 'C1' };
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object; the callback reads only these fields.
  const args: any = { ack, respond, logger, client, command };
  return { args, ack, respond, uploadV2, logger };
}

const said = (respond: jest.Mock) => respond.mock.calls.map((c) => visibleText(c[0].blocks));

describe('The /remiss export listener', () => {
  test('uploads the workbook to the channel the command came from', async () => {
    const { args, uploadV2 } = buildArguments();
    await remissCommandCallback(depsWith())(args);
    expect(uploadV2).toHaveBeenCalledWith(
      expect.objectContaining({ channel_id: 'C1', filename: 'remissammanstallning-SOU-2024-72.xlsx' }),
    );
  });

  test('the uploaded bytes open as a workbook holding the answer', async () => {
    const { args, uploadV2 } = buildArguments();
    await remissCommandCallback(depsWith())(args);
    const workbook = await readWorkbook(uploadV2.mock.calls[0][0].file);
    expect(sheetRows(workbook.getWorksheet('Ståndpunkter')!)[1][5]).toBe(ASTORP_QUOTE);
  });

  test('acks before it reads the store', async () => {
    const order: string[] = [];
    const deps = depsWith();
    const listRemisser = deps.store.listRemisser as jest.Mock;
    listRemisser.mockImplementation(async () => {
      order.push('store');
      return [{ id: 'SOU 2024:72', title: null }];
    });
    const { args } = buildArguments({ ack: jest.fn(async () => void order.push('ack')) });
    await remissCommandCallback(deps)(args);
    expect(order[0]).toBe('ack');
  });

  test('when ack throws, nothing is exported and the error is logged', async () => {
    const { args, uploadV2, respond, logger } = buildArguments({ ack: jest.fn().mockRejectedValue(new Error('x')) });
    await expect(remissCommandCallback(depsWith())(args)).resolves.toBeUndefined();
    expect(uploadV2).not.toHaveBeenCalled();
    expect(respond).not.toHaveBeenCalled();
    expect(logger.error).toHaveBeenCalled();
  });

  test('tells the user privately that the file is being compiled', async () => {
    const { args, respond } = buildArguments();
    await remissCommandCallback(depsWith())(args);
    expect(respond.mock.calls[0][0].response_type).toBe('ephemeral');
    expect(said(respond)).toEqual([EXPORT_SV.slack.working('SOU 2024:72', 'xlsx')]);
  });

  test('a remiss without stances has nothing to export and uploads nothing', async () => {
    const { args, respond, uploadV2 } = buildArguments();
    await remissCommandCallback(depsWith([]))(args);
    expect(said(respond)).toEqual([EXPORT_SV.slack.nothingToExport('SOU 2024:72')]);
    expect(uploadV2).not.toHaveBeenCalled();
  });

  test('an empty database has nothing to export', async () => {
    const { args, respond } = buildArguments({ text: 'export docx' });
    await remissCommandCallback(depsWith([], []))(args);
    expect(said(respond)).toEqual([EXPORT_SV.slack.nothingToExport(null)]);
  });

  test('with a single remiss, bare "export" exports it', async () => {
    const { args, uploadV2 } = buildArguments({ text: 'export' });
    await remissCommandCallback(depsWith())(args);
    expect(uploadV2.mock.calls[0][0].filename).toBe('remissammanstallning-SOU-2024-72.docx');
  });

  test('a refused upload is answered in Swedish and logged in English', async () => {
    const uploadV2 = jest
      .fn()
      .mockRejectedValue(
        Object.assign(new Error('An API error occurred: invalid_auth'), { data: { error: 'invalid_auth' } }),
      );
    const { args, respond, logger } = buildArguments({ uploadV2 });
    await remissCommandCallback(depsWith())(args);
    expect(said(respond).at(-1)).toBe(EXPORT_SV.slack.uploadFailed);
    expect(logger.error.mock.calls.flat().join(' ')).toContain('export upload failed format=xlsx');
  });

  test('a store failure while compiling is answered with a Swedish apology, not the error text', async () => {
    const deps = depsWith();
    (deps.store.allAnswers as jest.Mock).mockRejectedValue(new Error('database is locked'));
    const { args, respond } = buildArguments();
    await remissCommandCallback(deps)(args);
    expect(said(respond)).toEqual([EXPORT_SV.slack.failed]);
  });

  test('a format we cannot make is answered with the ones we can, and nothing is uploaded', async () => {
    const { args, respond, uploadV2 } = buildArguments({ text: 'export SOU 2024:72 pdf' });
    await remissCommandCallback(depsWith())(args);
    expect(said(respond)).toEqual([EXPORT_SV.slack.unsupportedFormat('pdf')]);
    expect(uploadV2).not.toHaveBeenCalled();
  });

  test('a search still goes to the search, not the export', async () => {
    const deps = depsWith();
    const { args, uploadV2 } = buildArguments({ text: '7.2.2' });
    await remissCommandCallback(deps)(args);
    expect(deps.ask).toHaveBeenCalledWith('7.2.2', 0);
    expect(uploadV2).not.toHaveBeenCalled();
  });
});
