import {
  answerMarkers,
  answerMenu,
  type CorrectionModalInput,
  decodeMenuValue,
  decodeMetadata,
  readCorrectionForm,
  renderCorrectionModal,
} from '../../../src/core/render/blocks-correction.js';
import {
  CURRENT_PROPOSAL,
  type ProposalField,
  proposalSuggestions,
} from '../../../src/core/render/blocks-correction-proposal.js';
import { REVIEW_SV } from '../../../src/core/render/review-strings-sv.js';
import type { Proposal } from '../../../src/core/types.js';
import { constructedCatalog } from '../../helpers/constructed-catalog.js';
import { blockProblems, optionProblems } from '../../helpers/fake-slack-blocks.js';
import { mrkdwnTexts, richTexts, styledTexts } from '../../helpers/rich-text.js';

describe('When an answer line is rendered', () => {
  test('a low-confidence answer carries "osäker tolkning"', () => {
    expect(answerMarkers({ confidence: 'low' })).toBe(` · ${REVIEW_SV.lowConfidence}`);
  });

  test('a confident answer carries no marker', () => {
    expect(answerMarkers({ confidence: 'high' })).toBe('');
  });

  test('a corrected answer says who corrected it and which day, in Stockholm time', () => {
    const mark = answerMarkers({ confidence: 'low', corrected: { by: 'U0ANNA', at: '2026-11-22T23:30:00Z' } });
    expect(mark).toBe(' · rättad av <@U0ANNA> 23 nov');
  });

  test('a stored user id that is not a Slack id is escaped, never a mention', () => {
    const mark = answerMarkers({ confidence: 'high', corrected: { by: '<!channel>', at: '2026-11-23T10:00:00Z' } });
    expect(mark).toContain('&lt;!channel&gt;');
    expect(mark).not.toContain('<!channel>');
  });

  test("the menu's option values stay within Slack's 150 characters and decode back", () => {
    const menu = answerMenu({ stanceId: 2_000_000_000, documentId: 2_000_000_000 }, 14);
    for (const option of menu.options) expect(option.value?.length).toBeLessThanOrEqual(150);
    expect(decodeMenuValue(menu.options[0].value)).toEqual({ k: 'fix', s: 2_000_000_000, d: 2_000_000_000 });
  });

  test('a forged menu value is rejected', () => {
    expect(decodeMenuValue('{"k":"drop","s":1,"d":1}')).toBeNull();
    expect(decodeMenuValue('not json')).toBeNull();
  });
});

describe('When the correction modal is rendered', () => {
  const quotes = Array.from({ length: 150 }, (_, i) => `Mening nummer ${i + 1} ur remissvaret, ordagrant <!here>.`);
  const input: CorrectionModalInput = {
    respondent: 'Åstorps kommun <!channel>',
    remiss: 'SOU 2024:72',
    proposal: '7.2.2',
    proposalLabel: '7.2.2 Genomför försöksverksamhet med Magnetmodellen',
    parsedStance: 'against',
    stance: 'against',
    quoteIndex: 3,
    quotes,
    catalog: Array.from({ length: 140 }, (_, i) => ({
      remiss: 'SOU 2024:72',
      number: `9.${i}`,
      title: 'x'.repeat(90),
    })),
    metadata: { d: 4, s: 17, h: 'abc', e: null, c: 'C0000000001' },
  };
  const modal = renderCorrectionModal(input);

  test('it stays within Block Kit limits even with 150 sentences and 140 proposals', () => {
    expect(blockProblems(modal.blocks, 100)).toEqual([]);
  });

  test('document text never reaches a field Slack reads as mrkdwn', () => {
    const mrkdwn = mrkdwnTexts(modal.blocks).join('\n');
    expect(mrkdwn).not.toMatch(/channel|here|Åstorps|Mening nummer|Magnetmodellen/);
    expect(richTexts(modal.blocks)).toContain('Åstorps kommun <!channel>');
  });

  test('the current quote is preselected and the metadata round-trips', () => {
    const quote = modal.blocks.find((b) => b.block_id === 'quote') as {
      element: { initial_option: { value: string } };
    };
    expect(quote.element.initial_option.value).toBe('3');
    expect(decodeMetadata(modal.private_metadata)).toEqual({ d: 4, s: 17, h: 'abc', e: null, c: 'C0000000001' });
  });

  test('a submitted form is read back; one without a stance is not', () => {
    const values = {
      stance: { stance: { selected_option: { value: 'none' } } },
      proposal: { proposal: { selected_option: { value: '7.2.2' } } },
      quote: { quote: { selected_option: { value: '2' } } },
      comment: { comment: { value: '  ' } },
    };
    expect(readCorrectionForm(values)).toEqual({ stance: 'none', proposal: '7.2.2', quoteIndex: 2, comment: null });
    expect(readCorrectionForm({ ...values, stance: { stance: { selected_option: null } } })).toBeNull();
  });
});

