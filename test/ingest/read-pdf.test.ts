import type { SourceText } from '../../src/core/types.js';
import { linesFromTextItems, type PositionedText } from '../../src/ingest/pdf-lines.js';
import { readSource } from '../../src/ingest/read-source.js';
import {
  breakXrefOffset,
  buildPdf,
  makeTempDir,
  seedPages,
} from '../fixtures/constructed/build-constructed-documents.js';

const SEED = '002_d8f4ead73eb6a353.txt';

/**
 * The non-blank lines of a text, trimmed and with runs of spaces as one: line structure without the
 * layout's spacing (pdf.js itself turns "Svar:  Vi" into "Svar: Vi").
 */
function contentLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim().replace(/ {2,}/g, ' '))
    .filter((line) => line !== '');
}

describe('When reading a constructed PDF of seed 002 (one PDF page per seed page)', () => {
  const pages = seedPages(SEED);
  let source: SourceText;
  const temp = makeTempDir();

  beforeAll(async () => {
    source = await readSource(temp.write('constructed-seed-002.pdf', await buildPdf(pages)));
  });
  afterAll(() => temp.cleanup());

  test('it has 5 pages and says it is paged', () => {
    expect(source.paged).toBe(true);
    expect(source.pages.map((page) => page.number)).toEqual([1, 2, 3, 4, 5]);
  });

  test('every page has the same text lines as the seed page it was drawn from', () => {
    expect(source.pages.map((page) => contentLines(page.text))).toEqual(
      pages.map((lines) => contentLines(lines.join('\n'))),
    );
  });

  test('the heading "4.4.3 Det bör inte införas sanktioner inom läkarmedverkan" is a line of its own on page 2', () => {
    expect(contentLines(source.pages[1].text)).toContain('4.4.3 Det bör inte införas sanktioner inom läkarmedverkan');
  });

  test('the answer "Vi instämmer inte" to 4.4.3 is on page 2 as well', () => {
    expect(source.pages[1].text).toContain(
      'Svar: Vi instämmer inte med förslaget om att det inte bör införas sanktioner',
    );
  });

  test('a hyphen at a line end is kept for the parser to repair', () => {
    const seedLine = pages.flat().find((line) => /\S-\s*$/.test(line));
    expect(seedLine).toBeDefined();
    expect(source.pages.map((page) => page.text).join('\n')).toContain(seedLine!.trim());
  });
});

describe('When a PDF needs repair (a wrong startxref offset)', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  test('its text is still read', async () => {
    const pdf = breakXrefOffset(await buildPdf([['Vi tillstyrker förslaget.']]));
    const source = await readSource(temp.write('constructed-broken-xref.pdf', pdf));
    expect(source.pages[0].text).toBe('Vi tillstyrker förslaget.');
  });

  test('pdf.js prints no warnings (stdout carries `parse --json`; stderr only our one-line errors)', async () => {
    const printers = (['log', 'info', 'warn', 'error'] as const).map((name) =>
      jest.spyOn(console, name).mockImplementation(() => {}),
    );
    try {
      const pdf = breakXrefOffset(await buildPdf([['Vi tillstyrker förslaget.']]));
      await readSource(temp.write('constructed-broken-xref-quiet.pdf', pdf));
      for (const printer of printers) expect(printer).not.toHaveBeenCalled();
    } finally {
      for (const printer of printers) printer.mockRestore();
    }
  });
});

function item(str: string, x: number, y: number, options: { width?: number; size?: number; hasEOL?: boolean } = {}) {
  const size = options.size ?? 10;
  return {
    str,
    transform: [size, 0, 0, size, x, y],
    width: options.width ?? str.length * size * 0.5,
    hasEOL: options.hasEOL ?? false,
  } satisfies PositionedText;
}

describe('When rebuilding lines from pdf.js text items', () => {
  test('an item marked hasEOL ends its line', () => {
    expect(linesFromTextItems([item('7.2.2 Försök', 50, 700, { hasEOL: true }), item('Svar: Ja', 50, 688)])).toBe(
      '7.2.2 Försök\nSvar: Ja',
    );
  });

  test('a lower baseline starts a new line even without hasEOL', () => {
    expect(linesFromTextItems([item('Vi instämmer', 50, 700), item('i förslaget.', 50, 688)])).toBe(
      'Vi instämmer\ni förslaget.',
    );
  });

  test('a step of two lines or more leaves a blank line between paragraphs', () => {
    expect(linesFromTextItems([item('Rubrik', 50, 700, { hasEOL: true }), item('Stycke', 50, 670)])).toBe(
      'Rubrik\n\nStycke',
    );
  });

  test('two items on one baseline with a gap are joined by one space', () => {
    expect(linesFromTextItems([item('4.2', 50, 700, { width: 15 }), item('Avtalen', 80, 700)])).toBe('4.2 Avtalen');
  });

  test('two items on one baseline without a gap are joined directly (a word split by kerning)', () => {
    expect(linesFromTextItems([item('läkar', 50, 700, { width: 25 }), item('medverkan', 75, 700)])).toBe(
      'läkarmedverkan',
    );
  });

  test('no second space is added when pdf.js already emitted one', () => {
    expect(
      linesFromTextItems([
        item('FSS', 50, 700, { width: 15 }),
        item(' ', 65, 700, { width: 20 }),
        item('instämmer', 90, 700),
      ]),
    ).toBe('FSS instämmer');
  });

  test('a raised footnote mark stays on its line', () => {
    expect(linesFromTextItems([item('förslaget', 50, 700, { width: 45 }), item('1', 95, 703, { size: 6 })])).toBe(
      'förslaget1',
    );
  });

  test('empty end-of-line markers do not add blank lines', () => {
    expect(
      linesFromTextItems([
        item('Ett', 50, 700),
        item('', 0, 0, { hasEOL: true }),
        item('Två', 50, 688, { hasEOL: true }),
      ]),
    ).toBe('Ett\nTvå');
  });
});
