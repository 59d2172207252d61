import { ACTION } from '../../src/core/render/blocks-actions.js';
import type { ParsedDocument, Stance } from '../../src/core/types.js';
import type { Store } from '../../src/store/store.js';
import { waitFor } from '../helpers/fake-slack.js';
import { blockProblems, buttons, visibleText } from '../helpers/fake-slack-blocks.js';
import { buttonClick } from '../helpers/fake-slack-requests.js';
import { mrkdwnTexts, quotedTexts } from '../helpers/rich-text.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

/** Constructed: 300 respondents answer proposal 9.9.9 of a made-up remiss; number 7 tries to ping everyone. */
const REMISS = 'SOU 2099:1';
const STANCES: Stance[] = ['for', 'against', 'partly', 'neutral'];
const EVIL = 'Vi avstyrker <!channel> <!here> <@U123> & allt annat.';

async function constructedProposal(store: Store): Promise<void> {
  for (let i = 1; i <= 300; i++) {
    const parsed: ParsedDocument = {
      file: `konstruerat-remissvar-${i}.txt`,
      kind: 'response',
      remiss: { id: REMISS, title: 'Konstruerad remiss' },
      respondent: `Konstruerad kommun ${i}`,
      stances: [
        {
          proposal: '9.9.9',
          title: 'Konstruerat förslag om paginering',
          stance: i === 7 ? 'against' : STANCES[i % 4],
          quote: i === 7 ? EVIL : `Konstruerad kommun ${i} har synpunkter på förslaget. `.repeat(8),
          page: 1,
          confidence: 'high',
          reason: 'constructed',
        },
      ],
      warnings: [],
    };
    await store.saveDocument({ file: parsed.file, contentHash: i.toString(16).padStart(64, '0'), parsed });
  }
}

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot({ seeds: [], prepare: constructedProposal });
});
afterAll(async () => {
  await t.dispose();
});

describe('When a proposal has 300 answers', () => {
  test('every page Slack receives is valid, and "Visa fler" walks through all 300 exactly once', async () => {
    let page = await t.command('9.9.9');
    const seen: string[] = [];
    for (let clicks = 0; ; clicks++) {
      expect(blockProblems(page.body.blocks)).toEqual([]);
      for (const m of visibleText(page.body.blocks).matchAll(/\*(Konstruerad kommun \d+)\*/g)) seen.push(m[1]);
      const more = buttons(page.body.blocks).find((b) => b.action_id === ACTION.showMore);
      if (!more) break;
      expect(clicks).toBeLessThan(60);
      const id = `more-${clicks}`;
      await t.interaction(buttonClick({ button: more, response_url: t.fake.responseUrl(id) }));
      page = await waitFor(() => t.fake.responses.find((r) => r.id === id), `page ${clicks + 2}`);
    }
    expect(seen).toHaveLength(300);
    expect(new Set(seen).size).toBe(300);
  });

  test('a quote containing <!channel>, <!here> and <@U123> reaches Slack as literal text that pings nobody', async () => {
    const page = await t.command('Konstruerad kommun 7');
    // Rich text shows its text elements as written; mentions would have to be elements of their own.
    expect(quotedTexts(page.body.blocks)).toEqual([EVIL]);
    expect(JSON.stringify(page.body.blocks)).not.toMatch(/"type":"(broadcast|user|usergroup|channel|link)"/);
    // Where Slack does parse (mrkdwn fields, the notification text) they arrive escaped, if at all.
    expect(mrkdwnTexts(page.body.blocks).join('\n')).not.toMatch(/<!channel>|<!here>|<@U123>/);
    expect(page.body.text).not.toMatch(/<!channel>|<!here>|<@U123>/);
  });
});
