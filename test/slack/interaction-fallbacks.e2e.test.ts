import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTION } from '../../src/core/render/blocks-actions.js';
import { CORRECTION } from '../../src/core/render/blocks-correction.js';
import { INTERACTION_SV } from '../../src/core/render/interaction-strings-sv.js';
import { REVIEW_SV } from '../../src/core/render/review-strings-sv.js';
import { type Json, waitFor } from '../helpers/fake-slack.js';
import { blockProblems, buttons, visibleText } from '../helpers/fake-slack-blocks.js';
import { buttonClick } from '../helpers/fake-slack-requests.js';
import { optionOf, overflowClick, overflowNear, viewSubmission } from '../helpers/fake-slack-views.js';
import { SEEDS, startTestBot, type TestBot } from './e2e-harness.js';

const ANALYST = 'U0000000001';
const CHANNEL = 'C0000000001';
const DM = 'D0000000009';

/** Constructed (not a real response): a proposal heading that carries a link, @here and mrkdwn markers. */
const TESTBY = [
  'Remissvar över betänkandet SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
  '',
  'Testby kommun har utsetts som remissinstans i utredningen om Stärkt medicinsk kompetens inom kommunal hälso- och sjukvård, SOU 2024:72.',
  '',
  '7.9.9 Förslag om <https://evil.example|länk> och <!here> för *alla*',
  '',
  'Svar: Vi instämmer inte i förslaget om länkar.',
  '',
].join('\n');

