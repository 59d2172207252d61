import { ACTION, decodeQueryValue } from '../../src/core/render/blocks-actions.js';
import { CHOICES_PER_PAGE } from '../../src/core/render/blocks-choices.js';
import { SEARCH_SV, SLACK_SV } from '../../src/core/render/strings-sv.js';
import type { ParsedDocument } from '../../src/core/types.js';
import type { Store } from '../../src/store/store.js';
import { constructedCatalog } from '../helpers/constructed-catalog.js';
import { type Json, type ResponseUrlPost, waitFor } from '../helpers/fake-slack.js';
import { buttons, messageProblems, visibleText } from '../helpers/fake-slack-blocks.js';
import { buttonClick } from '../helpers/fake-slack-requests.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

/**
 * Pick lists of equally good hits, paged like a remiss's or a chapter's list, and rows that name their remiss only
 * when the list spans more than one (QA pass 2, findings 20 and 21). Constructed: the 150-proposal catalog of
 * test/helpers/constructed-catalog.ts ("tillsyn" ends 15 titles) and 45 municipalities named "Konstruerad N kommun",
 * so "kommun" ties 45 names.
 */
const REMISS = 'SOU 2096:1';
const MUNICIPALITIES = 45;

async function prepare(store: Store): Promise<void> {
  await store.upsertProposals(constructedCatalog(REMISS), 'curated');
  for (let i = 1; i <= MUNICIPALITIES; i++) {
    const parsed: ParsedDocument = {
      file: `konstruerat-svar-${i}.txt`,
      kind: 'response',
      remiss: { id: REMISS, title: 'Konstruerad lång remiss' },
      respondent: `Konstruerad${i} kommun`,
      stances: [
        {
          proposal: '1.1',
          title: 'Ledarskapsutbildning för chefer – ansvar',
          stance: 'for',
          quote: 'Vi tillstyrker förslaget.',
          page: 1,
          confidence: 'high',
          reason: 'constructed',
        },
      ],
      warnings: [],
    };
    await store.saveDocument({ file: parsed.file, contentHash: (0x5500 + i).toString(16).padStart(64, '0'), parsed });
  }
}

let t: TestBot;
let clicks = 0;
beforeAll(async () => {
  t = await startTestBot({ seeds: [], prepare });
});
afterAll(async () => {
  await t.dispose();
});

async function click(button: { action_id: string; value: string; text: string }): Promise<ResponseUrlPost> {
  const id = `picks-${++clicks}`;
  await t.interaction(buttonClick({ button, response_url: t.fake.responseUrl(id) }));
  return waitFor(() => t.fake.responses.find((r) => r.id === id), `the answer to ${button.text}`);
}

function rows(page: ResponseUrlPost): Json[] {
  return (page.body.blocks as Json[]).filter((b) => b.accessory?.action_id?.startsWith(ACTION.pick));
}

describe('When a title word ties 15 proposals: /remiss tillsyn', () => {
  test('all 15 are in the list, as its notification promises, and none is left out', async () => {
    const page = await t.command('tillsyn');
    expect(messageProblems(page.body)).toEqual([]);
    expect(rows(page)).toHaveLength(15);
    expect(page.body.text).toContain(SLACK_SV.choiceCount(15));
    expect(visibleText(page.body.blocks)).not.toMatch(/… och \d+ till/);
  });

  test('the rows do not repeat the remiss they all belong to; the message names it once', async () => {
    const page = await t.command('tillsyn');
    const labels = rows(page).map((row) => row.text.text as string);
    expect(labels[0]).toBe('1.9 Ledarskapsutbildning för chefer – tillsyn');
    expect(labels.some((label) => label.includes(REMISS))).toBe(false);
    expect(visibleText(page.body.blocks)).toContain(SEARCH_SV.allInRemiss(REMISS));
  });
});

describe('When a remiss is named alone: /remiss SOU 2096:1', () => {
  test('its 150 rows do not each say "(SOU 2096:1)", which the question already names', async () => {
    const page = await t.command(REMISS);
    const labels = rows(page).map((row) => row.text.text as string);
    expect(labels).toHaveLength(CHOICES_PER_PAGE);
    expect(labels.some((label) => label.includes(REMISS))).toBe(false);
    expect(visibleText(page.body.blocks)).toContain(SEARCH_SV.pickRemissProposal(REMISS));
  });
});

describe(`When a name ties ${MUNICIPALITIES} respondents: /remiss kommun`, () => {
  test('"Visa fler" pages through every one of them, each once', async () => {
    let page = await t.command('kommun');
    expect(page.body.text).toContain(SLACK_SV.choiceCount(MUNICIPALITIES));
    const seen: string[] = [];
    for (let pages = 1; ; pages++) {
      expect(messageProblems(page.body)).toEqual([]);
      for (const button of buttons(page.body.blocks)) {
        if (button.action_id.startsWith(ACTION.pick)) seen.push(decodeQueryValue(button.value)?.q ?? '');
      }
      const more = buttons(page.body.blocks).find((b) => b.action_id === ACTION.showMore);
      if (!more) break;
      expect(pages).toBeLessThan(5);
      page = await click(more);
    }
    expect(seen).toHaveLength(MUNICIPALITIES);
    expect(new Set(seen).size).toBe(MUNICIPALITIES);
  });
});
