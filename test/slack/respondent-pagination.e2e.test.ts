import { ACTION } from '../../src/core/render/blocks-actions.js';
import { SLACK_SV } from '../../src/core/render/strings-sv.js';
import type { ParsedDocument, StanceRecord } from '../../src/core/types.js';
import type { Store } from '../../src/store/store.js';
import { waitFor } from '../helpers/fake-slack.js';
import { blockProblems, buttons, visibleText } from '../helpers/fake-slack-blocks.js';
import { buttonClick } from '../helpers/fake-slack-requests.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

/** Constructed: one respondent answers 80 proposals of a made-up remiss, more than one search page (50). */
const PROPOSALS = 80;

async function prolificRespondent(store: Store): Promise<void> {
  const stances: StanceRecord[] = Array.from({ length: PROPOSALS }, (_, i) => ({
    proposal: `9.${i + 1}`,
    title: `Konstruerat förslag nummer ${i + 1}`,
    stance: i % 2 === 0 ? 'for' : 'against',
    quote: `Konstruerade förbundet tar ställning till förslag 9.${i + 1}.`,
    page: 1,
    confidence: 'high',
    reason: 'constructed',
  }));
  const parsed: ParsedDocument = {
    file: 'konstruerat-remissvar.txt',
    kind: 'response',
    remiss: { id: 'SOU 2099:2', title: 'Konstruerad remiss' },
    respondent: 'Konstruerade förbundet',
    stances,
    warnings: [],
  };
  await store.saveDocument({ file: parsed.file, contentHash: 'f'.repeat(64), parsed });
}

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot({ seeds: [], prepare: prolificRespondent });
});
afterAll(async () => {
  await t.dispose();
});

describe('When a respondent has answered more proposals than one search page holds', () => {
  test('"Visa fler" walks through all 80 of them exactly once', async () => {
    let page = await t.command('Konstruerade förbundet');
    const seen: string[] = [];
    for (let clicks = 0; ; clicks++) {
      expect(blockProblems(page.body.blocks)).toEqual([]);
      for (const m of visibleText(page.body.blocks).matchAll(/förslag (9\.\d+)\./g)) seen.push(m[1]);
      const more = buttons(page.body.blocks).find((b) => b.action_id === ACTION.showMore);
      if (!more) break;
      expect(clicks).toBeLessThan(40);
      const id = `more-${clicks}`;
      await t.interaction(buttonClick({ button: more, response_url: t.fake.responseUrl(id) }));
      page = await waitFor(() => t.fake.responses.find((r) => r.id === id), `page ${clicks + 2}`);
    }
    expect(new Set(seen).size).toBe(PROPOSALS);
    expect(seen).toHaveLength(PROPOSALS);
  });

  test('each message is one page of their proposals, counted as such', async () => {
    const first = await t.command('Konstruerade förbundet');
    expect(visibleText(first.body.blocks)).toContain(SLACK_SV.showingProposals(1, 15, PROPOSALS));
  });

  test('"Dela i kanalen" on the second page shares the quote it stands under', async () => {
    const first = await t.command('Konstruerade förbundet');
    const more = buttons(first.body.blocks).find((b) => b.action_id === ACTION.showMore)!;
    await t.interaction(buttonClick({ button: more, response_url: t.fake.responseUrl('second') }));
    const second = await waitFor(() => t.fake.responses.find((r) => r.id === 'second'), 'the second page');
    expect(visibleText(second.body.blocks)).toContain('förslag 9.16.');
    const share = buttons(second.body.blocks).find((b) => b.action_id.startsWith(ACTION.shareChannel))!;
    await t.interaction(buttonClick({ button: share, response_url: t.fake.responseUrl('shared-16') }));
    const shared = await waitFor(() => t.fake.responses.find((r) => r.id === 'shared-16'), 'the shared quote');
    expect(visibleText(shared.body.blocks)).toContain('Konstruerade förbundet tar ställning till förslag 9.16.');
  });
});
