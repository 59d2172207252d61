import { ACTION } from '../../src/core/render/blocks-actions.js';
import { CORRECTION } from '../../src/core/render/blocks-correction.js';
import { INTERACTION_SV } from '../../src/core/render/interaction-strings-sv.js';
import { REVIEW_SV } from '../../src/core/render/review-strings-sv.js';
import { type Json, type ResponseUrlPost, waitFor } from '../helpers/fake-slack.js';
import { blockProblems, buttons, visibleText } from '../helpers/fake-slack-blocks.js';
import { buttonClick } from '../helpers/fake-slack-requests.js';
import { optionOf, overflowClick, overflowNear, viewSubmission } from '../helpers/fake-slack-views.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

/**
 * Sharing from a private answer: once per click target however often it is clicked, with a confirmation the
 * clicker sees (QA pass 2, finding 10); a corrected answer keeps its "rättad av" mark and comment when shared, and
 * "Varför denna tolkning?" tells the correction (findings 4 and 7); a button nobody can answer through the usual
 * ways still reaches its clicker (finding 24). The five real seeds.
 */
const ANALYST = 'U0000000001';
const COMMENT = 'Kommunen uttalar sig om certifieringen, inte om försöket.';

let t: TestBot;
let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

beforeAll(async () => {
  t = await startTestBot();
  t.fake.stub('conversations.members', { ok: true, members: [ANALYST], response_metadata: {} });
});
afterAll(async () => {
  await t.dispose();
});

function buttonOn(page: ResponseUrlPost, actionPrefix: string, near?: string) {
  const blocks = page.body.blocks as Json[];
  if (near) {
    const at = blocks.findIndex((b) => b.type === 'rich_text' && visibleText([b]).includes(near));
    const row = blocks[at + 1];
    const found = buttons(row ? [row] : []).find((b) => b.action_id.startsWith(actionPrefix));
    if (!found) throw new Error(`no ${actionPrefix} under ${near}`);
    return found;
  }
  const found = buttons(blocks).find((b) => b.action_id.startsWith(actionPrefix));
  if (!found) throw new Error(`no ${actionPrefix}`);
  return found;
}

/** Two identical clicks on one message, as a double click sends them: each with its own response_url. */
async function doubleClick(button: { action_id: string; value: string; text: string }): Promise<string[]> {
  const messageTs = `1700003000.${String(++counter).padStart(6, '0')}`;
  const ids = [nextId('dbl'), nextId('dbl')];
  await Promise.all(
    ids.map((id) => t.interaction(buttonClick({ button, response_url: t.fake.responseUrl(id), messageTs }))),
  );
  return ids;
}

const inChannel = (ids: string[]) =>
  t.fake.responses.filter((r) => ids.includes(r.id) && r.body.response_type === 'in_channel');

describe('When "Posta i kanalen" is clicked twice on one answer', () => {
  test('the channel gets it once, and the private answer is replaced by a confirmation', async () => {
    const answer = await t.command('7.2.1');
    const ids = await doubleClick(buttonOn(answer, ACTION.postInChannel));
    const confirmation = await waitFor(
      () => t.fake.responses.find((r) => ids.includes(r.id) && r.body.replace_original === true),
      'the confirmation',
    );
    // Both clicks are answered (the second privately) before anything is counted.
    await waitFor(() => t.fake.responses.filter((r) => ids.includes(r.id)).length >= 3, 'both clicks answered');
    expect(inChannel(ids)).toHaveLength(1);
    expect(confirmation.body.response_type).toBe('ephemeral');
    expect(blockProblems(confirmation.body.blocks)).toEqual([]);
    expect(visibleText(confirmation.body.blocks)).toContain(INTERACTION_SV.postedInChannel);
    expect(buttons(confirmation.body.blocks).map((b) => b.action_id)).not.toContain(ACTION.postInChannel);
  });
});

describe('When "Dela i kanalen" is clicked twice, and once more later, on one quote', () => {
  test('the quote is posted once; the clicker is told it was shared, and later that it already is', async () => {
    const answer = await t.command('4.6.4');
    const share = buttonOn(answer, ACTION.shareChannel, 'Vision');
    const messageTs = `1700004000.${String(++counter).padStart(6, '0')}`;
    const ids = [nextId('share'), nextId('share'), nextId('share')];
    const clickOn = (id: string) =>
      t.interaction(buttonClick({ button: share, response_url: t.fake.responseUrl(id), messageTs }));
    await Promise.all([clickOn(ids[0]), clickOn(ids[1])]);
    await waitFor(() => t.fake.responses.filter((r) => ids.includes(r.id)).length >= 3, 'both clicks answered');
    await clickOn(ids[2]);
    const later = await waitFor(() => t.fake.responses.find((r) => r.id === ids[2]), 'the answer to the third click');
    expect(inChannel(ids)).toHaveLength(1);
    const confirmations = t.fake.responses.filter((r) => ids.includes(r.id) && r.body.response_type === 'ephemeral');
    expect(confirmations.map((r) => visibleText(r.body.blocks)).join('\n')).toContain(INTERACTION_SV.sharedInChannel);
    expect(later.body.response_type).toBe('ephemeral');
    expect(visibleText(later.body.blocks)).toContain(INTERACTION_SV.alreadyShared);
  });

  test('another quote of the same answer can still be shared', async () => {
    const answer = await t.command('4.6.4');
    const messageTs = `1700005000.${String(++counter).padStart(6, '0')}`;
    const ids = [nextId('other'), nextId('other')];
    for (const [i, near] of ['Vision', 'Föreningen Sveriges socialchefer'].entries()) {
      const share = buttonOn(answer, ACTION.shareChannel, near);
      await t.interaction(buttonClick({ button: share, response_url: t.fake.responseUrl(ids[i]), messageTs }));
      await waitFor(() => inChannel([ids[i]]).length === 1, `the post of ${near}`);
    }
    expect(inChannel(ids)).toHaveLength(2);
  });
});

