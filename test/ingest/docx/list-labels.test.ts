import { labelListParagraphs } from '../../../src/ingest/docx/list-labels.js';
import type {
  AbstractList,
  ListInstance,
  ListLevel,
  ParagraphNumbering,
  WordNumbering,
} from '../../../src/ingest/docx/word-numbering.js';

function level(text: string, extra: Partial<ListLevel> = {}): ListLevel {
  return { start: 1, format: 'decimal', text, legal: false, ...extra };
}

function list(id: string, levels: ListLevel[]): AbstractList {
  return { id, levels: new Map(levels.map((l, ilvl) => [ilvl, l])) };
}

function instance(numId: string, abstractId: string, starts: Record<number, number> = {}): ListInstance {
  return {
    numId,
    abstractId,
    overrides: new Map(Object.entries(starts).map(([ilvl, start]) => [Number(ilvl), { start }])),
  };
}

function numbering(parts: {
  lists: AbstractList[];
  instances: ListInstance[];
  paragraphStyles?: WordNumbering['paragraphStyles'];
}): WordNumbering {
  return {
    abstracts: new Map(parts.lists.map((l) => [l.id, l])),
    instances: new Map(parts.instances.map((i) => [i.numId, i])),
    paragraphStyles: parts.paragraphStyles ?? new Map(),
    numberingStyles: new Map(),
  };
}

const at = (numId: string, ilvl: number): ParagraphNumbering => ({ numbering: { numId, ilvl } });
const OUTLINE = list('0', [level('%1.'), level('%1.%2'), level('%1.%2.%3')]);

describe('When counting one outline list', () => {
  test('a level counts on, and restarts when a higher level is used', () => {
    const labels = labelListParagraphs(
      [at('1', 0), at('1', 1), at('1', 1), at('1', 0), at('1', 1)],
      numbering({ lists: [OUTLINE], instances: [instance('1', '0')] }),
    );
    expect(labels).toEqual({ labels: ['1.', '1.1', '1.2', '2.', '2.1'] });
  });

  test('a paragraph without numbering, or with numId 0, has no label and does not count', () => {
    const labels = labelListParagraphs(
      [at('1', 0), {}, at('0', 0), at('1', 0)],
      numbering({ lists: [OUTLINE], instances: [instance('1', '0')] }),
    );
    expect(labels).toEqual({ labels: ['1.', null, null, '2.'] });
  });

  test('a numId numbering.xml does not define shows no number, as in Word', () => {
    expect(labelListParagraphs([at('9', 0)], numbering({ lists: [OUTLINE], instances: [] }))).toEqual({
      labels: [null],
    });
  });

  test('w:lvlRestart 0 keeps a level counting across its parent', () => {
    const never = list('0', [level('%1.'), level('%1.%2', { restartAfter: 0 })]);
    const labels = labelListParagraphs(
      [at('1', 0), at('1', 1), at('1', 0), at('1', 1)],
      numbering({ lists: [never], instances: [instance('1', '0')] }),
    );
    expect(labels).toEqual({ labels: ['1.', '1.1', '2.', '2.2'] });
  });
});

describe('When several list instances (w:num) share one abstract list', () => {
  // Headings 1–5 on numId 1, one set to 8 with "Set numbering value" (numId 2), then numId 1 again: Word shows 9.
  test('they continue one sequence, and a start override restarts it where its instance is first used', () => {
    const flat = list('3', [level('%1.')]);
    const paragraphs = [...Array.from({ length: 5 }, () => at('1', 0)), at('2', 0), at('1', 0)];
    const labels = labelListParagraphs(
      paragraphs,
      numbering({ lists: [flat], instances: [instance('1', '3'), instance('2', '3', { 0: 8 })] }),
    );
    expect(labels).toEqual({ labels: ['1.', '2.', '3.', '4.', '5.', '8.', '9.'] });
  });
});

