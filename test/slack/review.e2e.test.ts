import { ACTION } from '../../src/core/render/blocks-actions.js';
import { REVIEW_SV } from '../../src/core/render/review-strings-sv.js';
import type { ParsedDocument } from '../../src/core/types.js';
import type { Store } from '../../src/store/store.js';
import { waitFor } from '../helpers/fake-slack.js';
import { blockProblems, buttons, visibleText } from '../helpers/fake-slack-blocks.js';
import { buttonClick } from '../helpers/fake-slack-requests.js';
import { overflowNear } from '../helpers/fake-slack-views.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

/** Constructed: a reply letter in which the parser found no stance. */
const NO_STANCE: ParsedDocument = {
  file: 'konstruerat-svar-utan-stallning.txt',
  kind: 'response',
  remiss: { id: 'SOU 2024:72', title: null },
  respondent: 'Konstruerad myndighet',
  stances: [],
  warnings: [],
};

/** Constructed: a remissvar with stances whose sender the parser did not find (README: respondent null). */
const UNATTRIBUTED: ParsedDocument = {
  file: 'Yttrande_2024-05-12.pdf',
  kind: 'response',
  remiss: { id: 'SOU 2024:72', title: null },
  respondent: null,
  stances: [
    {
      proposal: '7.2.2',
      title: null,
      stance: 'against',
      quote: 'Vi avstyrker förslaget eftersom modellen är kostsam.',
      page: 1,
      confidence: 'high',
      reason: 'constructed',
    },
  ],
  warnings: ['respondent not found'],
};

/** Constructed: 45 answers the parser was unsure of, in a remiss of their own. */
function uncertainAnswer(n: number): ParsedDocument {
  return {
    file: `osaker-${n}.txt`,
    kind: 'response',
    remiss: { id: 'SOU 2097:5', title: null },
    respondent: `Konstruerad kommun ${String(n).padStart(2, '0')}`,
    stances: [
      {
        proposal: '1.1',
        title: 'Konstruerat förslag',
        stance: 'partly',
        quote: `Kommun ${n} ser positivt på delar av förslaget.`,
        page: 1,
        confidence: 'low',
        reason: 'constructed',
      },
    ],
    warnings: [],
  };
}

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot({
    prepare: async (store: Store) => {
      await store.saveDocument({ file: NO_STANCE.file, contentHash: 'e'.repeat(64), parsed: NO_STANCE });
      await store.saveDocument({ file: UNATTRIBUTED.file, contentHash: 'f'.repeat(64), parsed: UNATTRIBUTED });
      for (let n = 1; n <= 45; n++) {
        const parsed = uncertainAnswer(n);
        await store.saveDocument({ file: parsed.file, contentHash: n.toString(16).padStart(64, 'a'), parsed });
      }
    },
  });
});
afterAll(async () => {
  await t.dispose();
});

describe('When a user types /remiss granska SOU 2024:72', () => {
  test('low-confidence answers come first, each with its quote and a "Rätta" menu', async () => {
    const answer = await t.command('granska SOU 2024:72');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(blockProblems(answer.body.blocks)).toEqual([]);
    const text = visibleText(answer.body.blocks);
    expect(text).toContain(REVIEW_SV.reviewTitle('SOU 2024:72'));
    expect(text).toContain(REVIEW_SV.lowConfidence);
    const menu = overflowNear(answer.body.blocks, 'Vision');
    expect(menu?.options.map((o) => o.text.text)).toContain(REVIEW_SV.menuCorrect);
    expect(text.indexOf('Osäkra tolkningar')).toBeLessThan(text.indexOf('Remissvar utan hittad ståndpunkt'));
  });

  test('documents where no stance was found are listed after them', async () => {
    const answer = await t.command('granska SOU 2024:72');
    expect(visibleText(answer.body.blocks)).toContain('Konstruerad myndighet (_konstruerat-svar-utan-stallning.txt_)');
  });

  test('a remissvar whose sender was not found is listed as needing review', async () => {
    const answer = await t.command('granska SOU 2024:72');
    const text = visibleText(answer.body.blocks);
    expect(text).toContain(REVIEW_SV.reviewUnattributedHeading(1));
    expect(text).toContain('_Yttrande_2024-05-12.pdf_ · SOU 2024:72 · 1 avstyrker · 0 tillstyrker');
  });

  test('an unknown remiss gets a clear Swedish message', async () => {
    const answer = await t.command('granska SOU 1999:1');
    expect(visibleText(answer.body.blocks)).toContain(REVIEW_SV.unknownRemiss('SOU 1999:1'));
  });
});

describe('When /remiss granska has more than one message holds', () => {
  test('"Visa fler" shows the next page privately, and the pages together show every answer once', async () => {
    const first = await t.command('granska SOU 2097:5');
    const names = (body: { blocks: unknown }) => visibleText(body.blocks).match(/\*Konstruerad kommun \d+\*/g) ?? [];
    const seen = [...names(first.body)];
    let page = first;
    for (let i = 0; i < 5; i++) {
      const more = buttons(page.body.blocks).find((b) => b.action_id === ACTION.showMore);
      if (!more) break;
      const id = `granska-more-${i}`;
      await t.interaction(buttonClick({ button: more, response_url: t.fake.responseUrl(id) }));
      page = await waitFor(() => t.fake.responses.find((r) => r.id === id), 'the next page');
      expect(page.body.response_type).toBe('ephemeral');
      expect(blockProblems(page.body.blocks)).toEqual([]);
      seen.push(...names(page.body));
    }
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
  });

  test('asked in a thread, "Visa fler" goes on in the thread', async () => {
    const thread = '1700009000.000100';
    const before = t.fake.callsTo('chat.postMessage').length;
    await t.event({
      type: 'app_mention',
      user: 'U0000000001',
      text: '<@UBOT0001> granska SOU 2097:5',
      ts: thread,
      channel: 'C0000000001',
      event_ts: thread,
    });
    const list = await waitFor(() => t.fake.callsTo('chat.postMessage')[before], 'the list in the thread');
    const more = buttons(list.body.blocks).find((b) => b.action_id === ACTION.showMore);
    expect(more).toBeDefined();
    await t.interaction(
      buttonClick({
        button: more!,
        response_url: t.fake.responseUrl('thread-more'),
        channel: 'C0000000001',
        ephemeral: false,
      }),
    );
    const next = await waitFor(() => t.fake.callsTo('chat.postMessage')[before + 1], 'the next page in the thread');
    expect(next.body.thread_ts).toBe(thread);
    expect(visibleText(next.body.blocks)).toContain(REVIEW_SV.reviewContinued);
  });
});
