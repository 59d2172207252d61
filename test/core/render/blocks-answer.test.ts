import { ACTION } from '../../../src/core/render/blocks-actions.js';
import { CORRECTION } from '../../../src/core/render/blocks-correction.js';
import { renderSearchResult } from '../../../src/core/render/blocks-search.js';
import { SLACK_SV } from '../../../src/core/render/strings-sv.js';
import type { SearchResult } from '../../../src/core/search/types.js';
import { buttons, messageProblems, visibleText } from '../../helpers/fake-slack-blocks.js';
import { answer, match, proposalResult, respondentResult } from '../../helpers/fake-slack-results.js';
import { mrkdwnTexts, quotedTexts, styledTexts } from '../../helpers/rich-text.js';

/** Constructed, after the QA's evil-remissvar.txt: a quote and a title that use mrkdwn and a bare link. */
const MARKUP_QUOTE = 'Vi är *fet* _kursiv_ ~struken~ `kod` och hänvisar till https://evil.example/x. R&D <!here>.';
const MARKUP_TITLE = 'Förslag om <https://evil.example|länk> och <!here> för *alla*';
const MARKUP_FILE = '_konstruerat-33_med_understreck_.txt';

describe('When an answer quotes mrkdwn, a bare link and control sequences', () => {
  const result = proposalResult([answer({ quote: MARKUP_QUOTE, file: MARKUP_FILE })]);
  const message = renderSearchResult(result, { audience: 'private' });

  test('the quote is a rich text quote, exactly as written', () => {
    expect(quotedTexts(message.blocks)).toEqual([MARKUP_QUOTE]);
  });

  test('no mrkdwn field carries any of the document text, so nothing is formatted, linked or pinged', () => {
    const mrkdwn = mrkdwnTexts(message.blocks).join('\n');
    expect(mrkdwn).not.toContain('fet');
    expect(mrkdwn).not.toContain('evil.example');
    expect(mrkdwn).not.toContain('konstruerat-33');
  });

  test('a file name with underscores is shown whole, in italics of its own', () => {
    expect(styledTexts(message.blocks, 'italic').join('')).toContain(`${MARKUP_FILE}, s. 2`);
  });

  test('the respondent is bold rich text', () => {
    expect(styledTexts(message.blocks, 'bold')).toContain('Åstorps kommun');
  });

  test('the answer keeps its share button and its "…" menu', () => {
    const ids = buttons(message.blocks).map((b) => b.action_id);
    expect(ids.some((id) => id.startsWith(ACTION.shareChannel))).toBe(true);
    expect(JSON.stringify(message.blocks)).toContain(`"action_id":"${CORRECTION.menu}_0"`);
    expect(messageProblems(message)).toEqual([]);
  });
});

describe('When a proposal title holds mrkdwn and control sequences', () => {
  const result = proposalResult([answer()]);
  result.matches[0] = match([answer()], { proposal: '7.9.9', title: MARKUP_TITLE });
  const message = renderSearchResult(result, { audience: 'public' });

  test('the heading shows the whole title as written, in bold, its own asterisks included', () => {
    expect(styledTexts(message.blocks, 'bold')).toContain(`7.9.9 ${MARKUP_TITLE}`);
    expect(mrkdwnTexts(message.blocks).join('\n')).not.toContain('länk');
  });

  test('the heading still names the remiss', () => {
    expect(visibleText(message.blocks)).toContain('SOU 2024:72');
  });
});

describe("When a respondent's answer is shown", () => {
  const result: SearchResult = respondentResult([
    match([answer({ respondent: 'Vision', stance: 'partly', quote: MARKUP_QUOTE })], { title: MARKUP_TITLE }),
  ]);
  const message = renderSearchResult(result, { audience: 'thread', threadTs: '1700000000.000100' });

  test('the proposal is bold rich text, the quote literal', () => {
    expect(styledTexts(message.blocks, 'bold')).toContain(`7.2.2 ${MARKUP_TITLE}`);
    expect(quotedTexts(message.blocks)).toEqual([MARKUP_QUOTE]);
  });

  test('in a thread it offers both share buttons and the menu', () => {
    const labels = buttons(message.blocks).map((b) => b.text);
    expect(labels).toEqual(expect.arrayContaining([SLACK_SV.shareInThread, SLACK_SV.shareInChannel]));
    expect(messageProblems(message)).toEqual([]);
  });
});

describe('When everything in an answer is as long as it gets', () => {
  // Constructed: a 10,000-character quote, a 1,000-character title, name and file name, a corrector that is no
  // user id (shown as text), and a respondent of two remisser (the remiss on the line too).
  const long = answer({
    quote: 'ord '.repeat(2500),
    respondent: 'R'.repeat(1000),
    file: `${'f'.repeat(1000)}.txt`,
    corrected: { by: 'x'.repeat(200), at: '2026-11-23T10:00:00Z' },
  });
  const title = 'T'.repeat(1000);

  test("a proposal's answer stays within the rich text bound and the message within the limits", () => {
    const result = proposalResult([long]);
    result.matches[0] = match([long], { title });
    expect(messageProblems(renderSearchResult(result, { audience: 'private' }))).toEqual([]);
  });

  test("a respondent's answer too", () => {
    const result = {
      ...respondentResult([match([long], { title, remiss: `Ds ${'9'.repeat(300)}` })]),
      remisser: ['Ds 2025:3', 'SOU 2024:72'],
    };
    expect(messageProblems(renderSearchResult(result, { audience: 'thread', threadTs: '1.2' }))).toEqual([]);
  });
});

describe('When an answer was corrected', () => {
  test('the marker names the analyst as a Slack mention, after the source', () => {
    const corrected = answer({ corrected: { by: 'U0ANNA', at: '2026-11-23T10:00:00Z' } });
    const message = renderSearchResult(proposalResult([corrected]), { audience: 'private' });
    expect(visibleText(message.blocks)).toContain('_002_d8f4ead73eb6a353.txt, s. 2 · rättad av <@U0ANNA> 23 nov_');
    expect(messageProblems(message)).toEqual([]);
  });

  test('a corrector that is not a Slack user id is plain text, never a mention', () => {
    const corrected = answer({ corrected: { by: '<!channel>', at: '2026-11-23T10:00:00Z' } });
    const message = renderSearchResult(proposalResult([corrected]), { audience: 'private' });
    expect(JSON.stringify(message.blocks)).not.toContain('"type":"user"');
    expect(mrkdwnTexts(message.blocks).join('\n')).not.toContain('<!channel>');
  });
});
