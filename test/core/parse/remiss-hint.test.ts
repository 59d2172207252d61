import { harvestProposals, parseDocument } from '../../../src/core/parse/index.js';
import { parseRemissReference, remissOfFolderName } from '../../../src/core/parse/remiss-hint.js';
import { LETTER_WITHOUT_REMISS, letterNaming } from '../../helpers/letter-without-remiss.js';
import { curatedCatalog, textSource } from '../../helpers/seed-source.js';

// Every letter here is constructed by us (test/helpers/letter-without-remiss.ts); none is a real response.

const catalog = curatedCatalog();
const parse = (text: string, remissHint?: string) =>
  parseDocument(textSource(text), { file: 'constructed.txt', catalog, remissHint });

describe('When a letter that never names its remiss is parsed with the hint "SOU 2024:72"', () => {
  const doc = parse(LETTER_WITHOUT_REMISS, 'SOU 2024:72');

  test('the letter is filed under SOU 2024:72', () => {
    expect(doc.remiss?.id).toBe('SOU 2024:72');
  });

  test('a warning says the remiss came from the hint, not the text', () => {
    expect(doc.warnings).toContain('remiss from the ingest hint: SOU 2024:72');
    expect(doc.warnings.some((w) => w.startsWith('remiss not found'))).toBe(false);
  });

  test("the remiss's catalog gives a proposal named by its words its number", () => {
    expect(doc.stances.find((s) => s.stance === 'against')?.proposal).toBe('7.2.3');
  });
});

describe('When the same letter is parsed without a hint', () => {
  const doc = parse(LETTER_WITHOUT_REMISS);

  test('no remiss is found and the proposal named by its words has no number', () => {
    expect(doc.remiss).toBeNull();
    expect(doc.stances.find((s) => s.stance === 'against')?.proposal).toBeNull();
  });
});

describe('When a letter names another remiss than the hint', () => {
  const doc = parse(letterNaming('SOU 2023:10'), 'SOU 2024:72');

  test('the letter keeps the remiss it names', () => {
    expect(doc.remiss?.id).toBe('SOU 2023:10');
  });

  test('a warning says the text names another remiss than the hint', () => {
    expect(doc.warnings).toContain('the text names SOU 2023:10, not the ingest hint SOU 2024:72');
  });
});

describe('When a letter names the hinted remiss itself', () => {
  test('no warning is added', () => {
    expect(parse(letterNaming('SOU 2024:72'), 'SOU 2024:72').warnings).toEqual([]);
  });
});

describe('When a letter names its remiss by title only', () => {
  const doc = parse(
    LETTER_WITHOUT_REMISS.replace(
      'Remissvar',
      'Remissvar på betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
    ),
    'SOU 2024:72',
  );

  test("the hint gives the number and the title stays the letter's", () => {
    expect(doc.remiss).toEqual({
      id: 'SOU 2024:72',
      title: 'Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
    });
  });
});

describe('When a reference is read from what a user typed', () => {
  test.each([
    ['SOU 2024:72', 'SOU 2024:72'],
    ['sou 2024:72', 'SOU 2024:72'],
    ['SOU2024:72', 'SOU 2024:72'],
    ['SOU 2024-72', 'SOU 2024:72'],
    ['SOU 2024_72', 'SOU 2024:72'],
    ['SOU 2024 72', 'SOU 2024:72'],
    ['SOU 2024 nr 72', 'SOU 2024:72'],
    ['Ds 2023:5', 'Ds 2023:5'],
    ['  DS 2023:5 ', 'Ds 2023:5'],
  ])('"%s" is %s', (given, id) => {
    expect(parseRemissReference(given)).toBe(id);
  });

  test.each([
    '',
    'SOU',
    'SOU 2024',
    '2024:72',
    'Prop. 2023/24:1',
    'SOU 2024:72 och SOU 2023:10',
    'SOU 24:72',
    'SOU 2024:7200',
  ])('"%s" is no reference', (given) => {
    expect(parseRemissReference(given)).toBeNull();
  });
});

describe('When a folder is named after a remiss', () => {
  test.each([
    ['SOU 2024-72', 'SOU 2024:72'],
    ['SOU 2024:72', 'SOU 2024:72'],
    ['SOU 2024_72', 'SOU 2024:72'],
    ['SOU 2024 72', 'SOU 2024:72'],
    ['SOU 2024-72 Stärkt medicinsk kompetens', 'SOU 2024:72'],
    ['Ds 2023-5 – remissvar', 'Ds 2023:5'],
  ])('"%s" gives %s', (name, id) => {
    expect(remissOfFolderName(name)).toBe(id);
  });

  test.each(['svar', 'seeds', 'SOU-arkiv', '2024-72', 'SOU 2024-720x'])('"%s" gives none', (name) => {
    expect(remissOfFolderName(name)).toBeNull();
  });
});

describe('When the numbered headings of a letter without a remiss are harvested with a hint', () => {
  test('they are filed under the hinted remiss', () => {
    const harvested = harvestProposals(textSource(LETTER_WITHOUT_REMISS), 'SOU 2024:72');
    expect(harvested).toContainEqual(expect.objectContaining({ remiss: 'SOU 2024:72', number: '7.2.2' }));
  });

  test('without the hint none are', () => {
    expect(harvestProposals(textSource(LETTER_WITHOUT_REMISS))).toEqual([]);
  });
});