describe('When an answer an analyst corrected is shared, or its interpretation asked for', () => {
  let corrected: ResponseUrlPost;
  beforeAll(async () => {
    const answer = await t.command('7.2.2');
    const menu = overflowNear(answer.body.blocks, 'Åstorps kommun');
    if (!menu) throw new Error('no menu on Åstorps kommun');
    const before = t.fake.callsTo('views.open').length;
    await t.interaction(
      overflowClick({ menu, option: REVIEW_SV.menuCorrect, response_url: t.fake.responseUrl(nextId('fix')) }),
    );
    const view = (await waitFor(() => t.fake.callsTo('views.open')[before], 'the modal')).body.view as Json;
    const proposal = view.blocks.find((b: Json) => b.block_id === CORRECTION.proposal).element.initial_option;
    const response = await t.interaction(
      viewSubmission({
        view,
        viewId: 'V0SHARED',
        selected: {
          [CORRECTION.stance]: optionOf(view, CORRECTION.stance, 'neutral'),
          [CORRECTION.proposal]: proposal,
          [CORRECTION.quote]: optionOf(view, CORRECTION.quote, '1.'),
        },
        comment: COMMENT,
      }),
    );
    expect(response.status).toBe(200);
    corrected = await t.command('7.2.2');
    expect(visibleText(corrected.body.blocks)).toContain(':white_circle: *Åstorps kommun* — neutral');
  });

  test('the shared quote says who corrected it, and why', async () => {
    const id = nextId('shared-fix');
    const share = buttonOn(corrected, ACTION.shareChannel, 'Åstorps kommun');
    await t.interaction(buttonClick({ button: share, response_url: t.fake.responseUrl(id) }));
    const post = await waitFor(
      () => t.fake.responses.find((r) => r.id === id && r.body.response_type === 'in_channel'),
      'the shared quote',
    );
    expect(blockProblems(post.body.blocks)).toEqual([]);
    const seen = visibleText(post.body.blocks);
    expect(seen).toContain(`rättad av <@${ANALYST}>`);
    expect(seen).toContain(COMMENT);
    expect(seen).toContain('neutral');
  });

  test('"Varför denna tolkning?" tells the correction (who, to what, the comment) and what the parser had read', async () => {
    const menu = overflowNear(corrected.body.blocks, 'Åstorps kommun');
    if (!menu) throw new Error('no menu on Åstorps kommun');
    const id = nextId('why');
    await t.interaction(overflowClick({ menu, option: REVIEW_SV.menuWhy, response_url: t.fake.responseUrl(id) }));
    const why = await waitFor(() => t.fake.responses.find((r) => r.id === id), 'the explanation');
    expect(blockProblems(why.body.blocks)).toEqual([]);
    const seen = visibleText(why.body.blocks);
    expect(seen).toContain(`<@${ANALYST}>`);
    expect(seen).toContain(COMMENT);
    expect(seen).toContain(REVIEW_SV.whyParsed('avstyrker'));
    expect(seen).toMatch(/neutral/);
    expect(why.body.text).not.toMatch(/^Säkerhet: hög\. Under rubriken/);
  });
});

describe('When a button is clicked on an old answer in a channel the bot is not in', () => {
  test('the clicker still hears that the answer is too old, in a small modal', async () => {
    const answer = await t.command('7.2.1');
    const more = buttonOn(answer, ACTION.postInChannel);
    const id = nextId('gone');
    t.fake.expire(id);
    t.fake.failNext('chat.postEphemeral', 'not_in_channel');
    const before = t.fake.callsTo('views.open').length;
    await t.interaction(buttonClick({ button: more, response_url: t.fake.responseUrl(id) }));
    const opened = await waitFor(() => t.fake.callsTo('views.open')[before], 'a modal for the clicker');
    expect(opened.body.trigger_id).toBeTruthy();
    expect(blockProblems(opened.body.view.blocks, 100)).toEqual([]);
    expect(visibleText(opened.body.view.blocks)).toContain(INTERACTION_SV.answerTooOld('7.2.1'));
  });
});