interface ProposalElement {
  type: string;
  action_id: string;
  options?: Array<{ text: { text: string }; value: string }>;
  initial_option: { text: { text: string }; value: string };
  min_query_length?: number;
}

/** CONSTRUCTED: document text with mrkdwn, emoji shortcodes, a bare link and mentions, as the QA run used. */
describe('When the correction modal shows document text with markup in it', () => {
  const HOSTILE_TITLE = '1.1 Förslag om <@U123> & <!here> :tada: https://evil.example/x *fet* _kursiv_';
  const HOSTILE_QUOTE = 'Vi tillstyrker <@U123> & <!here> :tada: 🎉 https://evil.example/x *fet* _kursiv_ ~s~ `kod`.';
  const modal = renderCorrectionModal({
    respondent: 'Kommun <!channel> & Co',
    remiss: 'SOU 2097:1',
    proposal: '1.1',
    proposalLabel: HOSTILE_TITLE,
    parsedStance: 'for',
    stance: 'for',
    quoteIndex: 0,
    quotes: [HOSTILE_QUOTE, 'Andra meningen.'],
    catalog: [{ remiss: 'SOU 2097:1', number: '1.1', title: HOSTILE_TITLE.slice(4) }],
    metadata: { d: 1, s: 1, h: 'abc', e: null },
  });

  test('who and which proposal are shown as written, in bold: a "*" in the title does not end the bold', () => {
    expect(styledTexts(modal.blocks, 'bold')).toEqual(
      expect.arrayContaining(['Kommun <!channel> & Co', HOSTILE_TITLE]),
    );
  });

  test('the sentences are listed as written and numbered as in the select: no bold, code, emoji or link', () => {
    const texts = richTexts(modal.blocks).join('');
    expect(texts).toContain(`1. ${HOSTILE_QUOTE}`);
    expect(texts).toContain('2. Andra meningen.');
    const json = JSON.stringify(modal.blocks);
    expect(json).not.toMatch(/"type":"(link|broadcast|emoji|user)"/);
    expect(mrkdwnTexts(modal.blocks).join('\n')).not.toMatch(/evil|tada|fet|kod/);
  });

  test('options with document text keep ":tada:" as written (emoji off)', () => {
    const quote = modal.blocks.find((b) => b.block_id === 'quote') as {
      element: { options: Array<{ text: { text: string; emoji?: boolean } }> };
    };
    expect(quote.element.options[0].text.text).toContain(':tada:');
    for (const o of quote.element.options) expect(o.text.emoji).toBe(false);
  });

  test('it stays within Block Kit limits', () => {
    expect(blockProblems(modal.blocks, 100)).toEqual([]);
  });
});

