import {
  answerMarkers,
  answerMenu,
  type CorrectionModalInput,
  decodeMenuValue,
  decodeMetadata,
  readCorrectionForm,
  renderCorrectionModal,
} from '../../../src/core/render/blocks-correction.js';
import { REVIEW_SV } from '../../../src/core/render/review-strings-sv.js';
import { blockProblems, visibleText } from '../../helpers/fake-slack-blocks.js';

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

  test('with more proposals than a select holds, those around the current one are offered, in catalog order', () => {
    const around = renderCorrectionModal({
      ...input,
      proposal: '9.120',
      proposalLabel: '9.120 Förslag',
      catalog: Array.from({ length: 140 }, (_, i) => ({ remiss: 'SOU 2024:72', number: `9.${i}`, title: 'Förslag' })),
    });
    const proposal = around.blocks.find((b) => b.block_id === 'proposal') as {
      element: { options: Array<{ value: string }> };
    };
    const values = proposal.element.options.map((o) => o.value);
    expect(values).toHaveLength(100);
    expect(values[0]).toBe('9.120');
    expect(values).toContain('9.119');
    expect(values).toContain('9.121');
    expect(values).toContain('9.139');
    expect(values).not.toContain('9.0');
  });

  test('document text is escaped wherever Slack reads mrkdwn', () => {
    const mrkdwn: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as { type?: string; text?: unknown };
        if (o.type === 'mrkdwn' && typeof o.text === 'string') mrkdwn.push(o.text);
        else Object.values(o).forEach(walk);
      }
    };
    walk(modal.blocks);
    expect(mrkdwn.join('\n')).not.toMatch(/<!channel>|<!here>/);
    expect(visibleText(modal.blocks)).toContain('Åstorps kommun &lt;!channel&gt;');
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
