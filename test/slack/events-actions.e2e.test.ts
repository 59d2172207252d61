import { ACTION } from '../../src/core/render/blocks-actions.js';
import { SLACK_SV } from '../../src/core/render/strings-sv.js';
import { FAKE_BOT_USER, waitFor } from '../helpers/fake-slack.js';
import { blockProblems, buttons, visibleText } from '../helpers/fake-slack-blocks.js';
import { buttonClick } from '../helpers/fake-slack-requests.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot();
});
afterAll(async () => {
  await t.dispose();
});

const CHANNEL = 'C0000000001';
const THREAD = '1700000500.000200';

function mention(text: string, ts: string, threadTs?: string) {
  return {
    type: 'app_mention',
    user: 'U0000000001',
    text,
    ts,
    ...(threadTs ? { thread_ts: threadTs } : {}),
    channel: CHANNEL,
    event_ts: ts,
  };
}

async function answerInThread(threadTs: string, after: number) {
  return waitFor(
    () =>
      t.fake
        .callsTo('chat.postMessage')
        .slice(after)
        .find((c) => c.body.thread_ts === threadTs),
    `a post in thread ${threadTs}`,
  );
}

describe('When Slack verifies the events URL', () => {
  test('url_verification is answered with the challenge', async () => {
    const response = await t.send(
      JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' }),
      'application/json',
    );
    expect(response.status).toBe(200);
    expect(response.text).toContain('abc123');
  });
});

describe('When the bot is mentioned in a thread: "@remiss 7.2.2"', () => {
  test('it answers in that thread with the proposal', async () => {
    const before = t.fake.callsTo('chat.postMessage').length;
    const response = await t.event(mention(`<@${FAKE_BOT_USER}> 7.2.2`, '1700000600.000300', THREAD));
    expect(response.status).toBe(200);
    const post = await answerInThread(THREAD, before);
    expect(post.body.channel).toBe(CHANNEL);
    expect(visibleText(post.body.blocks)).toContain('7.2.2 Genomför försöksverksamhet med Magnetmodellen');
    expect(blockProblems(post.body.blocks)).toEqual([]);
  });

  test('every quote offers "Dela i tråd" and "Dela i kanalen", and no "Posta i kanalen"', async () => {
    const before = t.fake.callsTo('chat.postMessage').length;
    await t.event(mention(`<@${FAKE_BOT_USER}> 7.2.2`, '1700000601.000300', THREAD));
    const post = await answerInThread(THREAD, before);
    const labels = buttons(post.body.blocks).map((b) => b.text);
    expect(labels).toContain(SLACK_SV.shareInThread);
    expect(labels).toContain(SLACK_SV.shareInChannel);
    expect(labels).not.toContain(SLACK_SV.postInChannel);
  });

  test('"Dela i tråd" posts that one quote, attributed, into the thread', async () => {
    const before = t.fake.callsTo('chat.postMessage').length;
    await t.event(mention(`<@${FAKE_BOT_USER}> 7.2.2`, '1700000602.000300', THREAD));
    const post = await answerInThread(THREAD, before);
    const share = buttons(post.body.blocks).find((b) => b.action_id.startsWith(ACTION.shareThread))!;
    const afterAnswer = t.fake.callsTo('chat.postMessage').length;
    await t.interaction(
      buttonClick({
        button: share,
        response_url: t.fake.responseUrl('thread-share'),
        ephemeral: false,
        threadTs: THREAD,
      }),
    );
    const shared = await answerInThread(THREAD, afterAnswer);
    const text = visibleText(shared.body.blocks);
    expect(text).toContain('7.2.2 Genomför försöksverksamhet');
    expect(text).toContain(SLACK_SV.sharedBy('U0000000001'));
    expect(shared.body.blocks.length).toBeLessThanOrEqual(2);
  });

  test('a mention outside a thread starts a thread under the mention', async () => {
    const before = t.fake.callsTo('chat.postMessage').length;
    await t.event(mention(`<@${FAKE_BOT_USER}> Vision`, '1700000700.000400'));
    const post = await answerInThread('1700000700.000400', before);
    expect(visibleText(post.body.blocks)).toContain('Vision');
  });

  test('a mention with no query explains how to ask', async () => {
    const before = t.fake.callsTo('chat.postMessage').length;
    await t.event(mention(`<@${FAKE_BOT_USER}>`, '1700000800.000500'));
    const post = await answerInThread('1700000800.000500', before);
    expect(visibleText(post.body.blocks)).toContain(SLACK_SV.mentionEmpty);
  });
});

describe('When a user picks from a pick list', () => {
  test('"läkare" (two titles equally good) shows a pick list instead of a guess', async () => {
    const message = await t.command('läkare');
    expect(visibleText(message.body.blocks)).toContain(SLACK_SV.pickOne('läkare'));
    expect(buttons(message.body.blocks).filter((b) => b.action_id.startsWith(ACTION.pick)).length).toBeGreaterThan(1);
  });

  test('the pick answers the chosen query in place of the list', async () => {
    const message = await t.command('läkare');
    const picks = buttons(message.body.blocks).filter((b) => b.action_id.startsWith(ACTION.pick));
    await t.interaction(buttonClick({ button: picks[0], response_url: t.fake.responseUrl('pick-1') }));
    const answer = await waitFor(() => t.fake.responses.find((r) => r.id === 'pick-1'), 'the picked answer');
    expect(answer.body.replace_original).toBe(true);
    expect(visibleText(answer.body.blocks)).toMatch(/\*(4\.3|5\.4) /);
    expect(blockProblems(answer.body.blocks)).toEqual([]);
  });
});

describe('When a user runs the message shortcut "Sök i remissvar"', () => {
  test('the message text is searched and answered privately', async () => {
    const response = await t.interaction({
      type: 'message_action',
      callback_id: 'remiss_search_message',
      trigger_id: '1.2.3',
      team: { id: 'T00000001', domain: 'remiss-test' },
      user: { id: 'U0000000001', name: 'analytiker' },
      channel: { id: CHANNEL, name: 'remisser' },
      message_ts: '1700000900.000100',
      response_url: t.fake.responseUrl('shortcut-1'),
      message: { type: 'message', user: 'U0000000002', ts: '1700000900.000100', text: 'magnetmodellen' },
      token: 'x',
    });
    expect(response.status).toBe(200);
    const answer = await waitFor(() => t.fake.responses.find((r) => r.id === 'shortcut-1'), 'the shortcut answer');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(visibleText(answer.body.blocks)).toContain('Magnetmodellen');
  });
});

describe('When a user opens the App Home', () => {
  test('the Home tab lists each remiss with its proposals and tallies', async () => {
    const before = t.fake.callsTo('views.publish').length;
    await t.event({
      type: 'app_home_opened',
      user: 'U0000000001',
      channel: 'D0000000001',
      tab: 'home',
      event_ts: '1700001000.000100',
    });
    const call = await waitFor(() => t.fake.callsTo('views.publish')[before], 'views.publish');
    expect(call.body.user_id).toBe('U0000000001');
    const text = visibleText(call.body.view.blocks);
    expect(text).toContain('SOU 2024:72');
    expect(text).toMatch(/\d+ avstyrker · \d+ tillstyrker/);
    expect(blockProblems(call.body.view.blocks, 100)).toEqual([]);
  });
});
