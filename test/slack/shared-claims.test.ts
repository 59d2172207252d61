import { SharedClaims } from '../../src/slack/shared-claims.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { fakeLogger } from '../helpers/fake-slack-args.js';

// Two SharedClaims over one store are two instances over one database (a real SQLite store, in memory).
const POLICY = { kind: 'event', windowMs: 15 * 60_000, leaseMs: 2 * 60_000 } as const;

describe('Claims shared by two instances through one store', () => {
  let store: Store;
  let now: Date;
  const clock = () => now;
  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    now = new Date('2026-11-23T08:00:00Z');
  });
  afterEach(async () => {
    await store.close();
  });

  test('a key claimed on one instance is refused on the other', async () => {
    const [a, b] = [new SharedClaims(store, POLICY, clock), new SharedClaims(store, POLICY, clock)];
    expect(await a.claim('Ev1', fakeLogger())).toBe(true);
    expect(await b.claim('Ev1', fakeLogger())).toBe(false);
  });

  test('a repeat on the same instance is refused in memory, without asking the store again', async () => {
    const spy = jest.spyOn(store, 'claimKey');
    const a = new SharedClaims(store, POLICY, clock);
    await a.claim('Ev1', fakeLogger());
    expect(await a.claim('Ev1', fakeLogger())).toBe(false);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  test('the key is stored under its kind: an event and a click with one name are two keys', async () => {
    const events = new SharedClaims(store, POLICY, clock);
    const clicks = new SharedClaims(store, { ...POLICY, kind: 'click' }, clock);
    await events.claim('same', fakeLogger());
    expect(await clicks.claim('same', fakeLogger())).toBe(true);
  });

  test('work done on one instance is not done again on the other, even after the lease', async () => {
    const [a, b] = [new SharedClaims(store, POLICY, clock), new SharedClaims(store, POLICY, clock)];
    expect(await a.once('Ev1', fakeLogger(), async () => true)).toBe('done');
    now = new Date(now.getTime() + POLICY.leaseMs + 1000);
    const work = jest.fn().mockResolvedValue(true);
    expect(await b.once('Ev1', fakeLogger(), work)).toBe('held');
    expect(work).not.toHaveBeenCalled();
  });

  test('work that failed gives the key back, so the other instance may try at once', async () => {
    const [a, b] = [new SharedClaims(store, POLICY, clock), new SharedClaims(store, POLICY, clock)];
    expect(await a.once('Ev1', fakeLogger(), async () => false)).toBe('not-done');
    expect(await b.once('Ev1', fakeLogger(), async () => true)).toBe('done');
  });

  test('work that throws gives the key back and the error goes on', async () => {
    const [a, b] = [new SharedClaims(store, POLICY, clock), new SharedClaims(store, POLICY, clock)];
    await expect(
      a.once('Ev1', fakeLogger(), async () => {
        throw new Error('listener failed');
      }),
    ).rejects.toThrow('listener failed');
    expect(await b.claim('Ev1', fakeLogger())).toBe(true);
  });

  test('a key lost to another instance, then given back, may be claimed here', async () => {
    const [a, b] = [new SharedClaims(store, POLICY, clock), new SharedClaims(store, POLICY, clock)];
    await a.claim('Ev1', fakeLogger());
    expect(await b.claim('Ev1', fakeLogger())).toBe(false);
    await a.release('Ev1', fakeLogger());
    expect(await b.claim('Ev1', fakeLogger())).toBe(true);
  });

  test('a holder that never finished is taken over once the lease has run out', async () => {
    const [a, b] = [new SharedClaims(store, POLICY, clock), new SharedClaims(store, POLICY, clock)];
    await a.claim('Ev1', fakeLogger());
    now = new Date(now.getTime() + POLICY.leaseMs);
    expect(await b.claim('Ev1', fakeLogger())).toBe(true);
  });
});

describe('When the shared store fails', () => {
  const down = () =>
    Object.assign(new Error('Database db.example:5432/remiss is unavailable'), { name: 'RemissError' });
  const failing = () => ({
    claimKey: jest.fn().mockRejectedValue(down()),
    completeKey: jest.fn().mockRejectedValue(down()),
    releaseKey: jest.fn().mockRejectedValue(down()),
  });
  const now = () => new Date('2026-11-23T08:00:00Z');

  test('the work is done anyway, and one line says why', async () => {
    const logger = fakeLogger();
    const work = jest.fn().mockResolvedValue(true);
    expect(await new SharedClaims(failing(), POLICY, now).once('Ev1', logger, work)).toBe('done');
    expect(work).toHaveBeenCalledTimes(1);
    const warned = logger.warn.mock.calls.map((c) => c.join(' '));
    expect(warned[0]).toBe(
      'event claim failed, handled anyway: RemissError: Database db.example:5432/remiss is unavailable',
    );
  });

  test('a repeat on the same instance is still dropped, from memory', async () => {
    const claims = new SharedClaims(failing(), POLICY, now);
    await claims.claim('Ev1', fakeLogger());
    expect(await claims.claim('Ev1', fakeLogger())).toBe(false);
  });

  test('a failed release still forgets the key here, so the next click on this instance may try', async () => {
    const store = { ...failing(), claimKey: jest.fn().mockResolvedValue(true) };
    const claims = new SharedClaims(store, POLICY, now);
    await claims.once('Ev1', fakeLogger(), async () => false);
    expect(await claims.claim('Ev1', fakeLogger())).toBe(true);
  });
});
