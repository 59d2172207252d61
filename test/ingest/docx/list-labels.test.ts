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

/** The instance with these levels replaced wholesale (w:lvlOverride holding a w:lvl). */
function replacing(base: ListInstance, levels: Record<number, ListLevel>): ListInstance {
  const overrides = new Map(base.overrides);
  for (const [ilvl, replaced] of Object.entries(levels)) {
    overrides.set(Number(ilvl), { ...overrides.get(Number(ilvl)), level: replaced });
  }
  return { ...base, overrides };
}

function numbering(parts: {
  lists: AbstractList[];
  instances: ListInstance[];
  paragraphStyles?: WordNumbering['paragraphStyles'];
  numberingStyles?: Record<string, string>;
}): WordNumbering {
  return {
    abstracts: new Map(parts.lists.map((l) => [l.id, l])),
    instances: new Map(parts.instances.map((i) => [i.numId, i])),
    paragraphStyles: parts.paragraphStyles ?? new Map(),
    numberingStyles: new Map(Object.entries(parts.numberingStyles ?? {})),
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

describe('When a list is numbered through a list style (w:numStyleLink → numbering style → w:styleLink)', () => {
  // Word's layout for a list style "Rubriknumrering": the style names numId 1, whose list "0" defines it
  // (w:styleLink); paragraphs use numId 2, whose list "1" only points at the style (w:numStyleLink).
  const definition: AbstractList = { ...OUTLINE, styleLink: 'Rubriknumrering' };
  const reference: AbstractList = { id: '1', levels: new Map(), numStyleLink: 'Rubriknumrering' };
  const styled = (parts: { lists?: AbstractList[]; instances?: ListInstance[] } = {}) =>
    numbering({
      lists: parts.lists ?? [definition, reference],
      instances: parts.instances ?? [instance('1', '0'), instance('2', '1'), instance('3', '1', { 0: 7 })],
      numberingStyles: { Rubriknumrering: '1' },
    });

  test('the levels are the style’s definition, and a start override on the paragraphs’ instance applies', () => {
    const labels = labelListParagraphs([at('2', 0), at('2', 1), at('2', 0), at('3', 0), at('2', 1)], styled());
    expect(labels).toEqual({ labels: ['1.', '1.1', '2.', '7.', '7.1'] });
  });

  test('paragraphs reaching the style through two lists (its definition and a reference): uncertain', () => {
    // Counted as one list or two? Word's rule is not documented, and readers disagree.
    expect(labelListParagraphs([at('1', 0), at('2', 0)], styled())).toEqual({
      uncertain: expect.stringContaining('Rubriknumrering'),
    });
  });

  test('two referencing lists of one style: uncertain', () => {
    const second: AbstractList = { id: '2', levels: new Map(), numStyleLink: 'Rubriknumrering' };
    const words = styled({
      lists: [definition, reference, second],
      instances: [instance('1', '0'), instance('2', '1'), instance('4', '2')],
    });
    expect(labelListParagraphs([at('2', 0), at('4', 0)], words)).toEqual({
      uncertain: expect.stringContaining('Rubriknumrering'),
    });
  });

  test('the style’s instance leads to a list that does not say it defines the style (no w:styleLink): uncertain', () => {
    const words = styled({ lists: [OUTLINE, reference] });
    expect(labelListParagraphs([at('2', 0)], words)).toEqual({ uncertain: expect.stringContaining('Rubriknumrering') });
  });

  test('the style’s own instance overrides a level: whose override applies is not documented, uncertain', () => {
    const words = styled({ instances: [instance('1', '0', { 0: 5 }), instance('2', '1')] });
    expect(labelListParagraphs([at('2', 0)], words)).toEqual({ uncertain: expect.stringContaining('override') });
  });

  test('the paragraphs’ instance replaces a whole level of the style’s list: uncertain', () => {
    const words = styled({ instances: [instance('1', '0'), replacing(instance('2', '1'), { 0: level('(%1)') })] });
    expect(labelListParagraphs([at('2', 0)], words)).toEqual({ uncertain: expect.stringContaining('replaces') });
  });

  test('a list style that is not defined: uncertain', () => {
    const words = numbering({ lists: [reference], instances: [instance('2', '1')] });
    expect(labelListParagraphs([at('2', 0)], words)).toEqual({ uncertain: expect.stringContaining('Rubriknumrering') });
  });
});

describe('When an instance replaces a whole level (w:lvlOverride holding a w:lvl)', () => {
  // "Kapitel 4": level 0 of list 0 shown and started differently, for numId 7 only (ECMA-376 §17.9.6, §17.9.8).
  const chapters = replacing(instance('7', '0'), { 0: level('Kapitel %1', { start: 4 }) });

  test('that instance shows and starts the level as its w:lvl says; the levels it keeps are the list’s', () => {
    const labels = labelListParagraphs(
      [at('7', 0), at('7', 1), at('7', 1), at('7', 0)],
      numbering({ lists: [OUTLINE], instances: [chapters] }),
    );
    expect(labels).toEqual({ labels: ['Kapitel 4', '4.1', '4.2', 'Kapitel 5'] });
  });

  test('a w:startOverride beside the w:lvl wins over the w:lvl’s own start (§17.9.26)', () => {
    const restarted = replacing(instance('7', '0', { 0: 2 }), { 0: level('Kapitel %1', { start: 4 }) });
    const labels = labelListParagraphs([at('7', 0)], numbering({ lists: [OUTLINE], instances: [restarted] }));
    expect(labels).toEqual({ labels: ['Kapitel 2'] });
  });

  test('a replaced level in a letter format has no label but counts', () => {
    const lettered = replacing(instance('7', '0'), { 1: level('%2)', { format: 'lowerLetter' }) });
    const labels = labelListParagraphs(
      [at('7', 0), at('7', 1), at('7', 1), at('7', 0)],
      numbering({ lists: [OUTLINE], instances: [lettered] }),
    );
    expect(labels).toEqual({ labels: ['1.', null, null, '2.'] });
  });

  test('the list is also counted through another instance: whether they continue one count is not documented', () => {
    const words = numbering({ lists: [OUTLINE], instances: [instance('1', '0'), chapters] });
    expect(labelListParagraphs([at('1', 0), at('1', 0), at('7', 0)], words)).toEqual({
      uncertain: expect.stringContaining('replaces'),
    });
  });

  test('the list’s level has a w:lvlRestart the replacing level cannot carry (Word ignores it there): uncertain', () => {
    // MS-OI29500 §2.1.282: Word ignores lvlRestart in an override; whether the list's own then applies is not said.
    const never = list('0', [level('%1.'), level('%1.%2', { restartAfter: 0 })]);
    const words = numbering({ lists: [never], instances: [replacing(instance('7', '0'), { 1: level('%1-%2') })] });
    expect(labelListParagraphs([at('7', 0), at('7', 1), at('7', 0), at('7', 1)], words)).toEqual({
      uncertain: expect.stringContaining('lvlRestart'),
    });
  });
});
