import { RecentKeys } from '../../src/slack/recent-keys.js';

describe('RecentKeys', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000_000;
  });

  test('a key is claimed once; a second claim within the window is refused', () => {
    const keys = new RecentKeys(60_000, clock);
    expect(keys.claim('Ev1')).toBe(true);
    expect(keys.claim('Ev1')).toBe(false);
    expect(keys.claim('Ev2')).toBe(true);
  });

  test('past the window the key may be claimed again', () => {
    const keys = new RecentKeys(60_000, clock);
    keys.claim('Ev1');
    now += 60_000;
    expect(keys.claim('Ev1')).toBe(true);
  });

  test('a released key may be claimed again at once: the work it was claimed for did not happen', () => {
    const keys = new RecentKeys(60_000, clock);
    keys.claim('post');
    keys.release('post');
    expect(keys.claim('post')).toBe(true);
  });

  test('it forgets what is older than the window, and never holds more than its bound', () => {
    const keys = new RecentKeys(60_000, clock, 3);
    for (const key of ['a', 'b', 'c', 'd']) keys.claim(key);
    expect(keys.size).toBeLessThanOrEqual(3);
    // The oldest went first: "a" may be claimed again, "d" not.
    expect(keys.claim('a')).toBe(true);
    expect(keys.claim('d')).toBe(false);
    now += 61_000;
    keys.claim('e');
    expect(keys.size).toBe(1);
  });
});
