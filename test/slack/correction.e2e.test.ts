import { CORRECTION } from '../../src/core/render/blocks-correction.js';
import { REVIEW_SV } from '../../src/core/render/review-strings-sv.js';
import { type Json, waitFor } from '../helpers/fake-slack.js';
import { blockProblems, visibleText } from '../helpers/fake-slack-blocks.js';
import { optionOf, overflowClick, overflowNear, viewSubmission } from '../helpers/fake-slack-views.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

const ANALYST = 'U0000000001';
const STRANGER = 'U0STRANGER';

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot();
  t.fake.stub('conversations.members', { ok: true, members: [ANALYST, 'U0BERIT'], response_metadata: {} });
});
afterAll(async () => {
  await t.dispose();
});

let counter = 0;

/** Runs /remiss 7.2.2, picks "Rätta" on Åstorps kommun's line, returns the opened modal. */
async function openCorrection(user = ANALYST): Promise<{ view: Json; response: string }> {
  const answer = await t.command('7.2.2');
  const menu = overflowNear(answer.body.blocks, 'Åstorps kommun');
  if (!menu) throw new Error('no menu on Åstorps kommun');
  const before = t.fake.callsTo('views.open').length;
  const response = `fix-${++counter}`;
  await t.interaction(
    overflowClick({ menu, option: REVIEW_SV.menuCorrect, response_url: t.fake.responseUrl(response), user }),
  );
  if (user !== ANALYST && user !== 'U0BERIT') return { view: {}, response };
  const call = await waitFor(() => t.fake.callsTo('views.open')[before], 'views.open');
  return { view: call.body.view, response };
}

/** The modal's choices for Åstorps kommun on 7.2.2: `stance` (as labelled), the first quote sentence. */
function choices(view: Json, stance: string): Record<string, Json> {
  return {
    [CORRECTION.stance]: optionOf(view, CORRECTION.stance, stance),
    [CORRECTION.proposal]: optionOf(view, CORRECTION.proposal, '7.2.2'),
    [CORRECTION.quote]: optionOf(view, CORRECTION.quote, '1.'),
  };
}

describe('When an analyst corrects a stance through "Rätta"', () => {
  test('the modal opens with the trigger id, the current stance and verbatim quote choices', async () => {
    const { view } = await openCorrection();
    const call = t.fake.callsTo('views.open').at(-1);
    expect(call?.body.trigger_id).toBe('12345.67890.abcdef');
    expect(view.callback_id).toBe(CORRECTION.view);
    expect(blockProblems(view.blocks, 100)).toEqual([]);
    const stance = view.blocks.find((b: Json) => b.block_id === CORRECTION.stance);
    expect(stance.element.initial_option.text.text).toBe(REVIEW_SV.stances.against);
    expect(stance.element.options.map((o: Json) => o.text.text)).toEqual([
      'tillstyrker',
      'tillstyrker delvis',
      'avstyrker',
      'neutral',
      'tar inte ställning',
    ]);
    const quote = view.blocks.find((b: Json) => b.block_id === CORRECTION.quote);
    expect(quote.element.options.length).toBeGreaterThan(1);
    expect(visibleText(view.blocks)).toContain('Åstorps kommun');
  });

  test('a submission is stored, confirmed privately, and the next /remiss 7.2.2 shows the corrected stance and marker', async () => {
    const { view } = await openCorrection();
    const submission = viewSubmission({
      view,
      viewId: 'V0SUBMIT1',
      selected: choices(view, 'tillstyrker delvis'),
      comment: 'Kommunen stödjer syftet <!channel>',
    });
    const response = await t.interaction(submission);
    expect(response.status).toBe(200);
    const confirmation = await waitFor(
      () => t.fake.callsTo('chat.postEphemeral').find((c) => c.body.text?.includes('Rättelsen är sparad')),
      'the confirmation',
    );
    expect(confirmation.body).toMatchObject({ channel: 'C0000000001', user: ANALYST });
    const again = await t.command('7.2.2');
    const text = visibleText(again.body.blocks);
    expect(text).toMatch(/\*Åstorps kommun\* — tillstyrker delvis/);
    expect(text).toContain(`rättad av <@${ANALYST}>`);
    expect(JSON.stringify(again.body)).not.toContain('<!channel>');
    expect(blockProblems(again.body.blocks)).toEqual([]);
  });

  test('the same modal submitted twice is stored once', async () => {
    const { view } = await openCorrection();
    const submission = viewSubmission({
      view,
      viewId: 'V0TWICE',
      selected: choices(view, 'avstyrker'),
    });
    await t.interaction(submission);
    await t.interaction(submission);
    const stored = (await t.bot.store.correctionsSince()).filter((c) => c.requestKey === 'V0TWICE');
    expect(stored).toHaveLength(1);
  });

  test('two analysts submitting from the same starting point are both kept and the later is told', async () => {
    const first = await openCorrection(ANALYST);
    const second = await openCorrection('U0BERIT');
    await t.interaction(
      viewSubmission({ view: first.view, viewId: 'V0RACE1', selected: choices(first.view, 'neutral') }),
    );
    await t.interaction(
      viewSubmission({
        view: second.view,
        viewId: 'V0RACE2',
        selected: choices(second.view, 'tillstyrker'),
        user: 'U0BERIT',
      }),
    );
    const told = await waitFor(
      () =>
        t.fake
          .callsTo('chat.postEphemeral')
          .find((c) => c.body.user === 'U0BERIT' && c.body.text?.includes(REVIEW_SV.concurrent)),
      'the concurrent notice',
    );
    expect(told).toBeDefined();
    const history = await t.bot.store.correctionsSince();
    expect(history.filter((c) => c.requestKey === 'V0RACE1' || c.requestKey === 'V0RACE2')).toHaveLength(2);
    const again = await t.command('7.2.2');
    expect(visibleText(again.body.blocks)).toMatch(/\*Åstorps kommun\* — tillstyrker\n/);
  });

  test('a user who is not a member of the channel is told so in Swedish, and no modal opens', async () => {
    const before = t.fake.callsTo('views.open').length;
    const { response } = await openCorrection(STRANGER);
    const answer = await waitFor(() => t.fake.responses.find((r) => r.id === response), 'the refusal');
    expect(visibleText(answer.body.blocks)).toContain(REVIEW_SV.notAllowed);
    expect(t.fake.callsTo('views.open')).toHaveLength(before);
  });

  test('a submission from a user who is not a member is refused on the form', async () => {
    const { view } = await openCorrection();
    const response = await t.interaction(
      viewSubmission({
        view,
        viewId: 'V0STRANGER',
        user: STRANGER,
        selected: choices(view, 'neutral'),
      }),
    );
    expect(JSON.parse(response.text)).toEqual({
      response_action: 'errors',
      errors: { [CORRECTION.quote]: REVIEW_SV.notAllowed },
    });
    expect((await t.bot.store.correctionsSince()).some((c) => c.requestKey === 'V0STRANGER')).toBe(false);
  });

  test('"Varför denna tolkning?" tells the parser\'s confidence and reason', async () => {
    const answer = await t.command('7.2.2');
    const menu = overflowNear(answer.body.blocks, 'Föreningen Sveriges socialchefer');
    if (!menu) throw new Error('no menu');
    await t.interaction(overflowClick({ menu, option: REVIEW_SV.menuWhy, response_url: t.fake.responseUrl('why-1') }));
    const why = await waitFor(() => t.fake.responses.find((r) => r.id === 'why-1'), 'the reason');
    expect(visibleText(why.body.blocks)).toMatch(/^Säkerhet: (hög|medel|låg)\. /);
  });

  test('"Varför denna tolkning?" on Åstorps kommun\'s 7.2.2 says in Swedish where the stance was found', async () => {
    const answer = await t.command('7.2.2');
    const menu = overflowNear(answer.body.blocks, 'Åstorps kommun');
    if (!menu) throw new Error('no menu');
    await t.interaction(overflowClick({ menu, option: REVIEW_SV.menuWhy, response_url: t.fake.responseUrl('why-2') }));
    const why = await waitFor(() => t.fake.responses.find((r) => r.id === 'why-2'), 'the reason');
    // Corrected above to "tillstyrker": the reason is the parser's, for the stance it read, after the correction.
    const lines = visibleText(why.body.blocks).split('\n');
    expect(lines[0]).toMatch(/^Rättad av <@U0BERIT> \d+ \p{L}+: tillstyrker\.$/u);
    expect(lines.at(-1)).toBe(
      `${REVIEW_SV.whyParsed('avstyrker')} Säkerhet: hög. Under rubriken 7.2.2; frasen ”instämmer inte” (och 1 mening till).`,
    );
  });
});

