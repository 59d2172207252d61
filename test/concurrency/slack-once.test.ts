import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION } from '../../src/core/render/blocks-actions.js';
import { INTERACTION_SV } from '../../src/core/render/interaction-strings-sv.js';
import { FAKE_BOT_USER, type FakeSlack, type Json, startFakeSlack, waitFor } from '../helpers/fake-slack.js';
import { blockProblems, buttons, visibleText } from '../helpers/fake-slack-blocks.js';
import {
  buttonClick,
  eventBody,
  interactionBody,
  postToApp,
  slashCommandBody,
} from '../helpers/fake-slack-requests.js';
import { BOT_TOKEN, SEEDS, SIGNING_SECRET } from '../slack/e2e-harness.js';
import { createTestDatabase, describePostgres, type TestDatabase } from '../store/postgres-test-db.js';
import { tempDir } from '../store/temp-db.js';
import { isEvent, killWorker, startWorker, type Worker } from './processes.js';

/**
 * Two real app processes (HTTP mode) on one PostgreSQL, one fake Slack: a Slack event or a click that reaches both
 * instances, as a redelivery behind a load balancer does, is answered once (README, "Running more than one
 * instance").
 */
const CHANNEL = 'C0000000001';

interface Instance {
  worker: Worker;
  url: string;
}

describePostgres('Two app instances on one PostgreSQL', (adminUrl) => {
  const dir = tempDir('remiss-two-apps-');
  let db: TestDatabase;
  let fake: FakeSlack;
  const instances: Instance[] = [];

  /** Starts one app instance and waits until it serves. */
  async function startInstance(seedsDir: string): Promise<Instance> {
    const worker = startWorker('slack-app-worker.ts', [], {
      REMISS_DB: db.url,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      SEEDS_DIR: seedsDir,
      LOG_LEVEL: 'info',
    });
    const line = await worker.waitFor(isEvent('listening'), 90_000);
    const { port } = JSON.parse(line) as { port: number };
    return { worker, url: `http://127.0.0.1:${port}/slack/events` };
  }

  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, 'two_apps');
    fake = await startFakeSlack({ botToken: BOT_TOKEN });
    const seedsDir = dir.path('seeds');
    mkdirSync(seedsDir, { recursive: true });
    for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) {
      copyFileSync(join(SEEDS, name), join(seedsDir, name));
    }
    // One after the other: the second finds the seeds the first stored (unchanged), as a second replica does.
    instances.push(await startInstance(seedsDir));
    instances.push(await startInstance(seedsDir));
  }, 240_000);
  afterAll(async () => {
    await Promise.all(instances.map((i) => killWorker(i.worker)));
    await fake?.close();
    await db?.drop();
    dir.remove();
  });

  const send = (to: Instance, body: string, contentType: string, headers?: Record<string, string>) =>
    postToApp(to.url, body, contentType, { secret: SIGNING_SECRET, headers });

  /** Log lines of both instances that say a delivery of `eventId` was dropped as a redelivery. */
  const dropped = (eventId: string) =>
    instances.flatMap((i) =>
      i.worker
        .events()
        .filter(
          (e) => e.event === 'log' && String(e.line).includes(`redelivered, not handled again: event_id=${eventId}`),
        ),
    ).length;

  describe('When one @remiss reaches instance A, and its redelivery instance B', () => {
    test('the thread gets exactly one answer: the one a user would see for 7.2.2', async () => {
      const ts = '1700009000.000100';
      const mention = {
        type: 'app_mention',
        user: 'U0000000001',
        text: `<@${FAKE_BOT_USER}> 7.2.2`,
        ts,
        channel: CHANNEL,
        event_ts: ts,
      };
      const body = eventBody(mention, 'Ev0TWOAPPS1');
      const [a, b] = instances;
      const responses = await Promise.all([
        send(a, body, 'application/json'),
        send(b, body, 'application/json', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' }),
      ]);
      expect(responses.map((r) => r.status)).toEqual([200, 200]);
      const replies = () => fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === ts);
      // Settled when both deliveries are accounted for: one answered, the other logged as dropped.
      await waitFor(
        () => replies().length + dropped('Ev0TWOAPPS1') >= 2,
        'both deliveries answered or dropped',
        30_000,
      );
      expect(replies()).toHaveLength(1);
      expect(dropped('Ev0TWOAPPS1')).toBe(1);
      const [answer] = replies();
      expect(answer.body.channel).toBe(CHANNEL);
      expect(blockProblems(answer.body.blocks)).toEqual([]);
      const seen = visibleText(answer.body.blocks);
      expect(seen).toContain('Magnetmodellen');
      expect(seen).toContain('Åstorps kommun');
    });
  });

  describe('When one click on "Posta i kanalen" reaches both instances', () => {
    test('the channel gets the answer once, and the other clicker is told it is already posted', async () => {
      const [a, b] = instances;
      const commandId = 'two-apps-command';
      const command = await send(
        a,
        slashCommandBody({ text: '7.2.1', response_url: fake.responseUrl(commandId) }),
        'application/x-www-form-urlencoded',
      );
      expect(command.status).toBe(200);
      const answer = await waitFor(() => fake.responses.find((r) => r.id === commandId), 'the answer to /remiss 7.2.1');
      const button = buttons(answer.body.blocks as Json[]).find((x) => x.action_id.startsWith(ACTION.postInChannel));
      if (!button) throw new Error('no "Posta i kanalen" button');

      // One message, one button; each delivery with its own response_url, as Slack gives every click.
      const messageTs = '1700009100.000100';
      const ids = ['two-apps-click-a', 'two-apps-click-b'];
      const click = (to: Instance, id: string) =>
        send(
          to,
          interactionBody(buttonClick({ button, response_url: fake.responseUrl(id), messageTs })),
          'application/x-www-form-urlencoded',
        );
      const statuses = await Promise.all([click(a, ids[0]), click(b, ids[1])]);
      expect(statuses.map((r) => r.status)).toEqual([200, 200]);

      const to = (id: string) => fake.responses.filter((r) => r.id === id);
      // The poster's two (the post, the confirmation replacing its private answer) and the other clicker's one.
      await waitFor(() => to(ids[0]).length + to(ids[1]).length >= 3, 'both clicks answered', 30_000);
      const posts = fake.responses.filter((r) => ids.includes(r.id) && r.body.response_type === 'in_channel');
      expect(posts).toHaveLength(1);
      expect(blockProblems(posts[0].body.blocks)).toEqual([]);
      expect(visibleText(posts[0].body.blocks)).toContain('7.2.1');
      const other = ids.find((id) => id !== posts[0].id) as string;
      expect(to(other)).toHaveLength(1);
      expect(to(other)[0].body.response_type).toBe('ephemeral');
      expect(visibleText(to(other)[0].body.blocks)).toContain(INTERACTION_SV.alreadyPosted);
    });
  });
});
