import { CORRECTION } from '../../src/core/render/blocks-correction.js';
import { REVIEW_SV } from '../../src/core/render/review-strings-sv.js';
import type { ParsedDocument } from '../../src/core/types.js';
import type { Store } from '../../src/store/store.js';
import { constructedCatalog } from '../helpers/constructed-catalog.js';
import { type Json, waitFor } from '../helpers/fake-slack.js';
import { blockProblems, optionProblems, visibleText } from '../helpers/fake-slack-blocks.js';
import { blockSuggestion, interactionBody } from '../helpers/fake-slack-requests.js';
import { optionOf, overflowClick, overflowNear, viewSubmission } from '../helpers/fake-slack-views.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

/**
 * Constructed: a remiss with 150 proposals (chapters 1–15, x.1–x.10; test/helpers/constructed-catalog.ts), more than
 * one Slack select holds, and one respondent whose answer the parser put on 1.1. The analyst moves it to 14.9,
 * which the old select (the current proposal and the 99 around it) never offered.
 */
const REMISS = 'SOU 2099:2';
const ANALYST = 'U0000000001';
const RESPONDENT = 'Konstruerad kommun';

const RESPONSE: ParsedDocument = {
  file: 'konstruerat-remissvar-150-forslag.txt',
  kind: 'response',
  remiss: { id: REMISS, title: 'Konstruerad remiss med 150 förslag' },
  respondent: RESPONDENT,
  stances: [
    {
      proposal: '1.1',
      title: 'Ledarskapsutbildning för chefer – ansvar',
      stance: 'for',
      quote: 'Kommunen tillstyrker att huvudmännen får tillsynsansvaret under övergångstiden.',
      page: 1,
      confidence: 'low',
      reason: 'constructed',
    },
  ],
  warnings: [],
};

async function constructedRemiss(store: Store): Promise<void> {
  await store.upsertProposals(constructedCatalog(REMISS), 'curated');
  await store.saveDocument({ file: RESPONSE.file, contentHash: 'c'.repeat(64), parsed: RESPONSE });
}

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot({ seeds: [], prepare: constructedRemiss });
  t.fake.stub('conversations.members', { ok: true, members: [ANALYST], response_metadata: {} });
});
afterAll(async () => {
  await t.dispose();
});

let counter = 0;

/** Runs /remiss 1.1, picks "Rätta" on the respondent's line, returns the opened modal. */
async function openCorrection(): Promise<Json> {
  const answer = await t.command(`1.1 ${REMISS}`);
  const menu = overflowNear(answer.body.blocks, RESPONDENT);
  if (!menu) throw new Error(`no menu on ${RESPONDENT}`);
  const before = t.fake.callsTo('views.open').length;
  await t.interaction(
    overflowClick({ menu, option: REVIEW_SV.menuCorrect, response_url: t.fake.responseUrl(`typeahead-${++counter}`) }),
  );
  const call = await waitFor(() => t.fake.callsTo('views.open')[before], 'views.open');
  return call.body.view;
}

/** The modal submitted with this stance and proposal option, and the first quote. */
function submission(view: Json, viewId: string, stance: 'against' | 'partly', proposal: unknown) {
  return viewSubmission({
    view,
    viewId,
    selected: {
      [CORRECTION.stance]: optionOf(view, CORRECTION.stance, REVIEW_SV.stances[stance]),
      [CORRECTION.proposal]: proposal,
      [CORRECTION.quote]: optionOf(view, CORRECTION.quote, '1.'),
    },
  });
}

/** Sends the signed block_suggestion Slack sends when the analyst types `value` in the proposal field. */
async function typeInProposal(view: Json, value: string): Promise<Array<{ text: { text: string }; value: string }>> {
  const response = await t.interaction(blockSuggestion({ view, blockId: CORRECTION.proposal, value }));
  expect(response.status).toBe(200);
  return JSON.parse(response.text).options;
}

