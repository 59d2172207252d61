import { alignListLabels } from '../../../src/ingest/docx/align-list-labels.js';

const counted = [
  { label: '7.2.1', text: 'Utveckla en nationell ledarskapsutbildning' },
  { label: null, text: 'Svar: Vi instämmer.' },
  { label: '7.2.2', text: 'Genomför försöksverksamhet med Magnetmodellen' },
];

describe('When pairing the counted numbers with mammoth’s paragraphs', () => {
  test('the same texts in the same order get their labels', () => {
    const rendered = counted.map((p) => p.text);
    expect(alignListLabels(counted, rendered)).toEqual(['7.2.1', null, '7.2.2']);
  });

  test('differences in tabs, spaces, symbols and checkboxes do not matter', () => {
    const rendered = [
      'Utveckla en nationell\tledarskapsutbildning',
      'Svar:  Vi instämmer ☒.',
      'Genomför försöksverksamhet med Magnetmodellen',
    ];
    expect(alignListLabels(counted, rendered)).toEqual(['7.2.1', null, '7.2.2']);
  });

  test('one paragraph more or less gives no labels at all', () => {
    expect(
      alignListLabels(
        counted,
        counted.slice(1).map((p) => p.text),
      ),
    ).toBeNull();
  });

  test('one text that differs gives no labels at all, not even to the paragraphs that agree', () => {
    const rendered = [counted[0].text, 'Svar: Vi avstyrker.', counted[2].text];
    expect(alignListLabels(counted, rendered)).toBeNull();
  });
});
