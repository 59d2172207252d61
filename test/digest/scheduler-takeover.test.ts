import type { Logger } from '@slack/bolt';
import { type DigestOutcome, runDigestTurn } from '../../src/digest/digest-turn.js';
import { type DigestScheduler, startDigestScheduler } from '../../src/digest/scheduler.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { waitFor } from '../helpers/fake-slack.js';
import { record } from '../store/documents.js';
import { tempDir } from '../store/temp-db.js';

// README: "if the sender dies mid-post another takes over after a 10-minute lease". The instance that is already
// running must do it, not only one started after the lease: it looks again when the claim it found runs out.

// 07:00:30 UTC is 08:00:30 in Stockholm in November: the digest is due.
const DUE = Date.parse('2026-11-23T07:00:30Z');
const DAY = '2026-11-23';
const LEASE_MS = 300;

const logger = {
  lines: [] as string[],
  debug() {},
  info(...m: unknown[]) {
    logger.lines.push(`info ${m.join(' ')}`);
  },
  warn() {},
  error(...m: unknown[]) {
    logger.lines.push(`error ${m.join(' ')}`);
  },
  setLevel() {},
  getLevel: () => 'info',
  setName() {},
} as unknown as Logger & { lines: string[] };

describe('When another instance claimed the day and died before posting', () => {
  const dir = tempDir('remiss-takeover-');
  let store: Store;
  let scheduler: DigestScheduler | undefined;
  const posts: string[] = [];
  const outcomes: DigestOutcome[] = [];

  beforeEach(async () => {
    store = await openSqliteStore(dir.path());
    await store.saveDocument(record({}, { addedAt: new Date('2026-11-22T12:00:00Z') }));
    posts.length = 0;
    outcomes.length = 0;
  });
  afterEach(async () => {
    scheduler?.stop();
    await store.close();
  });
  afterAll(() => dir.remove());

  /** This instance's scheduler; its clock runs from `DUE + offsetMs` at the pace of the wall clock. */
  function startInstance(offsetMs: number): DigestScheduler {
    const started = Date.now();
    const clock = () => new Date(DUE + offsetMs + (Date.now() - started));
    const deps = {
      store,
      timeZone: 'Europe/Stockholm',
      hour: 8,
      minute: 0,
      logger,
      leaseMs: LEASE_MS,
      post: async () => {
        posts.push('posted');
      },
    };
    scheduler = startDigestScheduler({
      turn: async (now) => {
        const outcome = await runDigestTurn(deps, now);
        outcomes.push(outcome);
        return outcome;
      },
      clock,
      hour: 8,
      minute: 0,
      timeZone: 'Europe/Stockholm',
      logger,
      leaseMs: LEASE_MS,
    });
    return scheduler;
  }

  test('the running instance finds the day taken, then sends it once the lease has run out', async () => {
    expect(await store.claimDigest(DAY, new Date(DUE), LEASE_MS)).toBe(true);
    const running = startInstance(50);
    expect(await running.initial).toBe('taken');
    await waitFor(() => (outcomes.includes('sent') ? true : undefined), 'the takeover', 10_000);
    expect(posts).toHaveLength(1);
    expect(outcomes).toEqual(['taken', 'sent']);
  });

  test('a day already sent is not looked at again', async () => {
    await store.completeDigest(DAY, new Date(DUE));
    const running = startInstance(50);
    expect(await running.initial).toBe('already_done');
    await new Promise((resolve) => setTimeout(resolve, 3 * LEASE_MS));
    expect(outcomes).toEqual(['already_done']);
  });

  test('the log says the day is taken and when this instance looks again', async () => {
    expect(await store.claimDigest(DAY, new Date(DUE), LEASE_MS)).toBe(true);
    await startInstance(50).initial;
    expect(logger.lines.some((l) => /digest day=2026-11-23 outcome=taken/.test(l))).toBe(true);
  });
});
