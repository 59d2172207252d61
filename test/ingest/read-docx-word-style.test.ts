import { parseDocument } from '../../src/core/parse/index.js';
import { readSource } from '../../src/ingest/read-source.js';
import { makeTempDir } from '../fixtures/constructed/build-constructed-documents.js';
import { buildWordStyleDocx } from '../fixtures/constructed/build-word-style-docx.js';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

const MAGNET = 'Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård';
const LINES = [
  'Remissvar från Åstorps kommun',
  'Yttrande över SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
  'Kontakt: www.astorp.se',
  '7 Ledarskap',
  '7.1 Chefer',
  '• Chefsförsörjningen behandlas i kapitlets första avsnitt.',
  '7.2 Utveckling',
  '7.2.1 Utveckla en nationell ledarskapsutbildning för chefer inom den kommunala hälso- och sjukvården',
  'Åstorps kommun tillstyrker förslaget.',
  `7.2.2 ${MAGNET}`,
  'Vi instämmer inte till förslaget. Vi ser inte nyttan, då det innebär en ny certifiering vart fjärde år.',
];

describe('When a DOCX is laid out as Word saves it (constructed: rsids, paraIds, mc:Ignorable, a 9-level heading list)', () => {
  const file = () => temp.write('constructed-word-style-headings.docx', buildWordStyleDocx());

  test('each heading reads with the number Word shows, the bullet with "• ", the rest as typed', async () => {
    expect((await readSource(file())).pages[0].text.split('\n')).toEqual(LINES);
  });

  test('the parser files each answer under its numbered heading', async () => {
    const parsed = parseDocument(await readSource(file()), { file: 'constructed-word-style-headings.docx' });
    expect(parsed.stances.map((s) => [s.proposal, s.stance])).toEqual([
      ['7.2.1', 'for'],
      ['7.2.2', 'against'],
    ]);
  });
});

describe('When the same headings are numbered through a list style (w:numStyleLink → "Rubriklista" → w:styleLink)', () => {
  test('they read with the same numbers', async () => {
    const path = temp.write('constructed-word-style-list-style.docx', buildWordStyleDocx({ via: 'list-style' }));
    expect((await readSource(path)).pages[0].text.split('\n')).toEqual(LINES);
  });
});
