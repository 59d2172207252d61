import { loadConfig } from '../src/config.js';
import { ErrorCode, isRemissError } from '../src/errors.js';

const SECRET = '0123456789abcdef0123456789abcdef';
const BOT = 'xoxb-1111-2222-secretvalue';
const APP = 'xapp-1-A111-2222-secretvalue';

function problems(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (isRemissError(error, ErrorCode.InvalidConfig)) return error.message;
    throw error;
  }
  throw new Error('expected loadConfig to fail');
}

describe('When no Slack variables are set', () => {
  const config = loadConfig({});

  test('the mode is the terminal', () => {
    expect(config.mode).toBe('terminal');
  });

  test('the defaults apply: port 3000, seeds/, data/remiss.db, digest at 08:00 Europe/Stockholm, log level info', () => {
    expect(config).toMatchObject({
      port: 3000,
      seedsDir: 'seeds',
      dbPath: 'data/remiss.db',
      digest: { hour: 8, minute: 0, timeZone: 'Europe/Stockholm', channel: undefined },
      logLevel: 'info',
    });
  });
});

describe('Mode selection', () => {
  test('SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET selects HTTP mode', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET }).mode).toBe('http');
  });

  test('SLACK_APP_TOKEN selects Socket Mode', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP }).mode).toBe('socket');
  });

  test('a bot token without signing secret (and no app token) is one clear problem', () => {
    expect(problems({ SLACK_BOT_TOKEN: BOT })).toContain('SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN');
  });

  test('an app token without bot token is one clear problem', () => {
    expect(problems({ SLACK_APP_TOKEN: APP })).toContain('SLACK_BOT_TOKEN: required with SLACK_APP_TOKEN');
  });

  test('blank variables count as unset', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '  ', PORT: '' }).mode).toBe('terminal');
  });
});

describe('SLACK_API_URL', () => {
  test('gets a trailing slash so method names join onto /api/', () => {
    expect(loadConfig({ SLACK_API_URL: 'http://127.0.0.1:4000/api' }).slack.apiUrl).toBe('http://127.0.0.1:4000/api/');
  });

  test('a value that is not a URL is refused', () => {
    expect(problems({ SLACK_API_URL: 'slack.com/api' })).toContain('SLACK_API_URL: must be a URL');
  });
});

describe('When several variables are malformed', () => {
  const message = problems({
    SLACK_BOT_TOKEN: 'xoxp-user-token-secret',
    SLACK_SIGNING_SECRET: 'not-hex-secret!',
    PORT: 'eighty',
    DIGEST_TIME: '8 am',
    DIGEST_TZ: 'Mars/Olympus',
    DIGEST_CHANNEL: '#remisser',
    LOG_LEVEL: 'chatty',
  });

  test.each([
    ['SLACK_BOT_TOKEN', 'xoxb-'],
    ['SLACK_SIGNING_SECRET', 'signing secret'],
    ['PORT', 'port number 0–65535'],
    ['DIGEST_TIME', 'HH:MM'],
    ['DIGEST_TZ', 'IANA time zone'],
    ['DIGEST_CHANNEL', 'channel id'],
    ['LOG_LEVEL', 'debug, info, warn, error'],
  ])('%s gets its own line saying what is expected', (name, hint) => {
    const line = message.split('\n').find((l) => l.trim().startsWith(`${name}:`));
    expect(line).toContain(hint);
  });

  test('no secret value appears in the message', () => {
    expect(message).not.toContain('xoxp-user-token-secret');
    expect(message).not.toContain('not-hex-secret!');
  });
});

describe('DIGEST_TIME and DIGEST_TZ', () => {
  test('"07:30" in America/New_York is parsed', () => {
    expect(loadConfig({ DIGEST_TIME: '07:30', DIGEST_TZ: 'America/New_York' }).digest).toMatchObject({
      hour: 7,
      minute: 30,
      timeZone: 'America/New_York',
    });
  });

  test('PORT 0 (any free port) is allowed', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });
});
