import { join } from 'node:path';
import { EXPORT_SV } from '../../src/core/render/export-strings-sv.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { type ResponseUrlPost, waitFor } from '../helpers/fake-slack.js';
import { visibleText } from '../helpers/fake-slack-blocks.js';
import { slashCommandBody } from '../helpers/fake-slack-requests.js';
import { ASTORP_QUOTE } from '../helpers/fake-slack-results.js';
import { docxParagraphs, readWorkbook, sheetRows } from '../helpers/office-files.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

let t: TestBot;
let counter = 0;
beforeAll(async () => {
  t = await startTestBot();
});
afterAll(async () => {
  await t.dispose();
});

/** Sends a signed `/remiss text` from channel C0000000001 and waits for `answers` private replies. */
async function command(text: string, answers = 1): Promise<ResponseUrlPost[]> {
  const id = `export-${++counter}`;
  const response = await t.send(
    slashCommandBody({ text, response_url: t.fake.responseUrl(id) }),
    'application/x-www-form-urlencoded',
  );
  expect(response).toEqual({ status: 200, text: '' });
  return waitFor(() => {
    const posts = t.fake.responses.filter((r) => r.id === id);
    return posts.length >= answers && posts;
  }, `${answers} answers to /remiss ${text}`);
}

/** Waits until `n` files have been completed through files upload v2 and returns the last. */
function nthUpload(n: number) {
  return waitFor(() => t.fake.uploads.completed()[n - 1], `upload number ${n}`);
}

async function stancesOf(remiss: string): Promise<number> {
  const store = await openSqliteStore(join(t.dir, 'remiss.db'), { readOnly: true });
  const n = (await store.allAnswers(remiss)).length;
  await store.close();
  return n;
}

describe('When a user types /remiss export SOU 2024:72 xlsx', () => {
  test('the workbook is uploaded to the channel through files upload v2, its bytes opening with the right rows', async () => {
    const before = t.fake.uploads.completed().length;
    const [working] = await command('export SOU 2024:72 xlsx');
    expect(visibleText(working.body.blocks)).toBe(EXPORT_SV.slack.working('SOU 2024:72', 'xlsx'));
    const upload = await nthUpload(before + 1);
    expect(upload).toMatchObject({ channel: 'C0000000001', filename: 'remissammanstallning-SOU-2024-72.xlsx' });
    expect(upload.bytes?.length).toBe(upload.length);
    const rows = sheetRows((await readWorkbook(upload.bytes!)).getWorksheet('Ståndpunkter')!);
    expect(rows).toHaveLength((await stancesOf('SOU 2024:72')) + 1);
    expect(rows.find((r) => r[1] === '7.2.2' && r[3] === 'Åstorps kommun')?.slice(4, 6)).toEqual([
      'avstyrker',
      ASTORP_QUOTE,
    ]);
  });

  test('the upload URL is asked for before the upload is completed, with the bot token', async () => {
    const methods = t.fake.calls.map((c) => c.method).filter((m) => m.startsWith('files.'));
    expect(methods.slice(0, 2)).toEqual(['files.getUploadURLExternal', 'files.completeUploadExternal']);
    expect(t.fake.callsTo('files.getUploadURLExternal')[0].authorization).toMatch(/^Bearer xoxb-/);
  });

  test('the file comes with a comment counting responses and stances', async () => {
    const upload = t.fake.uploads.completed()[0];
    expect(upload.initialComment).toMatch(/^Remissammanställning för SOU 2024:72: \d+ remissvar, \d+ ståndpunkter\.$/);
  });
});

describe('When a user types /remiss export sou 2024:72 docx', () => {
  test('a Word document with the proposal headings is uploaded', async () => {
    const before = t.fake.uploads.completed().length;
    await command('export sou 2024:72 docx');
    const upload = await nthUpload(before + 1);
    expect(upload.filename).toBe('remissammanstallning-SOU-2024-72.docx');
    const headings = docxParagraphs(upload.bytes!).filter((p) => p.style === 'Heading2');
    expect(headings.map((p) => p.text)).toContain(
      '7.2.2 Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård',
    );
  });
});

describe('When /remiss export cannot deliver', () => {
  test('an unknown remiss is answered privately in Swedish with the known remisser, and nothing is uploaded', async () => {
    const before = t.fake.uploads.all.length;
    const [answer] = await command('export SOU 1999:1 docx');
    expect(visibleText(answer.body.blocks)).toContain('Remissen ”SOU 1999:1” finns inte. Kända remisser:');
    expect(visibleText(answer.body.blocks)).toContain('SOU 2024:72');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(t.fake.uploads.all.length).toBe(before);
  });

  test('no remiss named among several asks which one', async () => {
    const [answer] = await command('export xlsx');
    expect(visibleText(answer.body.blocks)).toContain('Vilken remiss vill du exportera?');
  });

  test('a failed byte upload is answered with a Swedish message and the file is never shared', async () => {
    const completed = t.fake.uploads.completed().length;
    t.fake.uploads.failNextUpload();
    const [, answer] = await command('export SOU 2024:72 csv', 2);
    expect(visibleText(answer.body.blocks)).toBe(EXPORT_SV.slack.uploadFailed);
    expect(t.fake.uploads.completed().length).toBe(completed);
  });

  test('a channel the bot is not in is answered with how to invite it', async () => {
    t.fake.failNext('files.completeUploadExternal', 'not_in_channel');
    const [, answer] = await command('export SOU 2024:72 md', 2);
    expect(visibleText(answer.body.blocks)).toBe(EXPORT_SV.slack.notInChannel);
  });

  test('the failure is logged in English', async () => {
    expect(t.logger.lines.join('\n')).toMatch(/export upload failed format=md: .*not_in_channel/);
  });
});