describe('When an analyst corrects an answer in a remiss with 150 proposals', () => {
  test('the proposal field is a type-ahead (external select) preselected on the current proposal', async () => {
    const view = await openCorrection();
    expect(blockProblems(view.blocks, 100)).toEqual([]);
    const field = view.blocks.find((b: Json) => b.block_id === CORRECTION.proposal);
    expect(field.element).toMatchObject({
      type: 'external_select',
      action_id: CORRECTION.proposal,
      min_query_length: 0,
      initial_option: { value: '1.1', text: { text: '1.1 Ledarskapsutbildning för chefer – ansvar' } },
    });
    expect(field.hint.text).toBe(REVIEW_SV.proposalHint);
  });

  test('opening the list without typing offers the proposals around 1.1, but not 14.9', async () => {
    const options = await typeInProposal(await openCorrection(), '');
    expect(options[0].value).toBe('1.1');
    expect(options).toHaveLength(100);
    expect(options.map((o) => o.value)).not.toContain('14.9');
  });

  test('typing "14" is answered with chapter 14, numbers and titles within Slack\'s limits', async () => {
    const options = await typeInProposal(await openCorrection(), '14');
    expect(options.map((o) => o.value)).toEqual(Array.from({ length: 10 }, (_, i) => `14.${i + 1}`));
    expect(options[8].text.text).toBe('14.9 Övergångsbestämmelser för vårdgivare – tillsyn');
    expect(optionProblems(options)).toEqual([]);
  });

  test('typing title words without å/ä/ö finds the proposal: "overgangsbestammelser tillsyn" → 14.9', async () => {
    const options = await typeInProposal(await openCorrection(), 'overgangsbestammelser tillsyn');
    expect(options.map((o) => o.value)).toEqual(['14.9']);
  });

  test('an options request with a bad signature is refused and offers nothing', async () => {
    const view = await openCorrection();
    const body = interactionBody(blockSuggestion({ view, blockId: CORRECTION.proposal, value: '14' }));
    const response = await t.send(body, 'application/x-www-form-urlencoded', { signature: 'v0=forged' });
    expect(response.status).toBe(401);
    expect(response.text).not.toContain('14.9');
  });

  test('a submitted proposal that is not in the catalog is refused on the proposal field, and nothing is stored', async () => {
    const view = await openCorrection();
    const response = await t.interaction(
      submission(view, 'V0FORGED', 'against', {
        text: { type: 'plain_text', text: '99.99 Finns inte' },
        value: '99.99',
      }),
    );
    expect(JSON.parse(response.text)).toEqual({
      response_action: 'errors',
      errors: { [CORRECTION.proposal]: REVIEW_SV.proposalUnknown },
    });
    expect((await t.bot.store.correctionsSince()).some((c) => c.requestKey === 'V0FORGED')).toBe(false);
  });

  // Last: it moves the answer off 1.1, where the tests above find it.
  test('choosing 14.9 from the typed list is stored, confirmed, and /remiss 14.9 shows the answer as corrected', async () => {
    const view = await openCorrection();
    const chosen = (await typeInProposal(view, '14')).find((o) => o.value === '14.9');
    if (!chosen) throw new Error('14.9 was not offered');
    const response = await t.interaction(submission(view, 'V0FAR1', 'partly', chosen));
    expect(response.status).toBe(200);
    expect(response.text).toBe('');
    const stored = (await t.bot.store.correctionsSince()).find((c) => c.requestKey === 'V0FAR1');
    expect(stored).toMatchObject({ proposal: '1.1', oldProposal: '1.1', newProposal: '14.9', newStance: 'partly' });
    const confirmation = await waitFor(
      () => t.fake.callsTo('chat.postEphemeral').find((c) => c.body.text?.includes('Rättelsen är sparad')),
      'the confirmation',
    );
    expect(confirmation.body.text).toContain('14.9 Övergångsbestämmelser för vårdgivare – tillsyn');
    const moved = await t.command(`14.9 ${REMISS}`);
    const text = visibleText(moved.body.blocks);
    expect(text).toMatch(new RegExp(`\\*${RESPONDENT}\\* — tillstyrker delvis`));
    expect(text).toContain(`rättad av <@${ANALYST}>`);
    expect(blockProblems(moved.body.blocks)).toEqual([]);
    const left = await t.command(`1.1 ${REMISS}`);
    expect(visibleText(left.body.blocks)).not.toContain(`*${RESPONDENT}*`);
  });
});
