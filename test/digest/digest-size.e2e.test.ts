import type { ParsedDocument } from '../../src/core/types.js';
import { blockTextLength, REFUSED_BLOCK_TEXT, visibleText } from '../helpers/fake-slack-blocks.js';
import { startTestBot, type TestBot } from '../slack/e2e-harness.js';

/**
 * The digest on days that bring many remissvar. CONSTRUCTED from real parser output: Åstorps kommun's answer
 * (seeds/002, 16 stances, 5 of them objections) saved again under 45 other names, as a deadline day brings them.
 * The fake Slack refuses a message with as much block text as chat.postMessage has been seen refusing.
 */
const DIGEST_CHANNEL = 'C0DIGEST02';
const ASTORP_FILE = '002_d8f4ead73eb6a353.txt';
let now = new Date('2026-11-23T07:05:00Z');
let t: TestBot;

const digests = () => t.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === DIGEST_CHANNEL);

async function deadlineDay(day: string, count: number): Promise<void> {
  const astorp = (await t.bot.store.allAnswers('SOU 2024:72')).filter((a) => a.file === ASTORP_FILE);
  for (let i = 1; i <= count; i++) {
    const file = `${day}-kommun-${i}-remissvar-slutlig-version.pdf`;
    const parsed: ParsedDocument = {
      file,
      kind: 'response',
      remiss: { id: 'SOU 2024:72', title: null },
      respondent: `Konstruerad kommun ${day} ${i}`,
      stances: astorp.map(({ proposal, title, stance, quote, page, confidence, reason }) => ({
        proposal,
        title,
        stance,
        quote,
        page,
        confidence,
        reason,
      })),
      warnings: [],
    };
    const contentHash = Buffer.from(file).toString('hex').padEnd(64, '0').slice(0, 64);
    await t.bot.store.saveDocument({ file, contentHash, parsed, addedAt: new Date(`${day}T12:00:00Z`) });
  }
}

beforeAll(async () => {
  t = await startTestBot({
    clock: () => now,
    env: { DIGEST_CHANNEL, DIGEST_TIME: '08:00', DIGEST_TZ: 'Europe/Stockholm' },
  });
  await t.bot.digest?.initial;
});
afterAll(() => t.dispose());

describe('A deadline day of 45 new remissvar', () => {
  test('the digest is posted, within what Slack takes, and says how many it does not list', async () => {
    await deadlineDay('2026-11-23', 45);
    now = new Date('2026-11-24T07:05:00Z');
    expect(await t.bot.digestTurn()).toBe('sent');
    const digest = digests().at(-1)?.body;
    expect(blockTextLength(digest.blocks)).toBeLessThan(REFUSED_BLOCK_TEXT);
    const text = visibleText(digest.blocks);
    expect(text).toContain('Konstruerad kommun 2026-11-23 1*');
    expect(text).toMatch(/… och \d+ remissvar till/);
  });

  test('when Slack still refuses it for its size, a shorter digest is posted at once and the day is done', async () => {
    await deadlineDay('2026-11-24', 45);
    now = new Date('2026-11-25T07:05:00Z');
    const before = digests().length;
    t.fake.failNext('chat.postMessage', 'msg_blocks_too_long');
    expect(await t.bot.digestTurn()).toBe('sent');
    const [refused, posted] = digests().slice(before);
    expect(posted).toBeDefined();
    expect(blockTextLength(posted.body.blocks)).toBeLessThan(blockTextLength(refused.body.blocks));
    expect(visibleText(posted.body.blocks)).toMatch(/… och \d+ remissvar till/);
    expect(await t.bot.digestTurn()).toBe('already_done');
  });

  test('the next day, with more remissvar still, the digest is no larger', async () => {
    const first = blockTextLength(digests()[1].body.blocks);
    await deadlineDay('2026-11-25', 90);
    now = new Date('2026-11-26T07:05:00Z');
    expect(await t.bot.digestTurn()).toBe('sent');
    expect(blockTextLength(digests().at(-1)?.body.blocks)).toBeLessThanOrEqual(first + 200);
  });
});