describe('When the document is replaced while the modal is open', () => {
  test('the submission is refused with a clear message and nothing is stored', async () => {
    const { view } = await openCorrection();
    await t.bot.store.saveDocument({
      file: '002_d8f4ead73eb6a353.txt',
      contentHash: 'f'.repeat(64),
      parsed: {
        file: '002_d8f4ead73eb6a353.txt',
        kind: 'response',
        remiss: { id: 'SOU 2024:72', title: null },
        respondent: 'Åstorps kommun',
        stances: [],
        warnings: ['constructed new version'],
      },
    });
    const response = await t.interaction(
      viewSubmission({
        view,
        viewId: 'V0GONE',
        selected: choices(view, 'neutral'),
      }),
    );
    expect(JSON.parse(response.text)).toEqual({
      response_action: 'errors',
      errors: { [CORRECTION.quote]: REVIEW_SV.documentGone },
    });
    expect((await t.bot.store.correctionsSince()).some((c) => c.requestKey === 'V0GONE')).toBe(false);
  });
});

describe('When REVIEWERS is set', () => {
  let r: TestBot;
  beforeAll(async () => {
    r = await startTestBot({ seeds: ['002_d8f4ead73eb6a353.txt'], env: { REVIEWERS: 'U0ANNA, U0BERIT' } });
  });
  afterAll(async () => {
    await r.dispose();
  });

  test('a channel member who is not a reviewer may not correct, and is told why', async () => {
    const answer = await r.command('7.2.2');
    const menu = overflowNear(answer.body.blocks, 'Åstorps kommun');
    if (!menu) throw new Error('no menu');
    await r.interaction(
      overflowClick({ menu, option: REVIEW_SV.menuCorrect, response_url: r.fake.responseUrl('rev-1'), user: ANALYST }),
    );
    const refusal = await waitFor(() => r.fake.responses.find((x) => x.id === 'rev-1'), 'the refusal');
    expect(visibleText(refusal.body.blocks)).toContain(REVIEW_SV.notReviewer);
    expect(r.fake.callsTo('views.open')).toHaveLength(0);
  });

  test('a reviewer gets the modal without a membership lookup', async () => {
    const answer = await r.command('7.2.2');
    const menu = overflowNear(answer.body.blocks, 'Åstorps kommun');
    if (!menu) throw new Error('no menu');
    await r.interaction(
      overflowClick({
        menu,
        option: REVIEW_SV.menuCorrect,
        response_url: r.fake.responseUrl('rev-2'),
        user: 'U0BERIT',
      }),
    );
    await waitFor(() => r.fake.callsTo('views.open')[0], 'views.open');
    expect(r.fake.callsTo('conversations.members')).toHaveLength(0);
  });
});
