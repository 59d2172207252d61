import type { Store } from '../../src/store/store.js';

/** A fresh, empty store, and how many handled_keys rows its database holds (read beside the store, not through it). */
export interface HandledKeysFixture {
  store: Store;
  rows: () => Promise<number>;
}

/**
 * The shared memory of Slack events and clicks already answered (Store.claimKey): the behaviour both backends
 * must have. `open` returns a fresh, empty store each time.
 */
export function describeHandledKeysContract(name: string, open: () => Promise<HandledKeysFixture>): void {
  describe(`The ${name} store's handled keys`, () => {
    const key = 'event:Ev0CLAIM1';
    const t0 = new Date('2026-11-23T08:00:00Z');
    const window = { windowMs: 15 * 60_000, leaseMs: 2 * 60_000 };
    const at = (ms: number) => new Date(t0.getTime() + ms);
    let store: Store;
    let rows: () => Promise<number>;
    beforeEach(async () => {
      ({ store, rows } = await open());
    });
    afterEach(async () => {
      await store.close();
    });

    test('the first claim of a key wins', async () => {
      expect(await store.claimKey(key, t0, window)).toBe(true);
    });

    test('a second claim within the lease loses', async () => {
      await store.claimKey(key, t0, window);
      expect(await store.claimKey(key, at(1000), window)).toBe(false);
    });

    test('another key is claimed independently', async () => {
      await store.claimKey(key, t0, window);
      expect(await store.claimKey('event:Ev0CLAIM2', t0, window)).toBe(true);
    });

    test('a completed key is not claimed again within its window, even long after the lease', async () => {
      await store.claimKey(key, t0, window);
      await store.completeKey(key);
      expect(await store.claimKey(key, at(window.leaseMs + 1), window)).toBe(false);
      expect(await store.claimKey(key, at(window.windowMs - 1), window)).toBe(false);
    });

    test('a claim never completed is taken over once the lease has run out (its holder died)', async () => {
      await store.claimKey(key, t0, window);
      expect(await store.claimKey(key, at(window.leaseMs - 1), window)).toBe(false);
      expect(await store.claimKey(key, at(window.leaseMs), window)).toBe(true);
    });

    test('a takeover starts a new lease: a third claimant loses to the one that took over', async () => {
      await store.claimKey(key, t0, window);
      await store.claimKey(key, at(window.leaseMs), window);
      expect(await store.claimKey(key, at(window.leaseMs + 1000), window)).toBe(false);
    });

    test('a key older than its window is claimed again, done or not', async () => {
      await store.claimKey(key, t0, window);
      await store.completeKey(key);
      expect(await store.claimKey(key, at(window.windowMs), window)).toBe(true);
    });

    test('a released key can be claimed again at once', async () => {
      await store.claimKey(key, t0, window);
      await store.releaseKey(key);
      expect(await store.claimKey(key, at(1), window)).toBe(true);
    });

    test('completing or releasing a key nobody claimed changes nothing', async () => {
      await store.completeKey(key);
      await store.releaseKey(key);
      expect(await rows()).toBe(0);
      expect(await store.claimKey(key, t0, window)).toBe(true);
    });

    test('keys past their window are pruned, so the table stays small', async () => {
      const short = { windowMs: 1000, leaseMs: 500 };
      await store.claimKey('click:old-1', t0, short);
      await store.claimKey('click:old-2', t0, short);
      await store.claimKey('click:live', t0, window);
      await store.claimKey('event:later', at(window.windowMs + 60_000), window);
      // click:live's window (15 min) has passed too by then; only the key claimed last is within its own.
      expect(await rows()).toBe(1);
    });

    test('each key is pruned by its own window, not by the window of the claim that prunes', async () => {
      const long = { windowMs: 30 * 60_000, leaseMs: 60_000 };
      await store.claimKey('click:long', t0, long);
      await store.completeKey('click:long');
      await store.claimKey('event:short', at(20 * 60_000), window);
      expect(await rows()).toBe(2);
      expect(await store.claimKey('click:long', at(20 * 60_000 + 1), long)).toBe(false);
    });

    test('a claim is not a change search must notice: no reload of its catalog on every event', async () => {
      const writes = store.writes;
      const marker = await store.changeMarker();
      await store.claimKey(key, t0, window);
      await store.completeKey(key);
      await store.claimKey('click:other', t0, window);
      await store.releaseKey('click:other');
      expect(store.writes).toBe(writes);
      expect(await store.changeMarker()).toBe(marker);
    });

    test('pruning runs now and then, not on every claim: an expired key may stay for up to a minute', async () => {
      const short = { windowMs: 1000, leaseMs: 500 };
      await store.claimKey('click:old', t0, short);
      await store.claimKey('click:next', at(2000), short);
      expect(await rows()).toBe(2);
      await store.claimKey('click:later', at(61_000), short);
      expect(await rows()).toBe(1);
    });
  });
}
