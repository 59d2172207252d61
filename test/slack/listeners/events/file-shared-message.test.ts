import { SLACK_SV } from '../../../../src/core/render/strings-sv.js';
import { ErrorCode, RemissError } from '../../../../src/errors.js';
import { fileSharedMessageCallback } from '../../../../src/slack/listeners/events/file-shared-message.js';
import { fakeClient, fakeDeps, fakeLogger } from '../../../helpers/fake-slack-args.js';
import { visibleText } from '../../../helpers/fake-slack-blocks.js';

function buildArguments({
  text = 'Vårt remissvar',
  name = 'vision.pdf',
  size = 1000,
  subtype = 'file_share' as string | null,
  client = fakeClient(),
} = {}) {
  const logger = fakeLogger();
  const event = {
    type: 'message',
    subtype: subtype ?? undefined,
    text,
    ts: '1700000001.000100',
    channel: 'C1',
    user: 'U1',
    files: [{ id: 'F1', name, size, url_private_download: 'https://files.slack.com/files-pri/T1-F1/vision.pdf' }],
  };
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object.
  const args: any = { event, client, logger };
  return { args, client, logger };
}

const report = {
  file: 'vision.pdf',
  status: 'added' as const,
  kind: 'response' as const,
  respondent: 'Vision',
  remiss: 'SOU 2024:72',
  stances: 3,
  tally: { for: 2, partly: 0, against: 1, neutral: 0 },
  warnings: [],
};

describe('The file-share listener', () => {
  test("downloads, ingests and replies in the file's thread with respondent, remiss and tally", async () => {
    const deps = fakeDeps({
      downloadFile: jest.fn().mockResolvedValue(new Uint8Array([1])),
      ingestFile: jest.fn().mockResolvedValue(report),
    });
    const { args, client } = buildArguments();
    await fileSharedMessageCallback(deps)(args);
    expect(deps.ingestFile).toHaveBeenCalledWith(new Uint8Array([1]), 'vision.pdf');
    const reply = client.chat.postMessage.mock.calls[0][0];
    expect(reply.thread_ts).toBe('1700000001.000100');
    expect(visibleText(reply.blocks)).toContain('Vision om SOU 2024:72\n1 avstyrker · 2 tillstyrker');
  });

  test("a file that replaced the respondent's earlier answer names that answer's file in the reply", async () => {
    const replaced = { ...report, status: 'replaced' as const, replaces: ['vision-remissvar.txt'] };
    const deps = fakeDeps({
      downloadFile: jest.fn().mockResolvedValue(new Uint8Array([1])),
      ingestFile: jest.fn().mockResolvedValue(replaced),
    });
    const { args, client } = buildArguments();
    await fileSharedMessageCallback(deps)(args);
    expect(visibleText(client.chat.postMessage.mock.calls[0][0].blocks)).toContain('vision-remissvar.txt');
  });

  test('a file larger than the limit is refused before download', async () => {
    const deps = fakeDeps();
    const { args, client } = buildArguments({ size: 100 * 1024 * 1024 });
    await fileSharedMessageCallback(deps)(args);
    expect(deps.downloadFile).not.toHaveBeenCalled();
    expect(visibleText(client.chat.postMessage.mock.calls[0][0].blocks)).toContain(SLACK_SV.fileTooLarge);
    // The limit itself, so the sender knows what "too large" means.
    expect(visibleText(client.chat.postMessage.mock.calls[0][0].blocks)).toContain('25 MB');
  });

  test('an encrypted PDF gets the Swedish reason', async () => {
    const failed = {
      ...report,
      status: 'failed' as const,
      error: { code: ErrorCode.EncryptedFile, message: 'encrypted' },
    };
    const deps = fakeDeps({
      downloadFile: jest.fn().mockResolvedValue(new Uint8Array([1])),
      ingestFile: jest.fn().mockResolvedValue(failed),
    });
    const { args, client } = buildArguments();
    await fileSharedMessageCallback(deps)(args);
    expect(visibleText(client.chat.postMessage.mock.calls[0][0].blocks)).toContain(SLACK_SV.fileUnreadable);
  });

  test('a download refused as too large mid-stream says so', async () => {
    const deps = fakeDeps({
      downloadFile: jest.fn().mockRejectedValue(new RemissError(ErrorCode.FileTooLarge, 'big')),
    });
    const { args, client } = buildArguments();
    await fileSharedMessageCallback(deps)(args);
    expect(visibleText(client.chat.postMessage.mock.calls[0][0].blocks)).toContain(SLACK_SV.fileTooLarge);
  });

  test('an ordinary message is ignored', async () => {
    const deps = fakeDeps({
      downloadFile: jest.fn().mockResolvedValue(new Uint8Array([1])),
      ingestFile: jest.fn().mockResolvedValue(report),
    });
    const { args, client } = buildArguments({ subtype: null });
    await fileSharedMessageCallback(deps)(args);
    expect(deps.downloadFile).not.toHaveBeenCalled();
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  test('when the reply fails, the error is logged and the listener does not throw', async () => {
    const client = fakeClient();
    client.chat.postMessage.mockRejectedValue(new Error('not_in_channel'));
    const deps = fakeDeps({
      downloadFile: jest.fn().mockResolvedValue(new Uint8Array([1])),
      ingestFile: jest.fn().mockResolvedValue(report),
    });
    const { args, logger } = buildArguments({ client });
    await expect(fileSharedMessageCallback(deps)(args)).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalled();
  });
});
