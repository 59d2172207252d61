import { cleanSource } from '../../../src/core/text/clean-source.js';
import { dehyphenate } from '../../../src/core/text/dehyphenate.js';
import { isContactDetailLine, isPageNumberLine } from '../../../src/core/text/furniture.js';
import { splitSentences } from '../../../src/core/text/sentences.js';
import { SEEDS, seedSource } from '../../helpers/seed-source.js';

function joinedText(path: string): string {
  return cleanSource(seedSource(path))
    .lines.map((l) => l.text)
    .join('\n');
}

describe('When a word is split by a hyphen at a line end', () => {
  test('"instäm-" / "mer" is joined into "instämmer" (FSS seed)', () => {
    expect(joinedText(SEEDS.fss)).toContain('FSS instämmer i förslaget.');
  });

  test('a suspended compound "hälso-" / "och sjukvården" keeps its hyphen', () => {
    const lines = dehyphenate([
      { text: 'tillbaka medarbetare till hälso-', page: 1 },
      { text: 'och sjukvården', page: 1 },
    ]);
    expect(lines.map((l) => l.text).join(' ')).toBe('tillbaka medarbetare till hälso- och sjukvården');
  });

  test('a word broken across a removed page header is joined ("attrak-" … "19" … "tivt")', () => {
    expect(joinedText(SEEDS.report)).toContain('attraktivt för alla yrkeskategorier');
  });
});

describe('When a page has furniture', () => {
  test.each(['Sida 2 (3)', '19', '- 4 -', 'Sida 3 av 7'])('"%s" is a page number line', (line) => {
    expect(isPageNumberLine(line)).toBe(true);
  });

  test.each([
    'Telefon: 08-50825910',
    'daniel.lauridsen@stockholm.se',
    '112 25 Stockholm',
    'Dnr SOF 2024/634',
    '2024-10-04',
  ])('"%s" is a contact detail', (line) => {
    expect(isContactDetailLine(line)).toBe(true);
  });

  test('the report\'s running header "SOU 2024:72 Sammanfattning" is removed', () => {
    expect(joinedText(SEEDS.report)).not.toContain('SOU 2024:72 Sammanfattning');
  });

  test('the PDF outline appended after the FSS letter is removed', () => {
    const text = joinedText(SEEDS.fss);
    expect(text.match(/FSS synpunkter i korthet/g)).toHaveLength(1);
  });

  test("officials' contact details in the Stockholm statement are removed", () => {
    const text = joinedText(SEEDS.stockholm);
    expect(text).not.toContain('daniel.lauridsen@stockholm.se');
    expect(text).not.toContain('Sida 2 (3)');
  });
});

describe('When prose is split into sentences', () => {
  test('abbreviations such as "bl.a." and "dir." do not end a sentence', () => {
    const sentences = splitSentences(
      'Vi ser bl.a. behov av stöd. Utredningen (dir. 2023:148) bör utreda frågan. Vi instämmer.',
    );
    expect(sentences.map((s) => s.text)).toEqual([
      'Vi ser bl.a. behov av stöd.',
      'Utredningen (dir. 2023:148) bör utreda frågan.',
      'Vi instämmer.',
    ]);
  });
});
