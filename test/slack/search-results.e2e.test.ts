import { ACTION, decodeQueryValue } from '../../src/core/render/blocks-actions.js';
import { SEARCH_SV } from '../../src/core/render/strings-sv.js';
import type { ParsedDocument } from '../../src/core/types.js';
import type { Store } from '../../src/store/store.js';
import { type ResponseUrlPost, waitFor } from '../helpers/fake-slack.js';
import { buttons, messageProblems, visibleText } from '../helpers/fake-slack-blocks.js';
import { buttonClick } from '../helpers/fake-slack-requests.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

const MAGNET = '7.2.2 Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård';

/**
 * Constructed: Åstorps kommun (a seed respondent, 16 proposals of SOU 2024:72) also answers a promemoria
 * "Ds 2025:3" that has a 7.2.2 with the same title, so "/remiss 7.2.2" is a pick between two equal titles.
 */
async function secondRemiss(store: Store): Promise<void> {
  const parsed: ParsedDocument = {
    file: 'konstruerat-ds-astorp.txt',
    kind: 'response',
    remiss: { id: 'Ds 2025:3', title: 'Konstruerad promemoria' },
    respondent: 'Åstorps kommun',
    stances: [
      {
        proposal: '7.2.2',
        title: MAGNET.slice('7.2.2 '.length),
        stance: 'against',
        quote: 'Åstorps kommun avstyrker förslaget i promemorian.',
        page: 1,
        confidence: 'high',
        reason: 'constructed',
      },
    ],
    warnings: [],
  };
  await store.saveDocument({ file: parsed.file, contentHash: 'd'.repeat(64), parsed });
  // As ingest harvests a reply's headings into the remiss's catalog.
  await store.upsertProposals(
    [{ remiss: 'Ds 2025:3', number: '7.2.2', title: MAGNET.slice('7.2.2 '.length) }],
    'harvested',
  );
}

let t: TestBot;
let clicks = 0;
beforeAll(async () => {
  t = await startTestBot({ prepare: secondRemiss });
});
afterAll(async () => {
  await t.dispose();
});

async function click(button: { action_id: string; value: string; text: string }): Promise<ResponseUrlPost> {
  const id = `click-${++clicks}`;
  await t.interaction(buttonClick({ button, response_url: t.fake.responseUrl(id) }));
  return waitFor(() => t.fake.responses.find((r) => r.id === id), `the answer to ${button.text}`);
}

function pickButtons(page: ResponseUrlPost) {
  return buttons(page.body.blocks).filter((b) => b.action_id.startsWith(ACTION.pick));
}

describe('When /remiss 7.2.2 is asked and two remisser have a 7.2.2 of the same title', () => {
  test('each choice shows its remiss, and picking one answers for that remiss', async () => {
    const page = await t.command('7.2.2');
    expect(messageProblems(page.body)).toEqual([]);
    const rows = (page.body.blocks as unknown[]).filter((b) =>
      buttons([b]).some((x) => x.action_id.startsWith(ACTION.pick)),
    );
    expect(rows.map((row) => visibleText([row]))).toEqual([
      expect.stringContaining('Ds 2025:3'),
      expect.stringContaining('SOU 2024:72'),
    ]);
    const ds = pickButtons(page).find((b) => decodeQueryValue(b.value)?.q === '7.2.2 Ds 2025:3');
    if (!ds) throw new Error('no choice for Ds 2025:3');
    const answer = await click(ds);
    expect(visibleText(answer.body.blocks)).toContain('avstyrker förslaget i promemorian');
    expect(answer.body.replace_original).toBe(true);
  });
});

describe('When /remiss SOU 2024:72 is asked', () => {
  test('every one of its proposals can be picked, Magnetmodellen (7.2.2) too', async () => {
    const page = await t.command('SOU 2024:72');
    expect(messageProblems(page.body)).toEqual([]);
    const queries = pickButtons(page).map((b) => decodeQueryValue(b.value)?.q);
    expect(queries.length).toBeGreaterThan(10);
    expect(queries).toContain('7.2.2 SOU 2024:72');
    expect(visibleText(page.body.blocks)).toContain(SEARCH_SV.pickRemissProposal('SOU 2024:72'));
  });
});

describe("When Åstorps kommun's answers (17 proposals in two remisser) are walked and page 2 is posted", () => {
  test('every page names Åstorps kommun, and each proposal line its remiss', async () => {
    const first = await t.command('Åstorps kommun');
    expect(messageProblems(first.body)).toEqual([]);
    expect(first.body.text).toContain(SEARCH_SV.respondentHeading('Åstorps kommun', 17));
    const lines = visibleText(first.body.blocks)
      .split('\n')
      .filter((line) => line.startsWith('*'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/SOU 2024:72|Ds 2025:3/);

    const more = buttons(first.body.blocks).find((b) => b.action_id === ACTION.showMore);
    if (!more) throw new Error('no "Visa fler"');
    const second = await click(more);
    expect(messageProblems(second.body)).toEqual([]);
    const post = buttons(second.body.blocks).find((b) => b.action_id === ACTION.postInChannel);
    if (!post) throw new Error('no "Posta i kanalen"');
    const posted = await click(post);
    expect(posted.body.response_type).toBe('in_channel');
    expect(messageProblems(posted.body)).toEqual([]);
    expect(visibleText(posted.body.blocks.slice(0, 1))).toContain('Åstorps kommun');
    expect(posted.body.text).toContain('Åstorps kommun');
  });
});

describe('When Åstorps kommun is asked within SOU 2024:72, where it answered 16 proposals', () => {
  test('all 16 come in one message: no "Visa fler" for a single last proposal', async () => {
    const page = await t.command('Åstorps kommun SOU 2024:72');
    expect(messageProblems(page.body)).toEqual([]);
    expect(page.body.text).toContain(SEARCH_SV.respondentHeading('Åstorps kommun', 16));
    expect(buttons(page.body.blocks).find((b) => b.action_id === ACTION.showMore)).toBeUndefined();
    expect(buttons(page.body.blocks).filter((b) => b.action_id.startsWith(ACTION.shareChannel))).toHaveLength(16);
  });
});

describe('When /remiss Åstorp 7.2.2 is asked and Åstorp answered a 7.2.2 in both remisser', () => {
  test("the pick between the remisser keeps it Åstorp's answer in the one picked", async () => {
    const page = await t.command('Åstorp 7.2.2');
    expect(pickButtons(page).map((b) => decodeQueryValue(b.value)?.q)).toEqual([
      'Åstorps kommun 7.2.2 Ds 2025:3',
      'Åstorps kommun 7.2.2 SOU 2024:72',
    ]);
    const ds = pickButtons(page)[0];
    const answer = await click(ds);
    expect(visibleText(answer.body.blocks)).toContain('Åstorps kommun om 7.2.2');
    expect(visibleText(answer.body.blocks)).toContain('avstyrker förslaget i promemorian');
  });
});
