import { SLACK_SV } from '../../../../src/core/render/strings-sv.js';
import { ErrorCode, RemissError } from '../../../../src/errors.js';
import {
  asksToReadFiles,
  fileSharedMessageCallback,
} from '../../../../src/slack/listeners/events/file-shared-message.js';
import { fakeClient, fakeDeps, fakeLogger } from '../../../helpers/fake-slack-args.js';
import { visibleText } from '../../../helpers/fake-slack-blocks.js';

const BOT = 'UBOT0001';

function buildArguments({
  text = 'Vårt remissvar',
  name = 'vision.pdf',
  size = 1000,
  names = undefined as string[] | undefined,
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
    files: (names ?? [name]).map((n, i) => ({
      id: `F${i + 1}`,
      name: n,
      size,
      url_private_download: `https://files.slack.com/files-pri/T1-F${i + 1}/${n}`,
    })),
  };
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object.
  const args: any = { event, client, logger, context: { botUserId: BOT } };
  return { args, client, logger };
}

/** The Swedish text of every reply the listener posted. */
function replies(client: ReturnType<typeof fakeClient>): string[] {
  return client.chat.postMessage.mock.calls.map((call) => visibleText(call[0].blocks));
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

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

describe('The file-share listener, when the message names a remiss', () => {
  const deps = () =>
    fakeDeps({
      downloadFile: jest.fn().mockResolvedValue(new Uint8Array([1])),
      ingestFile: jest.fn().mockResolvedValue(report),
    });

  test('passes the one remiss the message names as the hint', async () => {
    const d = deps();
    await fileSharedMessageCallback(d)(buildArguments({ text: 'Remissvar från Region Skåne på SOU 2024:72' }).args);
    expect(d.ingestFile).toHaveBeenCalledWith(new Uint8Array([1]), 'vision.pdf', 'SOU 2024:72');
  });

  test('passes no hint when the message names two remisser', async () => {
    const d = deps();
    await fileSharedMessageCallback(d)(buildArguments({ text: 'Remissvar på SOU 2024:72 och Ds 2023:5' }).args);
    expect(d.ingestFile).toHaveBeenCalledWith(new Uint8Array([1]), 'vision.pdf', undefined);
  });

  test('says in the reply when the remiss came from the message', async () => {
    const d = fakeDeps({
      downloadFile: jest.fn().mockResolvedValue(new Uint8Array([1])),
      ingestFile: jest.fn().mockResolvedValue({
        ...report,
        remissHint: 'SOU 2024:72',
        warnings: ['remiss from the ingest hint: SOU 2024:72'],
      }),
    });
    const { args, client } = buildArguments({ text: 'Remissvar på SOU 2024:72' });
    await fileSharedMessageCallback(d)(args);
    expect(replies(client)[0]).toContain(SLACK_SV.remissFromMessage);
  });
});

describe('The file-share listener', () => {
  test("downloads, ingests and replies in the file's thread with respondent, remiss and tally", async () => {
    const deps = fakeDeps({
      downloadFile: jest.fn().mockResolvedValue(new Uint8Array([1])),
      ingestFile: jest.fn().mockResolvedValue(report),
    });
    const { args, client } = buildArguments();
    await fileSharedMessageCallback(deps)(args);
    expect(deps.ingestFile).toHaveBeenCalledWith(new Uint8Array([1]), 'vision.pdf', undefined);
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

  test("the inquiry's own report is acknowledged as the betänkande", async () => {
    const betankande = { ...report, file: 'sou.txt', kind: 'report' as const, respondent: null, stances: 0 };
    const deps = fakeDeps({
      downloadFile: jest.fn().mockResolvedValue(new Uint8Array([1])),
      ingestFile: jest.fn().mockResolvedValue(betankande),
    });
    const { args, client } = buildArguments({ name: 'sou.txt', text: 'betänkandet, inte ett remissvar' });
    await fileSharedMessageCallback(deps)(args);
    expect(replies(client)).toEqual([SLACK_SV.fileIsReport('sou.txt', 'SOU 2024:72')]);
  });
});

describe('When the database is down while a file is shared', () => {
  test('the file gets a Swedish reply in its thread saying to share it again, and the log names the file', async () => {
    const deps = fakeDeps({
      downloadFile: jest.fn().mockResolvedValue(new Uint8Array([1])),
      ingestFile: jest
        .fn()
        .mockRejectedValue(new RemissError(ErrorCode.DatabaseUnavailable, 'PostgreSQL at x is unavailable')),
    });
    const { args, client, logger } = buildArguments({ name: 'v.txt' });
    await fileSharedMessageCallback(deps)(args);
    expect(client.chat.postMessage.mock.calls[0][0].thread_ts).toBe('1700000001.000100');
    expect(replies(client)).toEqual([SLACK_SV.fileFailed('v.txt', SLACK_SV.fileDatabaseDown)]);
    const logged = logger.error.mock.calls.map((call) => String(call[0])).join('\n');
    expect(logged).toContain('file="v.txt"');
    expect(logged).toContain('PostgreSQL at x is unavailable');
  });

  test('any other error while storing it gets a reply too, and the other files of the message are still read', async () => {
    const ingestFile = jest
      .fn()
      .mockRejectedValueOnce(new Error('database "qa_down" is not currently accepting connections [SQLSTATE 55000]'))
      .mockResolvedValueOnce(report);
    const deps = fakeDeps({ downloadFile: jest.fn().mockResolvedValue(new Uint8Array([1])), ingestFile });
    const { args, client } = buildArguments({ names: ['v.txt', 'vision.pdf'] });
    await fileSharedMessageCallback(deps)(args);
    const [first, second] = replies(client);
    expect(first).toBe(SLACK_SV.fileFailed('v.txt', SLACK_SV.fileUnexpected));
    expect(second).toContain('Vision om SOU 2024:72');
  });
});

describe('Which messages ask the bot to read their files', () => {
  test.each([
    'Här är vårt remissvar',
    'Remissvaret från Åstorp',
    'remissvaren från kommunerna',
    'remissvarets bilaga',
    'Remissvar: Åstorps kommun',
    '*remissvar* (slutlig)',
    '_Remissvar_',
    `<@${BOT}> läs in den här`,
  ])('"%s" does', (text) => {
    expect(asksToReadFiles(text, BOT)).toBe(true);
  });

  test.each([
    'Skärmdump från remissvarsmötet',
    'remissvarstiden går ut i morgon',
    'Här är vårt svar',
    'semesterlistan',
    '<@U0OTHER> kolla bilden',
  ])('"%s" does not', (text) => {
    expect(asksToReadFiles(text, BOT)).toBe(false);
  });
});

describe('When a file is of a type the bot does not read', () => {
  test('a screenshot shared with "remissvarsmötet" is ignored: not downloaded, no reply', async () => {
    const deps = fakeDeps();
    const { args, client } = buildArguments({ name: 'image.png', text: 'Skärmdump från remissvarsmötet' });
    await fileSharedMessageCallback(deps)(args);
    expect(deps.downloadFile).not.toHaveBeenCalled();
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  test('a spreadsheet shared with the word "remissvaren" but no mention is ignored silently', async () => {
    const deps = fakeDeps();
    const { args, client } = buildArguments({ name: 'sammanstallning.xlsx', text: 'Sammanställning av remissvaren' });
    await fileSharedMessageCallback(deps)(args);
    expect(deps.downloadFile).not.toHaveBeenCalled();
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  test('next to a PDF, only the PDF gets a reply', async () => {
    const deps = fakeDeps({
      downloadFile: jest.fn().mockResolvedValue(new Uint8Array([1])),
      ingestFile: jest.fn().mockResolvedValue(report),
    });
    const { args, client } = buildArguments({ names: ['vision.pdf', 'bild.png'] });
    await fileSharedMessageCallback(deps)(args);
    expect(deps.downloadFile).toHaveBeenCalledTimes(1);
    expect(replies(client)).toHaveLength(1);
  });

  test('when the bot is mentioned, an unsupported file is answered with the formats it reads', async () => {
    const deps = fakeDeps();
    const { args, client } = buildArguments({ name: 'budget.xlsx', text: `<@${BOT}> här är vårt remissvar` });
    await fileSharedMessageCallback(deps)(args);
    expect(deps.downloadFile).not.toHaveBeenCalled();
    expect(replies(client)).toEqual([SLACK_SV.fileFailed('budget.xlsx', SLACK_SV.fileUnsupported)]);
  });

  test('when the bot is mentioned, a photo is told it is an image without text', async () => {
    const deps = fakeDeps();
    const { args, client } = buildArguments({ name: 'brevet.JPG', text: `<@${BOT}> vårt remissvar` });
    await fileSharedMessageCallback(deps)(args);
    expect(replies(client)).toEqual([SLACK_SV.fileFailed('brevet.JPG', SLACK_SV.fileImage)]);
  });

  test('a scan saved as .pdf (image bytes) is told it is an image without text, not the wrong format', async () => {
    const failed = {
      ...report,
      file: 'scan.pdf',
      status: 'failed' as const,
      kind: null,
      error: { code: ErrorCode.UnsupportedFormat, message: 'The file is an image (JPEG, PNG, GIF or TIFF)…' },
    };
    const deps = fakeDeps({
      downloadFile: jest.fn().mockResolvedValue(PNG),
      ingestFile: jest.fn().mockResolvedValue(failed),
    });
    const { args, client } = buildArguments({ name: 'scan.pdf', text: 'remissvar' });
    await fileSharedMessageCallback(deps)(args);
    expect(replies(client)).toEqual([SLACK_SV.fileFailed('scan.pdf', SLACK_SV.fileImage)]);
  });

  test('a PDF without a text layer is told it is an image without text', async () => {
    const failed = {
      ...report,
      status: 'failed' as const,
      error: { code: ErrorCode.NoText, message: 'no text layer' },
    };
    const deps = fakeDeps({
      downloadFile: jest.fn().mockResolvedValue(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])),
      ingestFile: jest.fn().mockResolvedValue(failed),
    });
    const { args, client } = buildArguments();
    await fileSharedMessageCallback(deps)(args);
    expect(replies(client)).toEqual([SLACK_SV.fileFailed('vision.pdf', SLACK_SV.fileImage)]);
  });
});
