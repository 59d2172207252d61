import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FakeSlack, startFakeSlack, waitFor } from '../helpers/fake-slack.js';
import { blockProblems, visibleText } from '../helpers/fake-slack-blocks.js';
import { BOT_TOKEN, SEEDS, startTestBot, type TestBot } from '../slack/e2e-harness.js';

/**
 * The digest drives a fake clock through four days in Stockholm (UTC+1 in November), restarting the app
 * in between, on one database and one fake Slack.
 */
const DIGEST_CHANNEL = 'C0DIGEST01';
const env = { DIGEST_CHANNEL, DIGEST_TIME: '08:00', DIGEST_TZ: 'Europe/Stockholm' };
/** "2026-11-24 08:00" Stockholm => the instant. */
const at = (day: number, hhmm: string) => new Date(`2026-11-${day}T${hhmm}:00+01:00`);

let now = at(24, '07:00');
const clock = () => now;
let fake: FakeSlack;
let t: TestBot;
let dir: string;

const digests = () => fake.callsTo('chat.postMessage').filter((c) => c.body.channel === DIGEST_CHANNEL);

beforeAll(async () => {
  fake = await startFakeSlack({ botToken: BOT_TOKEN });
  t = await startTestBot({
    fake,
    clock,
    env,
    seeds: ['000_60d22344ceaed4cd.txt', '001_ddd1ef1438ff4d2c.txt', '004_4a378a17ca59cf5e.txt'],
  });
  dir = t.dir;
});
afterAll(async () => {
  await t.dispose();
  await fake.close();
});

async function restartAt(instant: Date): Promise<void> {
  await t.stop();
  now = instant;
  t = await startTestBot({ fake, clock, env, dir });
}

describe('Day 1: seeds ingested at 07:00, digest at 08:00', () => {
  test('before 08:00 nothing is sent', async () => {
    expect(await t.bot.digest!.initial).toBe('not_due');
    expect(digests()).toHaveLength(0);
  });

  test('at 08:00 one digest lists the new responses with their tallies', async () => {
    now = at(24, '08:00');
    expect(await t.bot.digest!.tick()).toBe('sent');
    expect(digests()).toHaveLength(1);
    const text = visibleText(digests()[0].body.blocks);
    expect(text).toContain('Vision');
    expect(text).toContain('Föreningen Sveriges socialchefer');
    expect(text).toMatch(/\d+ avstyrker · \d+ tillstyrker/);
    expect(blockProblems(digests()[0].body.blocks)).toEqual([]);
  });

  test('a restart at 08:05 does not send it again', async () => {
    await restartAt(at(24, '08:05'));
    expect(await t.bot.digest!.initial).toBe('already_done');
    expect(await t.bot.digest!.tick()).toBe('already_done');
    expect(digests()).toHaveLength(1);
  });
});

describe('Day 2: nothing new', () => {
  test('at 08:00 nothing is posted', async () => {
    now = at(25, '08:00');
    expect(await t.bot.digest!.tick()).toBe('nothing_new');
    expect(digests()).toHaveLength(1);
  });
});

describe('Day 3: a remissvar dropped into SEEDS_DIR on day 2', () => {
  test('the watcher ingests it within seconds and it is searchable', async () => {
    now = at(25, '10:00');
    copyFileSync(join(SEEDS, '002_d8f4ead73eb6a353.txt'), join(t.seedsDir, '002_d8f4ead73eb6a353.txt'));
    const answer = await waitFor(async () => {
      const r = await t.command('Åstorp');
      return visibleText(r.body.blocks).includes('Åstorps kommun') ? r : undefined;
    }, 'Åstorps kommun to be searchable');
    expect(answer).toBeDefined();
  });

  test('a restart, then 08:00 on day 3: one digest with only the new response and its objections', async () => {
    await restartAt(at(26, '07:59'));
    expect(await t.bot.digest!.initial).toBe('not_due');
    now = at(26, '08:00');
    expect(await t.bot.digest!.tick()).toBe('sent');
    expect(digests()).toHaveLength(2);
    const text = visibleText(digests()[1].body.blocks);
    expect(text).toContain('Åstorps kommun');
    expect(text).not.toContain('Vision');
    expect(text).toContain('avstyrker: ');
    expect(text).toContain('Tillagda sedan 2026-11-25 08:00');
  });
});

describe('Day 4: the post fails once', () => {
  test('the turn is given back, the retry sends it, and exactly one digest exists for the day', async () => {
    now = at(26, '12:00');
    copyFileSync(join(SEEDS, '003_07777d2dab1cb254.txt'), join(t.seedsDir, '003_07777d2dab1cb254.txt'));
    await waitFor(
      async () => ((await t.bot.store.status()).lastAddedFile === '003_07777d2dab1cb254.txt' ? true : undefined),
      'the watcher',
    );
    now = at(27, '08:00');
    fake.failNext('chat.postMessage', 'internal_error');
    expect(await t.bot.digest!.tick()).toBe('failed');
    now = at(27, '08:05');
    expect(await t.bot.digest!.tick()).toBe('sent');
    expect(await t.bot.digest!.tick()).toBe('already_done');
    const day4 = digests().slice(2);
    expect(day4).toHaveLength(2); // the failed attempt and the retry
    expect(visibleText(day4[1].body.blocks)).toContain('Stockholms stad');
  });
});
