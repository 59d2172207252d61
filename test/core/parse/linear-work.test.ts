import type { Catalog } from '../../../src/core/catalog/catalog.js';
import { type Block, pageAt } from '../../../src/core/parse/blocks.js';
import { harvestProposals, parseDocument } from '../../../src/core/parse/index.js';
import { curatedCatalog, textSource } from '../../helpers/seed-source.js';
import { countingReads, regexWork } from '../../helpers/work-meter.js';

// Every document in this file is constructed by us. A parse that is linear in its input does about four times the
// work on four times the text; one that re-reads a growing block for every line does about sixteen times.
// Work is counted, not timed: characters regular expressions pass over, or array elements read.

const LINEAR = 4.4;

let catalog: Catalog;
beforeAll(() => {
  catalog = curatedCatalog();
});

/** What `remiss parse FILE` does with a text: harvest its numbered headings for the catalog, then parse it. */
function parseWork(text: string): number {
  return regexWork(() => {
    const source = textSource(text);
    harvestProposals(source);
    parseDocument(source, { file: 'constructed.txt', catalog });
  });
}

function letter(body: string[]): string {
  return [
    'Yttrande från Storkommunen',
    '',
    'Remiss av SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
    '',
    '7.2.2 Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård',
    '',
    'Svar: Storkommunen tillstyrker förslaget.',
    '',
    ...body,
    '',
    'Storkommunen',
  ].join('\n');
}

describe('When a text has one sentence per line and no blank line, heading or page break (constructed)', () => {
  const run = (lines: number) =>
    letter(
      Array.from(
        { length: lines },
        () => 'Detta är en lång text om kommunal hälso- och sjukvård som inte tar ställning.',
      ),
    );

  test('four times the lines cost about four times the work, not sixteen', () => {
    expect(parseWork(run(2000)) / parseWork(run(500))).toBeLessThan(LINEAR);
  });

  test('the answer before the long run keeps its stance', () => {
    const doc = parseDocument(textSource(run(500)), { file: 'constructed.txt', catalog });
    expect(doc.stances.map((s) => [s.proposal, s.stance])).toEqual([['7.2.2', 'for']]);
  });
});

describe('When one long paragraph names a different proposal in every sentence (constructed)', () => {
  // "Vi tillstyrker förslaget i 1.1 och det är bra. Vi tillstyrker förslaget i 1.2 och det är bra. …"
  const run = (sentences: number) =>
    letter(
      Array.from(
        { length: sentences },
        (_, i) => `Vi tillstyrker förslaget i ${Math.floor(i / 99) + 1}.${(i % 99) + 1} och det är bra.`,
      ),
    );

  test('four times the sentences cost about four times the work', () => {
    expect(parseWork(run(1600)) / parseWork(run(400))).toBeLessThan(LINEAR);
  });

  test('each number gets its own stance, quoted with the sentence after it', () => {
    const doc = parseDocument(textSource(run(400)), { file: 'constructed.txt', catalog });
    expect([doc.stances.length, doc.stances.find((s) => s.proposal === '1.1')?.quote]).toEqual([
      401,
      'Vi tillstyrker förslaget i 1.1 och det är bra. Vi tillstyrker förslaget i 1.2 och det är bra.',
    ]);
  });
});

describe('When a paragraph is made of sentences that all take a stance (constructed)', () => {
  const run = (lines: number) =>
    letter(Array.from({ length: lines }, () => 'Vi tillstyrker förslaget och det är bra.'));

  test('four times the stance phrases cost about four times the work', () => {
    expect(parseWork(run(2000)) / parseWork(run(500))).toBeLessThan(LINEAR);
  });

  test('they all speak of the proposal under the heading', () => {
    const doc = parseDocument(textSource(run(500)), { file: 'constructed.txt', catalog });
    expect(doc.stances.map((s) => [s.proposal, s.stance])).toEqual([['7.2.2', 'for']]);
  });
});

describe('When finding the page of an offset in a block of many lines (constructed)', () => {
  function blockOf(lines: number): Block {
    const lineStarts = Array.from({ length: lines }, (_, i) => ({ offset: i * 81, page: Math.floor(i / 40) + 1 }));
    return { kind: 'paragraph', text: 'x'.repeat(lines * 81), lineStarts };
  }

  test('the page is found by reading a handful of line starts, not every line before it', () => {
    const block = blockOf(8192);
    const { array, reads } = countingReads(block.lineStarts);
    const page = pageAt({ ...block, lineStarts: array }, 8000 * 81 + 5);
    expect([page, reads() <= 32]).toEqual([201, true]);
  });

  test.each([
    [0, 1],
    [80, 1],
    [81 * 40, 2],
    [81 * 40 - 1, 1],
    [81 * 8191 + 80, 205],
  ])('offset %i stands on page %i', (offset, page) => {
    expect(pageAt(blockOf(8192), offset)).toBe(page);
  });
});
