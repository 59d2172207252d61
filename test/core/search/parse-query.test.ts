import { chapterNumber, MAX_QUERY_LENGTH, parseQuery } from '../../../src/core/search/parse-query.js';

describe('parseQuery', () => {
  test.each([
    ['7.2.2', { proposal: '7.2.2', remiss: null, text: '' }],
    ['7.2.2 SOU 2024:72', { proposal: '7.2.2', remiss: 'SOU 2024:72', text: '' }],
    ['SOU 2024:72 7.2.2', { proposal: '7.2.2', remiss: 'SOU 2024:72', text: '' }],
    ['sou2024:72, 7.2.2', { proposal: '7.2.2', remiss: 'SOU 2024:72', text: '' }],
    ['avsnitt 7.2.2', { proposal: '7.2.2', remiss: null, text: '' }],
    ['förslag 4.1.', { proposal: '4.1', remiss: null, text: '' }],
    ['magnetmodellen', { proposal: null, remiss: null, text: 'magnetmodellen' }],
    ['Vision', { proposal: null, remiss: null, text: 'Vision' }],
    ['Åstorp', { proposal: null, remiss: null, text: 'Åstorp' }],
    ['Åstorps kommun 7.2.2', { proposal: '7.2.2', remiss: null, text: 'Åstorps kommun' }],
    ['SOU 2024:72', { proposal: null, remiss: 'SOU 2024:72', text: '' }],
    ['Ds 2023:5 3.1', { proposal: '3.1', remiss: 'Ds 2023:5', text: '' }],
    ['Prop. 2023/24:12', { proposal: null, remiss: 'Prop. 2023/24:12', text: '' }],
  ])('"%s" is read as %j', (input, expected) => {
    const parsed = parseQuery(input);
    expect({ proposal: parsed.proposal, remiss: parsed.remiss, text: parsed.text }).toEqual(expected);
  });

  describe('When a query names two section numbers ("7.2.2 7.2.3")', () => {
    test('both are read, in order, and neither is left in the text', () => {
      const parsed = parseQuery('7.2.2 7.2.3');
      expect({ proposal: parsed.proposal, proposals: parsed.proposals, text: parsed.text }).toEqual({
        proposal: '7.2.2',
        proposals: ['7.2.2', '7.2.3'],
        text: '',
      });
    });

    test('"Åstorp 7.2.2 och 7.2.3, SOU 2024:72" keeps the respondent and the remiss', () => {
      const parsed = parseQuery('Åstorp 7.2.2 och 7.2.3, SOU 2024:72');
      expect({ proposals: parsed.proposals, remiss: parsed.remiss, text: parsed.text }).toEqual({
        proposals: ['7.2.2', '7.2.3'],
        remiss: 'SOU 2024:72',
        text: 'Åstorp och',
      });
    });

    test('a number named twice is read once', () => {
      expect(parseQuery('7.2.2 avsnitt 7.2.2').proposals).toEqual(['7.2.2']);
    });
  });

  test('a year-number reference is not taken for a section number', () => {
    expect(parseQuery('2024:72').proposal).toBeNull();
  });

  test('an IP-like run of four numbers is not a section number', () => {
    expect(parseQuery('10.0.0.1.5').proposal).toBeNull();
  });

  test('an empty query is marked empty', () => {
    expect(parseQuery('   \n\t ').empty).toBe(true);
  });

  test('control characters are dropped and whitespace collapsed', () => {
    expect(parseQuery('magnet\u0000 \u0007 modellen\n').query).toBe('magnet modellen');
  });

  test('a 5,000-character query is cut to the maximum length and marked truncated', () => {
    const parsed = parseQuery('magnetmodellen '.repeat(334));
    expect(parsed.truncated).toBe(true);
    expect(parsed.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(parsed.query.endsWith('magnetmodellen')).toBe(true);
  });

  test('a query of exactly the maximum length is not truncated', () => {
    expect(parseQuery('a'.repeat(MAX_QUERY_LENGTH)).truncated).toBe(false);
  });

  test.each(['^magnet', '!vision', "'kommun", '=Åstorp', 'a | b', '(7.2', '.*', '"x" OR y*'])(
    'metacharacters in "%s" are kept as plain text',
    (input) => {
      expect(parseQuery(input).query).toBe(input);
    },
  );
});

describe('chapterNumber', () => {
  test.each([
    ['7', '7'],
    ['7.', '7'],
    ['kapitel 7', '7'],
    ['Avsnitt 12', '12'],
    ['§ 4', '4'],
  ])('"%s" names chapter %s', (text, chapter) => {
    expect(chapterNumber(text)).toBe(chapter);
  });

  test.each(['', '2024', 'Kommun18', '7 kommuner', 'sju', '7.2'])('"%s" names no chapter', (text) => {
    expect(chapterNumber(text)).toBeNull();
  });

  test('what parseQuery leaves of "7 SOU 2024:72" names chapter 7', () => {
    expect(chapterNumber(parseQuery('7 SOU 2024:72').text)).toBe('7');
  });
});
