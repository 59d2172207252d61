import { CORRECTION, encodeMetadata } from '../../src/core/render/blocks-correction.js';
import { type FakeSlack, startFakeSlack, waitFor } from '../helpers/fake-slack.js';
import { visibleText } from '../helpers/fake-slack-blocks.js';
import { blockSuggestion } from '../helpers/fake-slack-requests.js';
import { type FakeSocketMode, startFakeSocketMode } from '../helpers/fake-slack-socket.js';
import { BOT_TOKEN, startTestBot, type TestBot } from './e2e-harness.js';

/** SLACK_APP_TOKEN set: the app connects out over a WebSocket (no public URL) and answers /remiss the same way. */
let fake: FakeSlack;
let socket: FakeSocketMode;
let t: TestBot;

beforeAll(async () => {
  fake = await startFakeSlack({ botToken: BOT_TOKEN });
  socket = await startFakeSocketMode(fake);
  t = await startTestBot({
    fake,
    seeds: ['002_d8f4ead73eb6a353.txt'],
    env: { SLACK_APP_TOKEN: 'xapp-1-A00000001-1111-testapptoken' },
  });
  await socket.connected();
});
afterAll(async () => {
  await t.dispose();
  await socket.close();
  await fake.close();
});

test('in Socket Mode, /remiss 7.2.2 is acked over the socket and answered through the response_url', async () => {
  expect(t.bot.port).toBeUndefined();
  socket.deliver({
    envelope_id: 'env-1',
    type: 'slash_commands',
    accepts_response_payload: true,
    payload: {
      command: '/remiss',
      text: '7.2.2',
      response_url: fake.responseUrl('socket-1'),
      user_id: 'U0000000001',
      channel_id: 'C0000000001',
      team_id: 'T00000001',
      api_app_id: 'A00000001',
      trigger_id: '1.2.3',
    },
  });
  await waitFor(() => socket.acks.find((a) => a.envelope_id === 'env-1'), 'the ack over the socket');
  const answer = await waitFor(() => fake.responses.find((r) => r.id === 'socket-1'), 'the answer');
  expect(visibleText(answer.body.blocks)).toContain('*Åstorps kommun* — avstyrker');
  expect(fake.callsTo('apps.connections.open')[0].authorization).toBe('Bearer xapp-1-A00000001-1111-testapptoken');
});

test('in Socket Mode, the "Rätta" proposal type-ahead is answered in the ack, with no options URL', async () => {
  const answer = (await t.bot.store.allAnswers('SOU 2024:72')).find((a) => a.respondent === 'Åstorps kommun');
  if (!answer) throw new Error('no answer from Åstorps kommun');
  const stored = await t.bot.store.documentStances(answer.documentId);
  // The modal as Slack hands it back: our callback id and metadata, the proposal field an external select.
  const view = {
    type: 'modal',
    callback_id: CORRECTION.view,
    private_metadata: encodeMetadata({
      d: answer.documentId,
      s: answer.stanceId,
      h: stored?.contentHash ?? '',
      e: null,
    }),
    blocks: [{ type: 'input', block_id: CORRECTION.proposal, element: { type: 'external_select' } }],
  };
  socket.deliver({
    envelope_id: 'env-options',
    type: 'interactive',
    accepts_response_payload: true,
    payload: blockSuggestion({ view, blockId: CORRECTION.proposal, value: '7.2' }),
  });
  const ack = await waitFor(() => socket.acks.find((a) => a.envelope_id === 'env-options'), 'the options ack');
  expect(ack.payload.options.map((o: { value: string }) => o.value)).toEqual([
    '7.2.1',
    '7.2.2',
    '7.2.3',
    '7.2.4',
    '7.2.5',
    '7.2.6',
    '7.2.7',
  ]);
});
