import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { dropRedeliveries, EVENT_LEASE_MS, eventClaims } from '../../src/slack/redeliveries.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { fakeLogger } from '../helpers/fake-slack-args.js';

/** Bolt's global middleware arguments for one Events API envelope (retryNum as Bolt reads X-Slack-Retry-Num). */
function buildArguments(eventId: string | undefined, retryNum?: number, next = jest.fn().mockResolvedValue(undefined)) {
  const logger = fakeLogger();
  const body = eventId === undefined ? { type: 'block_actions' } : { type: 'event_callback', event_id: eventId };
  const context = retryNum === undefined ? {} : { retryNum, retryReason: 'http_timeout' };
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object; the middleware reads only these.
  const args: any = { body, context, logger, next };
  return { args, next, logger };
}

// One store (SQLite in memory) shared by the instances of a test, as PostgreSQL is by real ones.
let store: Store;
let now: Date;
const instance = (): Middleware<AnyMiddlewareArgs> => dropRedeliveries(eventClaims(store, () => now));
beforeEach(async () => {
  store = await openSqliteStore(':memory:');
  now = new Date('2026-11-23T08:00:00Z');
});
afterEach(async () => {
  await store.close();
});

describe('The redelivery middleware', () => {
  let middleware: Middleware<AnyMiddlewareArgs>;
  beforeEach(() => {
    middleware = instance();
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

describe('The redelivery middleware on two instances sharing one store', () => {
  test('a retry that reaches the other instance is not handled again', async () => {
    await instance()(buildArguments('Ev1').args);
    const { args, next } = buildArguments('Ev1', 1);
    await instance()(args);
    expect(next).not.toHaveBeenCalled();
  });

  test('a retry that reaches the other instance while the first is still answering is dropped', async () => {
    let finish = () => {};
    const slow = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const first = instance()(buildArguments('Ev1', undefined, slow).args);
    const { args, next } = buildArguments('Ev1', 1);
    await instance()(args);
    finish();
    await first;
    expect(slow).toHaveBeenCalledTimes(1);
    expect(next).not.toHaveBeenCalled();
  });

  test('when the listener throws, the event is given back: a retry on the other instance is handled', async () => {
    const failing = jest.fn().mockRejectedValue(new Error('listener failed'));
    await expect(instance()(buildArguments('Ev1', undefined, failing).args)).rejects.toThrow('listener failed');
    const { args, next } = buildArguments('Ev1', 1);
    await instance()(args);
    expect(next).toHaveBeenCalledTimes(1);
  });

  test("a retry after the lease of an instance that died mid-answer is handled by the other (Slack's 5-minute retry)", async () => {
    const dying = instance();
    void dying(
      buildArguments(
        'Ev1',
        undefined,
        jest.fn(() => new Promise<void>(() => {})),
      ).args,
    );
    await new Promise((resolve) => setImmediate(resolve));
    now = new Date(now.getTime() + 60_000);
    const atOneMinute = buildArguments('Ev1', 2);
    await instance()(atOneMinute.args);
    now = new Date(now.getTime() + 4 * 60_000);
    const atFiveMinutes = buildArguments('Ev1', 3);
    await instance()(atFiveMinutes.args);
    expect(EVENT_LEASE_MS).toBeLessThan(5 * 60_000);
    expect(atOneMinute.next).not.toHaveBeenCalled();
    expect(atFiveMinutes.next).toHaveBeenCalledTimes(1);
  });
});

describe('When the shared store cannot be reached', () => {
  test('the event is handled anyway, and one line says the claim failed', async () => {
    await store.close();
    const { args, next, logger } = buildArguments('Ev1');
    await instance()(args);
    expect(next).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][0]).toMatch(/^event claim failed, handled anyway: RemissError: /);
  });
});
