import { ACTION, decodeQueryValue } from '../../src/core/render/blocks-actions.js';
import { SEARCH_SV, SLACK_SV } from '../../src/core/render/strings-sv.js';
import { type ResponseUrlPost, waitFor } from '../helpers/fake-slack.js';
import { buttons, messageProblems, visibleText } from '../helpers/fake-slack-blocks.js';
import { buttonClick } from '../helpers/fake-slack-requests.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

/**
 * What a query that names one respondent and one proposal ("Åstorp 7.2.2"), two proposals ("7.2.2 7.2.3") or a
 * respondent and a title word ("magnetmodellen Åstorp") shows, and how quote searches say what they counted.
 * QA pass 2, findings 1, 11, 13 and 17; the five real seeds.
 */
const MAGNET = '7.2.2 Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård';

let t: TestBot;
let clicks = 0;
beforeAll(async () => {
  t = await startTestBot();
});
afterAll(async () => {
  await t.dispose();
});

async function click(button: { action_id: string; value: string; text: string }): Promise<ResponseUrlPost> {
  const id = `scope-click-${++clicks}`;
  await t.interaction(buttonClick({ button, response_url: t.fake.responseUrl(id) }));
  return waitFor(() => t.fake.responses.find((r) => r.id === id), `the answer to ${button.text}`);
}

function pickQueries(page: ResponseUrlPost): string[] {
  return buttons(page.body.blocks)
    .filter((b) => b.action_id.startsWith(ACTION.pick))
    .map((b) => decodeQueryValue(b.value)?.q ?? '');
}

describe('When /remiss Åstorp 7.2.2 asks for one respondent on one proposal', () => {
  test("the heading says it is Åstorps kommun on 7.2.2, and the tally is labelled as the whole proposal's", async () => {
    const page = await t.command('Åstorp 7.2.2');
    expect(messageProblems(page.body)).toEqual([]);
    const seen = visibleText(page.body.blocks);
    expect(seen).toContain(`*${SEARCH_SV.respondentOn('Åstorps kommun', MAGNET)}*`);
    // 7.2.2 has two objections (FSS and Åstorp): the count is the proposal's, and says so.
    expect(seen).toContain(SEARCH_SV.tallyOfAll('2 avstyrker · 0 tillstyrker'));
    expect(seen).not.toMatch(/^1 avstyrker/m);
    // No stance group counting one answer as if it were the proposal's.
    expect(seen).not.toContain('*Avstyrker* (1)');
    expect(seen).toContain(':red_circle: *Åstorps kommun* — avstyrker');
    expect(page.body.text).toMatch(/^Åstorps kommun om 7\.2\.2 Genomför/);
  });

  test('"Posta i kanalen" publishes it just as clearly', async () => {
    const page = await t.command('Åstorp 7.2.2');
    const post = buttons(page.body.blocks).find((b) => b.action_id === ACTION.postInChannel);
    if (!post) throw new Error('no "Posta i kanalen"');
    const id = `scope-post-${++clicks}`;
    await t.interaction(buttonClick({ button: post, response_url: t.fake.responseUrl(id) }));
    const published = await waitFor(
      () => t.fake.responses.find((r) => r.id === id && r.body.response_type === 'in_channel'),
      'the post in the channel',
    );
    const seen = visibleText(published.body.blocks);
    expect(seen).toContain(`*${SEARCH_SV.respondentOn('Åstorps kommun', MAGNET)}*`);
    expect(seen).toContain(SEARCH_SV.tallyOfAll('2 avstyrker · 0 tillstyrker'));
    expect(published.body.text).toMatch(/^Åstorps kommun om 7\.2\.2/);
  });
});

