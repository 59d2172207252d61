import { SocketModeReceiver } from '@slack/bolt';
import { loadConfig } from '../../src/config.js';
import { createSlackApp } from '../../src/slack/app.js';
import { isTrustedFileHost } from '../../src/slack/download-file.js';
import { InFlight } from '../../src/slack/in-flight.js';
import { fakeDeps, fakeLogger } from '../helpers/fake-slack-args.js';

describe('createSlackApp', () => {
  test('with SLACK_APP_TOKEN it builds a Socket Mode app (nothing connects until start)', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1-2-3',
      SLACK_APP_TOKEN: 'xapp-1-2-3',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    });
    const app = createSlackApp(config, fakeDeps(), new InFlight(), fakeLogger());
    // biome-ignore lint/suspicious/noExplicitAny: reads Bolt's private receiver to check the transport.
    expect((app as any).receiver).toBeInstanceOf(SocketModeReceiver);
  });

  test("SLACK_API_URL becomes the Web API client's base URL", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1-2-3',
      SLACK_SIGNING_SECRET: 'abcdef0123456789',
      SLACK_API_URL: 'http://127.0.0.1:9/api',
    });
    const app = createSlackApp(config, fakeDeps(), new InFlight(), fakeLogger());
    expect(app.client.slackApiUrl).toBe('http://127.0.0.1:9/api/');
  });
});

describe('Which hosts may receive the bot token for a file download', () => {
  test("Slack's file host over https", () => {
    expect(isTrustedFileHost('https://files.slack.com/files-pri/T1-F1/remissvar.pdf')).toBe(true);
  });

  test('not a look-alike host, not plain http', () => {
    expect(isTrustedFileHost('https://files.slack.com.evil.example/x.pdf')).toBe(false);
    expect(isTrustedFileHost('https://evilslack.com/x.pdf')).toBe(false);
    expect(isTrustedFileHost('http://files.slack.com/x.pdf')).toBe(false);
  });

  test('the configured SLACK_API_URL origin (a proxy or the fake Slack)', () => {
    expect(isTrustedFileHost('http://127.0.0.1:4000/files/x.txt', 'http://127.0.0.1:4000/api/')).toBe(true);
    expect(isTrustedFileHost('http://127.0.0.1:4001/files/x.txt', 'http://127.0.0.1:4000/api/')).toBe(false);
  });
});

describe('InFlight', () => {
  test('drain waits for tracked work to finish', async () => {
    const inFlight = new InFlight();
    let release = () => {};
    const work = new Promise<void>((resolve) => {
      release = resolve;
    });
    inFlight.track(work);
    expect(inFlight.size).toBe(1);
    const drained = inFlight.drain(10_000);
    release();
    expect(await drained).toBe(true);
    expect(inFlight.size).toBe(0);
  });
});
