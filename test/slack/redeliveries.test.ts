import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { RecentKeys } from '../../src/slack/recent-keys.js';
import { dropRedeliveries } from '../../src/slack/redeliveries.js';
import { fakeLogger } from '../helpers/fake-slack-args.js';

/** Bolt's global middleware arguments for one Events API envelope (retryNum as Bolt reads X-Slack-Retry-Num). */
function buildArguments(eventId: string | undefined, retryNum?: number) {
  const next = jest.fn().mockResolvedValue(undefined);
  const logger = fakeLogger();
  const body = eventId === undefined ? { type: 'block_actions' } : { type: 'event_callback', event_id: eventId };
  const context = retryNum === undefined ? {} : { retryNum, retryReason: 'http_timeout' };
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object; the middleware reads only these.
  const args: any = { body, context, logger, next };
  return { args, next, logger };
}

describe('The redelivery middleware', () => {
  let middleware: Middleware<AnyMiddlewareArgs>;
  beforeEach(() => {
    middleware = dropRedeliveries(new RecentKeys(60_000));
  });

  test('the first delivery of an event is handled', async () => {
    const { args, next } = buildArguments('Ev1');
    await middleware(args);
    expect(next).toHaveBeenCalledTimes(1);
  });

  test('a retry of the same event_id is not handled again, and the log says so', async () => {
    await middleware(buildArguments('Ev1').args);
    const { args, next, logger } = buildArguments('Ev1', 1);
    await middleware(args);
    expect(next).not.toHaveBeenCalled();
    expect(logger.info.mock.calls.flat().join(' ')).toMatch(/redelivered.*event_id=Ev1 retry=1 reason=http_timeout/);
  });

  test('another event is handled', async () => {
    await middleware(buildArguments('Ev1').args);
    const { args, next } = buildArguments('Ev2');
    await middleware(args);
    expect(next).toHaveBeenCalledTimes(1);
  });

  test('requests that are not events (button clicks, commands) always pass', async () => {
    for (let i = 0; i < 2; i++) {
      const { args, next } = buildArguments(undefined);
      await middleware(args);
      expect(next).toHaveBeenCalledTimes(1);
    }
  });
});