describe('When /remiss Vision 7.2.2 asks about a proposal Vision took no stance on', () => {
  test('it says so, with the proposal\'s tally, instead of "Hittade inget"', async () => {
    const page = await t.command('Vision 7.2.2');
    expect(messageProblems(page.body)).toEqual([]);
    const seen = visibleText(page.body.blocks);
    expect(seen).not.toContain(SLACK_SV.nothingFound('Vision 7.2.2'));
    expect(seen).toContain(SEARCH_SV.respondentOn('Vision', MAGNET));
    expect(seen).toContain(SEARCH_SV.noAnswersFrom('Vision'));
    expect(seen).toContain(SEARCH_SV.tallyOfAll('2 avstyrker · 0 tillstyrker'));
    expect(page.body.text).toContain(SEARCH_SV.noAnswersFrom('Vision'));
  });

  test('it offers what Vision did answer, and every answer on 7.2.2; picking one answers it', async () => {
    const page = await t.command('Vision 7.2.2');
    expect(pickQueries(page)).toEqual(['Vision 4.6.4 SOU 2024:72', 'Vision 7.2.1 SOU 2024:72', '7.2.2 SOU 2024:72']);
    const pick = buttons(page.body.blocks).find((b) => decodeQueryValue(b.value)?.q === 'Vision 7.2.1 SOU 2024:72');
    if (!pick) throw new Error('no choice for Vision on 7.2.1');
    const answer = await click(pick);
    expect(visibleText(answer.body.blocks)).toContain('Vision välkomnar en nationell ledarskapsutbildning');
  });
});

describe('When a query names two proposals: /remiss 7.2.2 7.2.3', () => {
  test('both are answered, each under its own heading', async () => {
    const page = await t.command('7.2.2 7.2.3');
    expect(messageProblems(page.body)).toEqual([]);
    const seen = visibleText(page.body.blocks);
    expect(seen).toContain(`*${MAGNET}*`);
    expect(seen).toContain('*7.2.3 Fler specialistsjuksköterskor i kommunal hälso- och sjukvård*');
    expect(seen).toContain('Vi instämmer till förslaget att särskilda medel till kommuner');
  });

  test('a number that cannot be answered with them is named, not silently dropped: /remiss 7.2.2 7.9.9', async () => {
    const page = await t.command('7.2.2 7.9.9');
    const seen = visibleText(page.body.blocks);
    expect(seen).toContain(`*${MAGNET}*`);
    expect(seen).toContain(SEARCH_SV.otherNumbers(['7.9.9']));
  });
});

describe('When a query names a respondent and a title word', () => {
  test.each(['magnetmodellen Åstorp', 'vad tycker Åstorp om magnetmodellen'])(
    "/remiss %s is Åstorps kommun's answer on 7.2.2",
    async (query) => {
      const page = await t.command(query);
      const seen = visibleText(page.body.blocks);
      expect(seen).not.toContain(SLACK_SV.nothingFound(query));
      expect(seen).toContain(`*${SEARCH_SV.respondentOn('Åstorps kommun', MAGNET)}*`);
      expect(seen).toContain('Vi instämmer inte till förslaget. Vi ser inte nyttan');
    },
  );
});

describe("When a quote search matches an answer only through its proposal's title", () => {
  test('/remiss förbjudet oklarheter says it counted titles too, and marks the answer', async () => {
    const page = await t.command('förbjudet oklarheter');
    const seen = visibleText(page.body.blocks);
    // "förbjudet" is in the title of 5.4, not in FSS's quote: "1 citat med ”förbjudet oklarheter”" was not true.
    expect(seen).not.toContain(SEARCH_SV.searchHeading('förbjudet oklarheter', 1));
    expect(seen).toContain(SEARCH_SV.searchHeadingWithTitles('förbjudet oklarheter', 1));
    expect(seen).toContain(SEARCH_SV.matchedByTitle);
    expect(page.body.text).not.toContain(SEARCH_SV.searchHeading('förbjudet oklarheter', 1));
  });

  test('a search whose quotes hold the words keeps "N citat med" and no mark: /remiss certifiering', async () => {
    const page = await t.command('certifiering');
    const seen = visibleText(page.body.blocks);
    expect(seen).toContain(SEARCH_SV.searchHeading('certifiering', 1));
    expect(seen).not.toContain(SEARCH_SV.matchedByTitle);
  });
});

describe('When a quote search runs over more than one page: /remiss instämmer', () => {
  test('page 2 names the search too, so it still makes sense posted on its own', async () => {
    const first = await t.command('instämmer');
    const more = buttons(first.body.blocks).find((b) => b.action_id === ACTION.showMore);
    if (!more) throw new Error('no "Visa fler": the seeds have more than one page of "instämmer"');
    const second = await click(more);
    expect(messageProblems(second.body)).toEqual([]);
    const header = (second.body.blocks as Array<{ type: string; text?: { text: string } }>).find(
      (b) => b.type === 'header',
    );
    expect(header?.text?.text).toContain('”instämmer”');
    expect(header?.text?.text).toContain(SLACK_SV.continued);
  });
});