describe('When the proposal field is rendered', () => {
  const catalogOf = (count: number, title = 'Förslag'): Proposal[] =>
    Array.from({ length: count }, (_, i) => ({ remiss: 'SOU 2099:2', number: `9.${i + 1}`, title }));
  const modalWith = (catalog: Proposal[], proposal = '9.1', proposalLabel = '9.1 Förslag') =>
    renderCorrectionModal({
      respondent: 'Åstorps kommun',
      remiss: 'SOU 2099:2',
      proposal,
      proposalLabel,
      parsedStance: 'for',
      stance: 'for',
      quoteIndex: 0,
      quotes: ['Kommunen tillstyrker förslaget.'],
      catalog,
      metadata: { d: 1, s: 2, h: 'abc', e: null, c: 'C0000000001' },
    });
  const fieldOf = (modal: ReturnType<typeof renderCorrectionModal>) =>
    modal.blocks.find((b) => b.block_id === 'proposal') as unknown as { element: ProposalElement; hint?: unknown };

  test('a catalog of 100 proposals fits one static select: all of them, the current one first and preselected', () => {
    const modal = modalWith(catalogOf(100), '9.50', '9.50 Förslag');
    const { element, hint } = fieldOf(modal);
    expect(element.type).toBe('static_select');
    expect(element.options?.map((o) => o.value)).toHaveLength(100);
    expect(element.options?.[0].value).toBe('9.50');
    expect(element.initial_option.value).toBe('9.50');
    expect(hint).toBeUndefined();
    expect(blockProblems(modal.blocks, 100)).toEqual([]);
  });

  test('a catalog of 101 proposals becomes an external select with the current proposal preselected', () => {
    const modal = modalWith(catalogOf(101), '9.7', '9.7 Förslag');
    const { element } = fieldOf(modal);
    expect(element).toEqual({
      type: 'external_select',
      action_id: 'proposal',
      min_query_length: 0,
      initial_option: { text: { type: 'plain_text', text: '9.7 Förslag', emoji: false }, value: '9.7' },
    });
    expect(blockProblems(modal.blocks, 100)).toEqual([]);
  });

  test('the external select tells the analyst that typing a number or a word finds the other proposals', () => {
    const { hint } = fieldOf(modalWith(catalogOf(150)));
    expect(hint).toEqual({ type: 'plain_text', text: REVIEW_SV.proposalHint });
  });

  test('an answer shown without a number keeps "(utan nummer)" on its preselected option', () => {
    const modal = modalWith(catalogOf(150), 'title:ledarskap', 'Ledarskap');
    expect(fieldOf(modal).element.initial_option).toEqual({
      text: { type: 'plain_text', text: `${REVIEW_SV.noNumber} Ledarskap`, emoji: false },
      value: 'title:ledarskap',
    });
  });

  test("an answer without a number under a title too long for an option value stays within Slack's 150", () => {
    const title = 'Remissinstansen anser att '.repeat(8).trim();
    for (const size of [20, 150]) {
      const modal = modalWith(catalogOf(size), `title:${title}`, title);
      expect(fieldOf(modal).element.initial_option.value).toBe(CURRENT_PROPOSAL);
      expect(blockProblems(modal.blocks, 100)).toEqual([]);
    }
  });

  test('a long title is cut to 75 characters on the preselected option too', () => {
    const long = 'Genomför en försöksverksamhet med Magnetmodellen i samtliga regioner och kommuner under fem år';
    const modal = modalWith(catalogOf(150, long), '9.3', `9.3 ${long}`);
    const text = fieldOf(modal).element.initial_option.text.text;
    expect(text).toHaveLength(75);
    expect(text.endsWith('…')).toBe(true);
    expect(blockProblems(modal.blocks, 100)).toEqual([]);
  });
});

describe('When the analyst types in the proposal field of a catalog of 150 (constructed)', () => {
  const catalog = constructedCatalog('SOU 2099:2');
  const field: ProposalField = {
    proposal: '1.1',
    proposalLabel: '1.1 Ledarskapsutbildning för chefer – ansvar',
    catalog,
  };

  test('"14" is answered with chapter 14, as options with the number and title', () => {
    const options = proposalSuggestions(field, '14');
    expect(options.map((o) => o.value)).toEqual(catalog.filter((p) => p.number.startsWith('14.')).map((p) => p.number));
    expect(options.find((o) => o.value === '14.9')?.text).toEqual({
      type: 'plain_text',
      text: '14.9 Övergångsbestämmelser för vårdgivare – tillsyn',
      emoji: false,
    });
  });

  test('"overgang tillsyn" (no å/ä/ö typed) finds 14.9', () => {
    expect(proposalSuggestions(field, 'overgang tillsyn').map((o) => o.value)).toEqual(['14.9']);
  });

  test("a word in every title is answered with the first 100, within Slack's option limits", () => {
    const everywhere = catalog.map((p) => ({ ...p, title: `${'Mycket lång rubrik om vården '.repeat(4)}${p.title}` }));
    const options = proposalSuggestions({ ...field, catalog: everywhere }, 'rubrik');
    expect(options).toHaveLength(100);
    expect(options[99].value).toBe(everywhere[99].number);
    expect(Math.max(...options.map((o) => o.text.text.length))).toBe(75);
    expect(optionProblems(options)).toEqual([]);
  });

  test('nothing typed is answered with the current proposal first, then the 99 around it, as the static select showed', () => {
    const around = proposalSuggestions({ ...field, proposal: '8.5', proposalLabel: '8.5 Forskning' }, '');
    expect(around).toHaveLength(100);
    expect(around[0]).toEqual({ text: { type: 'plain_text', text: '8.5 Forskning', emoji: false }, value: '8.5' });
    expect(around.map((o) => o.value)).toContain('8.4');
    expect(around.map((o) => o.value)).toContain('8.6');
    expect(around.map((o) => o.value)).not.toContain('1.1');
  });

  test('no match is answered with no options', () => {
    expect(proposalSuggestions(field, 'rymdfärder')).toEqual([]);
  });
});
