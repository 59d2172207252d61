import type { KnownBlock } from '@slack/types';
import { renderDigest } from '../../../src/core/render/blocks-digest.js';
import { renderHome } from '../../../src/core/render/blocks-home.js';
import { renderIngestReply, renderSharedQuote } from '../../../src/core/render/blocks-messages.js';
import { renderReviewList } from '../../../src/core/render/blocks-review.js';
import { renderSearchResult } from '../../../src/core/render/blocks-search.js';
import { messageProblems } from '../../helpers/fake-slack-blocks.js';
import { answer, match, proposalResult, respondentResult } from '../../helpers/fake-slack-results.js';
import { quotedTexts, richTexts, styledTexts } from '../../helpers/rich-text.js';

/**
 * What a reader sees of document text on every surface. CONSTRUCTED values, as the QA run used: a title with a
 * right-to-left override (U+202E), which reverses what follows it on screen, zero-width characters, a respondent
 * made of one zero-width space, a quote of spaces only, and ":tada:" where plain text would make it an emoji.
 */
const RLO_TITLE = 'Konstruerat förslag \u202Eevil\u202C RTL-override och noll\u200Bbredd';
const ISOLATE_QUOTE = 'Citat \u2067med isolerad\u2069 och \u202Bomvänd\u202C text\uFEFF.';
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

const hostile = [
  answer({ stanceId: 1, respondent: '\u200B', quote: ISOLATE_QUOTE }),
  answer({ stanceId: 2, respondent: 'Blankstegskommun', stance: 'partly', quote: '   ' }),
  answer({ stanceId: 3, respondent: 'Tabbkommun', stance: 'for', quote: '\t\n ' }),
];
const result = proposalResult(hostile, '1.3');
result.matches[0] = { ...result.matches[0], proposal: '1.3', title: RLO_TITLE };

/** Every rendered surface that shows document text, with the constructed values in it. */
function surfaces(): Array<[string, { blocks: KnownBlock[] }]> {
  const tally = { for: 1, partly: 0, against: 1, neutral: 0 };
  return [
    ['search result', renderSearchResult(result, { audience: 'private' })],
    ['public search result', renderSearchResult(result, { audience: 'public' })],
    [
      'respondent page',
      renderSearchResult(
        respondentResult(
          [match([answer({ respondent: ':tada: Kommun' })], { title: RLO_TITLE })],
          undefined,
          ':tada: Kommun',
        ),
        { audience: 'private' },
      ),
    ],
    ['shared quote', renderSharedQuote(result.matches[0], hostile[0], 'U42')],
    ['shared blank quote', renderSharedQuote(result.matches[0], hostile[1])],
    [
      'granska',
      renderReviewList(
        {
          uncertain: hostile.map((a) => ({
            ...a,
            remiss: 'SOU 2024:72',
            proposal: '1.3',
            title: RLO_TITLE,
            confidence: 'low' as const,
          })),
          unattributed: [],
          noStance: [
            {
              documentId: 9,
              file: 'noll\u200Bbredd.pdf',
              kind: 'response',
              remiss: { id: 'SOU 2024:72' },
              respondent: '\u202Eevil',
              tally: { for: 0, partly: 0, against: 0, neutral: 0 },
            },
          ],
        },
        { remiss: null },
      ),
    ],
    [
      'digest',
      renderDigest(
        {
          since: null,
          entries: [
            {
              respondent: '\u200B',
              remiss: 'SOU 2024:72',
              file: '\u202Efdp.exe',
              tally,
              against: [{ proposal: '1.3', title: RLO_TITLE }],
            },
          ],
          conflicts: [{ remiss: 'SOU 2024:72', proposals: [{ proposal: '1.3', title: RLO_TITLE, tally }] }],
        },
        null,
      ),
    ],
    [
      'ingest reply',
      renderIngestReply({ file: '\u202Efdp.exe', status: 'added', respondent: '\u200B', remiss: 'SOU 2024:72', tally }),
    ],
    [
      'home',
      renderHome([
        {
          remiss: { id: 'SOU 2097:1', title: 'Konstruerad remiss :tada: \u202Eevil' },
          responses: 1,
          lastAddedAt: '2026-11-23T08:00:00.000Z',
          proposals: [{ proposal: '1.3', title: RLO_TITLE, tally }],
        },
      ]) as { blocks: KnownBlock[] },
    ],
  ];
}

type Inline = { type: string; text?: string; style?: unknown };

/** The elements of every part (line, quote) of every rich_text block. */
function richParts(blocks: readonly KnownBlock[]): Inline[][] {
  return blocks.flatMap((b) =>
    b.type === 'rich_text' ? (b.elements as Array<{ elements: Inline[] }>).map((p) => p.elements) : [],
  );
}

/** Every plain_text object in the blocks. */
function plainTexts(blocks: unknown): Array<{ text: string; emoji?: boolean }> {
  const out: Array<{ text: string; emoji?: boolean }> = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'plain_text' && typeof o.text === 'string') out.push(o as { text: string; emoji?: boolean });
      else Object.values(o).forEach(walk);
    }
  };
  walk(blocks);
  return out;
}

describe.each(surfaces())('Document text in the %s', (_name, message) => {
  test('has no bidi override, isolate or zero-width character left to reorder or hide what a reader sees', () => {
    for (const text of richTexts(message.blocks)) expect(text).not.toMatch(INVISIBLE);
    for (const { text } of plainTexts(message.blocks)) expect(text).not.toMatch(INVISIBLE);
  });

  test('never makes a quote, a line or a name of whitespace only: a space only separates two things', () => {
    for (const q of quotedTexts(message.blocks)) expect(q.trim()).not.toBe('');
    for (const part of richParts(message.blocks)) {
      expect(part.some((e) => e.type !== 'text' || e.text?.trim())).toBe(true);
      part.forEach((e, i) => {
        if (e.type !== 'text' || e.text?.trim()) return;
        expect(e.style).toBeUndefined();
        expect(part[i - 1]).toBeDefined();
        expect(part[i + 1]).toBeDefined();
      });
    }
  });

  test('turns no ":tada:" of a document into an emoji in plain text', () => {
    for (const p of plainTexts(message.blocks)) if (p.text.includes(':tada:')) expect(p.emoji).toBe(false);
  });

  test('stays valid for Slack', () => {
    const problems = messageProblems({ text: 'x', ...message });
    expect(problems).toEqual([]);
  });
});

describe('What is left of such text', () => {
  const m = renderSearchResult(result, { audience: 'private' });

  test('the words around a bidi override are kept, in reading order', () => {
    expect(richTexts(m.blocks).join('\n')).toContain('Konstruerat förslag evil RTL-override och nollbredd');
    expect(quotedTexts(m.blocks)).toContain('Citat med isolerad och omvänd text.');
  });

  test('a respondent made only of invisible characters is shown as "…", not as an invisible bold name', () => {
    expect(styledTexts(m.blocks, 'bold')).toContain('…');
  });

  test('a quote of whitespace only is shown as "…", like an empty one', () => {
    expect(quotedTexts(m.blocks).filter((q) => q === '…')).toHaveLength(2);
  });
});
