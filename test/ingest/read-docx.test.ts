import type { SourceText } from '../../src/core/types.js';
import { readSource } from '../../src/ingest/read-source.js';
import {
  buildDocx,
  buildNumberedHeadingDocx,
  makeTempDir,
  seedText,
} from '../fixtures/constructed/build-constructed-documents.js';

const SEED_LINES = seedText('001_ddd1ef1438ff4d2c.txt').split('\n');
const BULLET_LINE = '• Utveckla en nationell ledarskapsutbildning för chefer inom den kommunala hälso- och sjuk-';

describe('When reading a constructed DOCX of seed 001 with the bullets typed as characters', () => {
  const temp = makeTempDir();
  let source: SourceText;

  beforeAll(async () => {
    source = await readSource(temp.write('constructed-seed-001.docx', await buildDocx(SEED_LINES)));
  });
  afterAll(() => temp.cleanup());

  test('it is one page and says it has no real pages', () => {
    expect(source.paged).toBe(false);
    expect(source.pages).toHaveLength(1);
  });

  test('each paragraph is exactly one line, in order', () => {
    expect(source.pages[0].text.split('\n')).toEqual(SEED_LINES);
  });

  test('Swedish letters come through ("Föreningen Sveriges socialchefer", "Åstorp"-style capitals)', () => {
    expect(source.pages[0].text).toContain('Föreningen Sveriges socialchefer (FSS) har från Socialdepartementet');
    expect(source.pages[0].text).toContain('”Ledningsnivå” behöver dock definieras.');
  });

  test('a bullet line keeps its bullet at the start of the line', () => {
    expect(source.pages[0].text.split('\n')).toContain(BULLET_LINE);
  });
});

describe('When reading a constructed DOCX of seed 001 with real Word bullets (list numbering)', () => {
  const temp = makeTempDir();
  let lines: string[];

  beforeAll(async () => {
    const path = temp.write(
      'constructed-seed-001-word-bullets.docx',
      await buildDocx(SEED_LINES, { nativeBullets: true }),
    );
    lines = (await readSource(path)).pages[0].text.split('\n');
  });
  afterAll(() => temp.cleanup());

  test('a Word bullet paragraph is rendered with "• " as in the PDFs', () => {
    expect(lines).toContain(BULLET_LINE);
  });

  test('a paragraph that is not in a list gets no bullet', () => {
    expect(lines).toContain('FSS synpunkter i korthet ');
  });
});

describe('When a DOCX numbers its headings with Word list numbering (not typed digits)', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  test('the heading starts with the number Word shows ("1."), counted from the XML since mammoth does not', async () => {
    const docx = await buildNumberedHeadingDocx(['Avtalen om läkarmedverkan behöver stärkas', 'Svar: Vi instämmer.']);
    const source = await readSource(temp.write('constructed-numbered-headings.docx', docx));
    expect(source.pages[0].text.split('\n')).toEqual([
      '1. Avtalen om läkarmedverkan behöver stärkas',
      'Svar: Vi instämmer.',
    ]);
  });
});