describe('When a level is shown in a format other than decimal', () => {
  test('a lettered item has no label but still counts, so the item after it is right', () => {
    const mixed = list('0', [level('%1.', { format: 'lowerLetter' })]);
    const later = { ...mixed, levels: new Map([[0, level('%1.', { format: 'lowerLetter' })]]) };
    const labels = labelListParagraphs(
      [at('1', 0), at('1', 0)],
      numbering({ lists: [later], instances: [instance('1', '0')] }),
    );
    expect(labels).toEqual({ labels: [null, null] });
  });

  test('legal numbering (w:isLgl) shows a Roman parent as a decimal', () => {
    const roman = list('0', [level('%1.', { format: 'upperRoman' }), level('%1.%2', { legal: true })]);
    const labels = labelListParagraphs(
      [at('1', 0), at('1', 0), at('1', 1)],
      numbering({ lists: [roman], instances: [instance('1', '0')] }),
    );
    expect(labels).toEqual({ labels: [null, null, '2.1'] });
  });

  test('decimalZero pads to two digits', () => {
    const zero = list('0', [level('%1', { format: 'decimalZero', start: 9 })]);
    const labels = labelListParagraphs(
      [at('1', 0), at('1', 0)],
      numbering({ lists: [zero], instances: [instance('1', '0')] }),
    );
    expect(labels).toEqual({ labels: ['09', '10'] });
  });

  test('a bullet has no label (mammoth marks it "• ")', () => {
    const bullets = list('0', [level('', { format: 'bullet' })]);
    expect(labelListParagraphs([at('1', 0)], numbering({ lists: [bullets], instances: [instance('1', '0')] }))).toEqual(
      { labels: [null] },
    );
  });
});

describe('When the numbering comes from the paragraph style', () => {
  // "Rubrik 3" is based on "Rubrik 2", which carries numId 1 without a level; the list's level 2 names Rubrik3.
  const linked = list('0', [
    level('%1'),
    level('%1.%2', { paragraphStyle: 'Rubrik2' }),
    level('%1.%2.%3', { paragraphStyle: 'Rubrik3' }),
  ]);
  const styles = new Map([
    ['Rubrik1', { id: 'Rubrik1', numbering: { numId: '1', ilvl: 0 } }],
    ['Rubrik2', { id: 'Rubrik2', numbering: { numId: '1' } }],
    ['Rubrik3', { id: 'Rubrik3', basedOn: 'Rubrik2' }],
  ]);
  const words = numbering({ lists: [linked], instances: [instance('1', '0')], paragraphStyles: styles });

  test('the style chain gives the list, and the level is the one tied to the style', () => {
    const labels = labelListParagraphs(
      [{ styleId: 'Rubrik1' }, { styleId: 'Rubrik2' }, { styleId: 'Rubrik3' }, { styleId: 'Rubrik3' }],
      words,
    );
    expect(labels).toEqual({ labels: ['1', '1.1', '1.1.1', '1.1.2'] });
  });

  test('numId 0 on the paragraph switches its style numbering off', () => {
    const labels = labelListParagraphs(
      [{ styleId: 'Rubrik1', numbering: { numId: '0' } }, { styleId: 'Rubrik1' }],
      words,
    );
    expect(labels).toEqual({ labels: [null, '1'] });
  });
});

describe('When Word’s number is not documented for certain, the whole document is uncertain', () => {
  const words = numbering({ lists: [OUTLINE], instances: [instance('1', '0'), instance('2', '0', { 1: 5 })] });

  test('a level shown before it was ever used ("%1.%2" with no "1.")', () => {
    expect(labelListParagraphs([at('1', 1)], words)).toEqual({ uncertain: expect.stringContaining('shown before') });
  });

  test('a level restarted again in an instance whose start override differs from the level start', () => {
    const paragraphs = [at('2', 0), at('2', 1), at('2', 0), at('2', 1)];
    expect(labelListParagraphs(paragraphs, words)).toEqual({ uncertain: expect.stringContaining('start override') });
  });

  test('an instance first used below a level it overrides', () => {
    const deep = numbering({ lists: [OUTLINE], instances: [instance('1', '0', { 0: 4 })] });
    expect(labelListParagraphs([at('1', 1)], deep)).toEqual({ uncertain: expect.stringContaining('starts below') });
  });

  test('a numbered paragraph in a text box', () => {
    expect(labelListParagraphs([{ ...at('1', 0), inTextBox: true }], words)).toEqual({
      uncertain: expect.stringContaining('text box'),
    });
  });
});
