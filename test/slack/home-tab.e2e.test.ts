import type { ParsedDocument } from '../../src/core/types.js';
import type { Store } from '../../src/store/store.js';
import { waitFor } from '../helpers/fake-slack.js';
import { blockProblems, visibleText } from '../helpers/fake-slack-blocks.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

// The App Home with the seeds and 40 CONSTRUCTED remisser of 8 proposals each (the QA case where every remiss was
// shown with 0 proposals and 10 were left out silently).

const CONSTRUCTED = 40;

async function addConstructedRemisser(store: Store): Promise<void> {
  for (let r = 1; r <= CONSTRUCTED; r++) {
    const parsed: ParsedDocument = {
      file: `konstruerad-${r}.txt`,
      kind: 'response',
      remiss: { id: `SOU 2098:${r}`, title: `Konstruerad remiss ${r}` },
      respondent: `Konstruerad region ${r}`,
      stances: Array.from({ length: 8 }, (_, k) => ({
        proposal: `2.${k + 1}`,
        title: `Förslag ${k + 1}`,
        stance: k % 2 ? ('for' as const) : ('against' as const),
        quote: 'Konstruerat citat.',
        page: 1,
        confidence: 'high' as const,
        reason: 'constructed',
      })),
      warnings: [],
    };
    // Remiss r answered at hour r of 1 November: SOU 2098:40 most recently; the seeds, later still.
    const addedAt = new Date(Date.UTC(2026, 10, 1, r));
    await store.saveDocument({ file: parsed.file, contentHash: `konstruerad-${r}`, parsed, addedAt });
  }
}

let t: TestBot;
let blocks: Array<{ type: string; text?: { text: string } }>;
beforeAll(async () => {
  t = await startTestBot({ prepare: addConstructedRemisser, clock: () => new Date('2026-12-01T08:00:00Z') });
  await t.event({ type: 'app_home_opened', user: 'U0000000001', channel: 'D01', tab: 'home', event_ts: '1.000100' });
  blocks = (await waitFor(() => t.fake.callsTo('views.publish')[0], 'views.publish')).body.view.blocks;
});
afterAll(async () => {
  await t.dispose();
});

function remissHeaders(): string[] {
  return blocks.flatMap((b) => (b.type === 'header' && b.text ? [b.text.text] : [])).slice(1);
}

describe('When the App Home is opened with 42 remisser', () => {
  test("it stays within Slack's 100 blocks", () => {
    expect(blockProblems(blocks, 100)).toEqual([]);
  });

  test('the seeds, added last, come first, then the constructed remisser answered most recently', () => {
    const ids = remissHeaders().map((h) => h.split(' – ')[0]);
    expect(ids.slice(0, 2).sort()).toEqual(
      ['Förslag till nationell plan för hälso- och sjukvårdens kompetensförsörjning', 'SOU 2024:72'].sort(),
    );
    expect(ids.slice(2, 5)).toEqual(['SOU 2098:40', 'SOU 2098:39', 'SOU 2098:38']);
  });

  test('every remiss shown has its most contested proposals under it', () => {
    let current = '';
    const lines = new Map<string, number>();
    for (const b of blocks.slice(1)) {
      if (b.type === 'header' && b.text) current = b.text.text;
      else if (b.type === 'rich_text' && current) {
        lines.set(current, (lines.get(current) ?? 0) + (visibleText([b]).match(/^• /gm) ?? []).length);
      }
    }
    expect(lines.size).toBe(remissHeaders().length);
    for (const [remiss, count] of lines) expect([remiss, count >= 2]).toEqual([remiss, true]);
  });

  test('says how many remisser are left out', () => {
    const left = 42 - remissHeaders().length;
    expect(left).toBeGreaterThan(0);
    expect(visibleText(blocks)).toContain(`… och ${left} remisser till`);
  });

  test('a remiss whose title is its id is not named twice', () => {
    expect(visibleText(blocks)).not.toMatch(/kompetensförsörjning – Förslag till nationell plan/);
  });
});