let t: TestBot;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'remiss-e2e-fallbacks-'));
  mkdirSync(join(dir, 'seeds'));
  for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) {
    copyFileSync(join(SEEDS, name), join(dir, 'seeds', name));
  }
  writeFileSync(join(dir, 'seeds', 'testby-konstruerat-remissvar.txt'), TESTBY);
  t = await startTestBot({ dir });
  t.fake.stub('conversations.members', { ok: true, members: [ANALYST], response_metadata: {} });
});
afterAll(async () => {
  await t.dispose();
  rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

/** Runs `/remiss query`, picks "Rätta" on the line of `respondent`, returns the opened modal. */
async function openCorrection(
  query: string,
  respondent: string,
  where: { channel?: string; channelName?: string } = {},
) {
  const answer = await t.command(query);
  const menu = overflowNear(answer.body.blocks, respondent);
  if (!menu) throw new Error(`no menu on ${respondent}`);
  const before = t.fake.callsTo('views.open').length;
  await t.interaction(
    overflowClick({ menu, option: REVIEW_SV.menuCorrect, response_url: t.fake.responseUrl(nextId('fix')), ...where }),
  );
  return (await waitFor(() => t.fake.callsTo('views.open')[before], 'views.open')).body.view as Json;
}

function choices(view: Json, stance: string): Record<string, Json> {
  const proposal = view.blocks.find((b: Json) => b.block_id === CORRECTION.proposal).element.initial_option;
  return {
    [CORRECTION.stance]: optionOf(view, CORRECTION.stance, stance),
    [CORRECTION.proposal]: proposal,
    [CORRECTION.quote]: optionOf(view, CORRECTION.quote, '1.'),
  };
}

describe('When a correction of a proposal whose title holds a link and <!here> is saved', () => {
  test('the confirmation shows the title as text: no live link, no @here', async () => {
    const view = await openCorrection('7.9.9', 'Testby kommun');
    const before = t.fake.callsTo('chat.postEphemeral').length;
    await t.interaction(viewSubmission({ view, viewId: 'V0EVIL', selected: choices(view, 'tillstyrker') }));
    const confirmation = await waitFor(() => t.fake.callsTo('chat.postEphemeral')[before], 'the confirmation');
    const sent = `${confirmation.body.text}\n${visibleText(confirmation.body.blocks)}`;
    expect(sent).toContain('Rättelsen är sparad: Testby kommun, 7.9.9 Förslag om &lt;https://evil.example|länk&gt;');
    expect(sent).not.toMatch(/<!here>|<https:/);
  });
});

describe('When the bot is not in the channel where a correction is submitted', () => {
  test('the modal shows that the correction was saved, and it is stored once', async () => {
    const view = await openCorrection('7.2.2', 'Åstorps kommun');
    t.fake.failNext('chat.postEphemeral', 'not_in_channel');
    const response = await t.interaction(
      viewSubmission({ view, viewId: 'V0NOTIN', selected: choices(view, 'neutral') }),
    );
    expect(response.status).toBe(200);
    const answer = JSON.parse(response.text);
    expect(answer.response_action).toBe('update');
    expect(blockProblems(answer.view.blocks, 100)).toEqual([]);
    expect(visibleText(answer.view.blocks)).toContain('Rättelsen är sparad: Åstorps kommun, 7.2.2');
    expect((await t.bot.store.correctionsSince()).filter((c) => c.requestKey === 'V0NOTIN')).toHaveLength(1);
    expect(t.logger.lines.some((l) => /^warn correction id=\d+ confirmation not posted .*not_in_channel/.test(l))).toBe(
      true,
    );
  });
});

describe('When "Rätta" is used on an answer in a direct message', () => {
  test('the modal opens and the correction is stored, without a membership lookup the bot cannot make', async () => {
    const lookups = t.fake.callsTo('conversations.members').length;
    const view = await openCorrection('7.2.2', 'Åstorps kommun', { channel: DM, channelName: 'directmessage' });
    t.fake.failNext('chat.postEphemeral', 'channel_not_found');
    const response = await t.interaction(
      viewSubmission({ view, viewId: 'V0DM', selected: choices(view, 'avstyrker') }),
    );
    expect(JSON.parse(response.text).response_action).toBe('update');
    expect((await t.bot.store.correctionsSince()).filter((c) => c.requestKey === 'V0DM')).toHaveLength(1);
    expect(t.fake.callsTo('conversations.members')).toHaveLength(lookups);
  });
});

describe('When a button is clicked on an answer older than its response_url (30 minutes)', () => {
  test('"Dela i kanalen" tells the clicker privately to search again', async () => {
    const answer = await t.command('7.2.2');
    const share = buttons(answer.body.blocks).find((b) => b.action_id.startsWith(ACTION.shareChannel))!;
    const id = nextId('old');
    t.fake.expire(id);
    const before = t.fake.callsTo('chat.postEphemeral').length;
    await t.interaction(buttonClick({ button: share, response_url: t.fake.responseUrl(id) }));
    const notice = await waitFor(() => t.fake.callsTo('chat.postEphemeral')[before], 'the notice');
    expect(notice.body).toMatchObject({ channel: CHANNEL, user: ANALYST, text: INTERACTION_SV.answerTooOld('7.2.2') });
    expect(t.fake.expiredPosts).toContain(id);
    expect(t.logger.lines.some((l) => l.includes(`action=${share.action_id}`) && l.includes('404'))).toBe(true);
  });

  test('"Visa fler" tells the clicker privately to search again', async () => {
    // A quote search with more hits than one message shows (a respondent's 16 proposals now fit in one).
    const answer = await t.command('instämmer');
    const more = buttons(answer.body.blocks).find((b) => b.action_id === ACTION.showMore)!;
    const id = nextId('old');
    t.fake.expire(id);
    const before = t.fake.callsTo('chat.postEphemeral').length;
    await t.interaction(buttonClick({ button: more, response_url: t.fake.responseUrl(id) }));
    const notice = await waitFor(() => t.fake.callsTo('chat.postEphemeral')[before], 'the notice');
    expect(notice.body.text).toBe(INTERACTION_SV.answerTooOld('instämmer'));
  });
});

describe('When the bot was removed from the channel of its thread answer', () => {
  test('"Dela i kanalen" tells the clicker privately to invite it', async () => {
    const thread = '1700000900.000100';
    const before = t.fake.callsTo('chat.postMessage').length;
    await t.event({
      type: 'app_mention',
      user: ANALYST,
      text: '<@UBOT0001> 7.2.2',
      ts: '1700000901.000100',
      thread_ts: thread,
      channel: CHANNEL,
      event_ts: '1700000901.000100',
    });
    const post = await waitFor(() => t.fake.callsTo('chat.postMessage')[before], 'the thread answer');
    const share = buttons(post.body.blocks).find((b) => b.action_id.startsWith(ACTION.shareChannel))!;
    t.fake.failNext('chat.postMessage', 'not_in_channel');
    const id = nextId('left');
    await t.interaction(
      buttonClick({ button: share, response_url: t.fake.responseUrl(id), ephemeral: false, threadTs: thread }),
    );
    const notice = await waitFor(() => t.fake.responses.find((r) => r.id === id), 'the notice');
    expect(notice.body.response_type).toBe('ephemeral');
    expect(visibleText(notice.body.blocks)).toBe(INTERACTION_SV.notInChannel);
  });
});
