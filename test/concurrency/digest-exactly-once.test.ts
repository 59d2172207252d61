import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { record } from '../store/documents.js';
import { createTestDatabase, describePostgres, type TestDatabase } from '../store/postgres-test-db.js';
import { startFakeSlack } from './fake-slack.js';
import { isEvent, isReady, killWorker, startWorker, type Worker } from './processes.js';

// 07:00:30 UTC is 08:00:30 in Stockholm in November: both instances find the digest due in the same minute.
const NOW = new Date('2026-11-23T07:00:30Z');
const LEASE_MS = 10 * 60_000;

describePostgres('The daily digest with two instances on one PostgreSQL', (adminUrl) => {
  let db: TestDatabase;
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;
  const workers: Worker[] = [];

  beforeEach(async () => {
    db = await createTestDatabase(adminUrl, 'digest');
    const store = await openPostgresStore(db.url);
    await store.saveDocument(record({}, { addedAt: new Date('2026-11-22T12:00:00Z') }));
    await store.close();
    slack = await startFakeSlack();
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map(killWorker));
    await slack.close();
    await db.drop();
  });

  /** Starts instances, lets them all reach the start line, then releases them together. */
  async function instances(...clock: Date[]): Promise<Worker[]> {
    return startInstances('digest-worker.ts', LEASE_MS, clock);
  }

  /** `script`: one turn (digest-worker.ts) or a running scheduler (digest-scheduler-worker.ts). */
  async function startInstances(script: string, leaseMs: number, clock: Date[]): Promise<Worker[]> {
    const started = clock.map((now, i) =>
      startWorker(script, [], {
        REMISS_DB: db.url,
        SLACK_URL: slack.url,
        NOW: now.toISOString(),
        LEASE_MS: String(leaseMs),
        INSTANCE: `instance-${workers.length + i + 1}`,
      }),
    );
    workers.push(...started);
    await Promise.all(started.map((w) => w.waitFor(isReady, 60_000)));
    for (const w of started) w.go();
    return started;
  }

  async function outcome(worker: Worker): Promise<string> {
    return JSON.parse(await worker.waitFor(isEvent('outcome'), 60_000)).outcome;
  }

  test('two instances due in the same minute post exactly one digest', async () => {
    const pair = await instances(NOW, NOW);
    const outcomes = await Promise.all(pair.map(outcome));
    // The other finds the day sent, or still claimed by the sender (then it would look again after the lease).
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
    expect(['already_done', 'taken']).toContain(outcomes.find((o) => o !== 'sent'));
    expect(slack.posts).toHaveLength(1);
  }, 90_000);

  test('an instance that dies mid-post hands the day to the next instance once its lease runs out', async () => {
    slack.setMode('hang');
    const [dying] = await instances(NOW);
    await dying.waitFor(isEvent('posting'), 60_000);
    await slack.received(1, 30_000);
    await killWorker(dying);
    slack.setMode('ok');

    const [early] = await instances(new Date(NOW.getTime() + 60_000));
    expect(await outcome(early)).toBe('taken');
    const [late] = await instances(new Date(NOW.getTime() + LEASE_MS + 60_000));
    expect(await outcome(late)).toBe('sent');
    expect(slack.posts.filter((p) => p.answered).map((p) => p.instance)).toEqual(['instance-3']);
  }, 120_000);

  test('an instance already running takes over the day of one that died mid-post, once the lease runs out', async () => {
    const shortLease = 4000;
    slack.setMode('hang');
    const [dying] = await instances(NOW);
    await dying.waitFor(isEvent('posting'), 60_000);
    await slack.received(1, 30_000);
    const [running] = await startInstances('digest-scheduler-worker.ts', shortLease, [new Date(NOW.getTime() + 1000)]);
    expect(await outcome(running)).toBe('taken');
    await killWorker(dying);
    slack.setMode('ok');
    // No restart and no new instance: the running one looks again when the dead sender's lease has run out.
    await running.waitFor((line) => line === '{"event":"outcome","outcome":"sent"}', 60_000);
    expect(slack.posts.filter((p) => p.answered).map((p) => p.instance)).toEqual(['instance-2']);
  }, 120_000);

  test('a failed post is retried by the other instance at once', async () => {
    slack.setMode('fail');
    const [first] = await instances(NOW);
    expect(await outcome(first)).toBe('failed');
    slack.setMode('ok');
    const [second] = await instances(NOW);
    expect(await outcome(second)).toBe('sent');
    expect(slack.posts.filter((p) => p.answered)).toHaveLength(1);
  }, 120_000);

  test('after the day is sent, a restarted instance posts nothing more that day', async () => {
    const [first] = await instances(NOW);
    expect(await outcome(first)).toBe('sent');
    const [restarted] = await instances(new Date(NOW.getTime() + 2 * LEASE_MS));
    expect(await outcome(restarted)).toBe('already_done');
    expect(slack.posts).toHaveLength(1);
  }, 120_000);
});
