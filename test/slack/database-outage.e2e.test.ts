import { Client } from 'pg';
import { ACTION } from '../../src/core/render/blocks-actions.js';
import { EXPORT_SV } from '../../src/core/render/export-strings-sv.js';
import { INTERACTION_SV } from '../../src/core/render/interaction-strings-sv.js';
import { REVIEW_SV } from '../../src/core/render/review-strings-sv.js';
import { SLACK_SV } from '../../src/core/render/strings-sv.js';
import { waitFor } from '../helpers/fake-slack.js';
import { buttons, visibleText } from '../helpers/fake-slack-blocks.js';
import { buttonClick } from '../helpers/fake-slack-requests.js';
import { overflowClick, overflowNear } from '../helpers/fake-slack-views.js';
import { databaseUrl, describePostgres } from '../store/postgres-test-db.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

// The bot on PostgreSQL, whose database stops taking connections after the first answers were shown.
describePostgres('When the database goes away while answers are on screen', (adminUrl) => {
  // Not createTestDatabase: its own open connection would be cut off with the bot's.
  const name = `remiss_slack_outage_${process.pid}`;
  let t: TestBot;
  let vision: { blocks: unknown };
  let proposal: { blocks: unknown };

  const admin = async (sql: string) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${name}`);
    t = await startTestBot({ env: { REMISS_DB: databaseUrl(adminUrl, name) } });
    t.fake.stub('conversations.members', { ok: true, members: ['U0000000001'], response_metadata: {} });
    vision = (await t.command('Vision')).body;
    proposal = (await t.command('7.2.2')).body;
    await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
  });
  afterAll(async () => {
    await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`).catch(() => undefined);
    await t?.dispose();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  test('"Posta i kanalen" tells the clicker privately that nothing was posted, and nothing reaches the channel', async () => {
    const post = buttons(vision.blocks).find((b) => b.action_id === ACTION.postInChannel)!;
    await t.interaction(buttonClick({ button: post, response_url: t.fake.responseUrl('down-post') }));
    const answer = await waitFor(() => t.fake.responses.find((r) => r.id === 'down-post'), 'the answer');
    expect(answer.body.response_type).toBe('ephemeral');
    const text = visibleText(answer.body.blocks);
    expect(text).toContain(INTERACTION_SV.notPosted);
    expect(text).toContain(SLACK_SV.searchFailed);
    expect(t.fake.responses.filter((r) => r.id === 'down-post' && r.body.response_type === 'in_channel')).toEqual([]);
  });

  test.each([
    [REVIEW_SV.menuCorrect, 'fix'],
    [REVIEW_SV.menuWhy, 'why'],
  ])('"%s" in the … menu answers privately with the same apology as a search', async (option, label) => {
    const menu = overflowNear(proposal.blocks as never, 'Åstorps kommun')!;
    const id = `down-${label}`;
    await t.interaction(overflowClick({ menu, option, response_url: t.fake.responseUrl(id) }));
    const answer = await waitFor(() => t.fake.responses.find((r) => r.id === id), 'the apology');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(visibleText(answer.body.blocks)).toBe(SLACK_SV.searchFailed);
  });

  // QA measured 15 s here; that was its own wait for a second answer ("Sammanställer …" then the file), which a
  // failed export never sends. The apology is the one answer, as soon as a search's.
  test('an export says at once that it failed, in one answer, and never that it is being made', async () => {
    const answer = await t.command('export SOU 2024:72 docx');
    expect(visibleText(answer.body.blocks)).toBe(EXPORT_SV.slack.failed);
    await t.command('hjälp');
    expect(t.fake.responses.filter((r) => r.id === answer.id)).toHaveLength(1);
    expect(t.fake.uploads.all.filter((u) => u.completed)).toEqual([]);
  });

  test('the Home tab shows the same apology instead of staying blank', async () => {
    const before = t.fake.callsTo('views.publish').length;
    await t.event({
      type: 'app_home_opened',
      user: 'U0000000001',
      channel: 'D0000000001',
      tab: 'home',
      event_ts: '1700004000.000100',
    });
    const call = await waitFor(() => t.fake.callsTo('views.publish')[before], 'views.publish');
    expect(call.body.view.type).toBe('home');
    expect(visibleText(call.body.view.blocks)).toBe(SLACK_SV.searchFailed);
  });
});
