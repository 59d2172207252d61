import { ACTION, decodeQueryValue } from '../../src/core/render/blocks-actions.js';
import { SLACK_SV } from '../../src/core/render/strings-sv.js';
import { waitFor } from '../helpers/fake-slack.js';
import { blockProblems, buttons, visibleText } from '../helpers/fake-slack-blocks.js';
import { buttonClick, signature, slashCommandBody } from '../helpers/fake-slack-requests.js';
import { BOT_TOKEN, SIGNING_SECRET, startTestBot, type TestBot } from './e2e-harness.js';

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot();
});
afterAll(async () => {
  await t.dispose();
});

describe('When a user types /remiss 7.2.2', () => {
  test('the slash command is acknowledged with HTTP 200 and an empty body', async () => {
    const response = await t.send(
      slashCommandBody({ text: '7.2.2', response_url: t.fake.responseUrl('ack-only') }),
      'application/x-www-form-urlencoded',
    );
    expect(response).toEqual({ status: 200, text: '' });
  });

  test('the answer is ephemeral and shows the proposal, its tally and Åstorps kommun against it', async () => {
    const answer = await t.command('7.2.2');
    expect(answer.body.response_type).toBe('ephemeral');
    const text = visibleText(answer.body.blocks);
    expect(text).toContain('7.2.2 Genomför försöksverksamhet med Magnetmodellen');
    expect(text).toMatch(/\d+ avstyrker · \d+ tillstyrker/);
    expect(text).toMatch(/\*Åstorps kommun\* — avstyrker/);
    expect(text).toContain('002_d8f4ead73eb6a353.txt');
    expect(blockProblems(answer.body.blocks)).toEqual([]);
  });

  test('the answer offers "Posta i kanalen"', async () => {
    const answer = await t.command('7.2.2');
    expect(buttons(answer.body.blocks).map((b) => b.text)).toContain(SLACK_SV.postInChannel);
  });

  test('clicking "Posta i kanalen" posts the same answer for everyone through the response_url', async () => {
    const answer = await t.command('7.2.2');
    const post = buttons(answer.body.blocks).find((b) => b.action_id === ACTION.postInChannel)!;
    const response = await t.interaction(buttonClick({ button: post, response_url: t.fake.responseUrl('post-1') }));
    expect(response.status).toBe(200);
    const posted = await waitFor(() => t.fake.responses.find((r) => r.id === 'post-1'), 'the channel post');
    expect(posted.body.response_type).toBe('in_channel');
    expect(visibleText(posted.body.blocks)).toContain('Åstorps kommun');
    expect(buttons(posted.body.blocks).map((b) => b.text)).not.toContain(SLACK_SV.postInChannel);
  });

  test('clicking "Dela i kanalen" on a quote posts that one quote, attributed', async () => {
    const answer = await t.command('7.2.2');
    const share = buttons(answer.body.blocks).find((b) => b.action_id.startsWith(ACTION.shareChannel))!;
    await t.interaction(buttonClick({ button: share, response_url: t.fake.responseUrl('share-1') }));
    const posted = await waitFor(() => t.fake.responses.find((r) => r.id === 'share-1'), 'the shared quote');
    expect(posted.body.response_type).toBe('in_channel');
    const text = visibleText(posted.body.blocks);
    expect(text).toContain('7.2.2 Genomför försöksverksamhet');
    expect(text).toContain('SOU 2024:72');
    expect(text).toContain(SLACK_SV.sharedBy('U0000000001'));
    expect(text.match(/^>/gm)?.length).toBeGreaterThan(0);
  });
});

describe('When a user searches by title, misspelt title or respondent', () => {
  test('/remiss magnetmodelen (misspelt) finds proposal 7.2.2', async () => {
    const answer = await t.command('magnetmodelen');
    expect(visibleText(answer.body.blocks)).toContain('Magnetmodellen');
  });

  test("/remiss Vision lists Vision's stances", async () => {
    const answer = await t.command('Vision');
    expect(visibleText(answer.body.blocks)).toContain('Vision: ståndpunkter');
  });

  test('/remiss Åstorp finds Åstorps kommun', async () => {
    const answer = await t.command('Åstorp');
    expect(visibleText(answer.body.blocks)).toContain('Åstorps kommun');
  });
});

describe('When a user asks for help or status', () => {
  test('/remiss with no text shows usage with examples', async () => {
    const answer = await t.command('');
    expect(visibleText(answer.body.blocks)).toContain('/remiss 7.2.2');
  });

  test('/remiss hjälp shows usage', async () => {
    const answer = await t.command('hjälp');
    expect(visibleText(answer.body.blocks)).toContain(SLACK_SV.helpTitle);
  });

  test('/remiss status counts the indexed remissvar', async () => {
    const answer = await t.command('status');
    const status = await t.bot.store.status();
    expect(status.responses).toBeGreaterThan(0);
    expect(visibleText(answer.body.blocks)).toContain(SLACK_SV.statusBody(status));
  });
});

describe('When a query carries Slack control sequences', () => {
  test('<!channel> in the query is echoed escaped and pings nobody', async () => {
    const answer = await t.command('<!channel> xyzzyqq');
    const all = JSON.stringify(answer.body);
    expect(all).not.toContain('<!channel>');
    expect(all).toContain('&lt;!channel&gt;');
  });
});

describe('When a request is not from Slack', () => {
  test('a wrong signature is rejected with 401 and nothing is answered', async () => {
    const before = t.fake.responses.length;
    const body = slashCommandBody({ text: '7.2.2', response_url: t.fake.responseUrl('forged') });
    const response = await t.send(body, 'application/x-www-form-urlencoded', {
      signature: signature('0'.repeat(32), Math.floor(Date.now() / 1000), body),
    });
    expect(response.status).toBe(401);
    await t.command('hjälp'); // a later, genuine request is answered: the forged one had its chance to be too
    expect(t.fake.responses.slice(before).some((r) => r.id === 'forged')).toBe(false);
  });

  test('a stale timestamp (10 minutes old) is rejected with 401 and nothing is answered', async () => {
    const body = slashCommandBody({ text: '7.2.2', response_url: t.fake.responseUrl('stale') });
    const response = await t.send(body, 'application/x-www-form-urlencoded', {
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    expect(response.status).toBe(401);
    await t.command('hjälp');
    expect(t.fake.responses.some((r) => r.id === 'stale')).toBe(false);
  });
});

describe('Operations', () => {
  test('each request logs one line with surface, query, latency and hits', async () => {
    await t.command('7.2.2');
    const line = t.logger.lines.filter((l) => l.includes('request surface=command query="7.2.2"')).at(-1);
    expect(line).toMatch(/latency_ms=\d+ hits=\d+ outcome=ok/);
  });

  test('no log line contains the bot token or the signing secret', () => {
    const all = t.logger.lines.join('\n');
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
  });

  test('the Web API is called through SLACK_API_URL with the bot token', () => {
    expect(t.fake.calls.length).toBeGreaterThan(0);
    expect(t.fake.calls.every((c) => c.authorization === `Bearer ${BOT_TOKEN}`)).toBe(true);
  });

  test('"Visa fler" carries the next offset', async () => {
    const answer = await t.command('Vision');
    const more = buttons(answer.body.blocks).find((b) => b.action_id === ACTION.showMore);
    if (more) expect(decodeQueryValue(more.value)?.o).toBeGreaterThan(0);
    expect(blockProblems(answer.body.blocks)).toEqual([]);
  });
});
