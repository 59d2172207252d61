import { HEADING_LIST, type WordPackage } from '../fixtures/constructed/build-word-numbered-docx.js';
import { wordNumberedLineReader } from '../helpers/word-numbered-lines.js';

const readLines = wordNumberedLineReader();

describe('When the headings are numbered through a list style ("Rubriknumrering", Word’s "Define new list style")', () => {
  // The list style names numId 1, whose list 0 defines it (w:styleLink); the heading styles use numId 2, whose list 1
  // only refers to the style (w:numStyleLink); numId 3 is "Set numbering value" to 7 on one heading.
  const listStyle: WordPackage = {
    numberingStyles: [{ id: 'Rubriknumrering', numId: 1 }],
    styles: [
      { id: 'Rubrik1', basedOn: 'Normal', numId: 2 },
      { id: 'Rubrik2', basedOn: 'Normal', numId: 2, ilvl: 1 },
    ],
    lists: [
      { ...HEADING_LIST, styleLink: 'Rubriknumrering' },
      { abstractId: 1, levels: [], numStyleLink: 'Rubriknumrering' },
    ],
    instances: [
      { numId: 1, abstractId: 0 },
      { numId: 2, abstractId: 1 },
      { numId: 3, abstractId: 1, startOverrides: { 0: 7 } },
    ],
    body: [
      { text: 'Bakgrund', style: 'Rubrik1' },
      { text: 'Uppdraget', style: 'Rubrik2' },
      { text: 'Synpunkter', style: 'Rubrik1' },
      { text: 'Läkarmedverkan', style: 'Rubrik2' },
      { text: 'Övrigt', style: 'Rubrik1', numId: 3, ilvl: 0 },
      { text: 'Avslutning', style: 'Rubrik1' },
    ],
  };

  test('each heading has the number of the style’s definition, restarts included', async () => {
    expect(await readLines('constructed-list-style-headings.docx', listStyle)).toEqual([
      '1. Bakgrund',
      '1.1 Uppdraget',
      '2. Synpunkter',
      '2.1 Läkarmedverkan',
      '7. Övrigt',
      '8. Avslutning',
    ]);
  });

  test('a heading numbered through the style’s definition directly as well: no numbers (one count or two?)', async () => {
    const lines = await readLines('constructed-list-style-two-paths.docx', {
      ...listStyle,
      body: [...listStyle.body, { text: 'Bilaga', numId: 1, ilvl: 0 }],
    });
    expect(lines).toEqual(['Bakgrund', 'Uppdraget', 'Synpunkter', 'Läkarmedverkan', 'Övrigt', 'Avslutning', 'Bilaga']);
  });
});

describe('When a list instance replaces a whole level (w:lvlOverride with w:lvl, as Word writes for old .doc lists)', () => {
  const items = (numId: number): WordPackage['body'] => [
    { text: 'Bakgrund', numId, ilvl: 0 },
    { text: 'Uppdraget', numId, ilvl: 1 },
    { text: 'Synpunkter', numId, ilvl: 0 },
  ];
  const chapters = { numId: 7, abstractId: 0, levelOverrides: [{ ilvl: 0, text: 'Kapitel %1', start: 4 }] };

  test('the replaced level is shown and started as the w:lvl says', async () => {
    const lines = await readLines('constructed-whole-level-override.docx', {
      lists: [HEADING_LIST],
      instances: [chapters],
      body: items(7),
    });
    expect(lines).toEqual(['Kapitel 4 Bakgrund', '4.1 Uppdraget', 'Kapitel 5 Synpunkter']);
  });

  test('the same list also numbered through a plain instance: no numbers', async () => {
    const lines = await readLines('constructed-whole-level-override-shared.docx', {
      lists: [HEADING_LIST],
      instances: [{ numId: 1, abstractId: 0 }, chapters],
      body: [...items(1), ...items(7)],
    });
    expect(lines).toEqual(['Bakgrund', 'Uppdraget', 'Synpunkter', 'Bakgrund', 'Uppdraget', 'Synpunkter']);
  });
});
