import { dehyphenate } from '../../../src/core/text/dehyphenate.js';
import { findFurniture } from '../../../src/core/text/furniture.js';
import type { Line } from '../../../src/core/text/lines.js';
import { countingReads, regexWork } from '../../helpers/work-meter.js';

// Constructed lines. Linear work on four times the input is about four times the work; quadratic is sixteen.
// Work is counted, not timed: characters regular expressions pass over, or array elements read.

const LINEAR = 4.4;

function pages(count: number, linesPerPage = 40): Line[] {
  return Array.from({ length: count * linesPerPage }, (_, i) => ({
    text: `Rad ${i} om kommunal hälso- och sjukvård i en lång text.`,
    page: Math.floor(i / linesPerPage) + 1,
  }));
}

describe('When a document has many pages (constructed)', () => {
  const reads = (count: number) => {
    const { array, reads } = countingReads(pages(count));
    findFurniture(array);
    return reads();
  };

  test('four times the pages cost about four times the lines read, not sixteen', () => {
    expect(reads(200) / reads(50)).toBeLessThan(LINEAR);
  });

  test('a line at the top of two pages is still a running header', () => {
    const lines = [...pages(3)];
    lines[0] = { text: 'Exempelkommunen', page: 1 };
    lines[80] = { text: 'Exempelkommunen', page: 3 };
    const drop = findFurniture(lines);
    expect([drop[0], drop[80], drop[40]]).toEqual([true, true, false]);
  });
});

describe('When a text is followed by a copy of itself, as an appended outline (constructed)', () => {
  const copied = (count: number) => {
    const text = pages(1, count);
    return [...text, ...text];
  };

  test('four times the lines cost about four times the work', () => {
    const work = (count: number) => regexWork(() => findFurniture(copied(count)));
    expect(work(512) / work(128)).toBeLessThan(LINEAR);
  });

  test('the copy is dropped and the text kept', () => {
    const drop = findFurniture(copied(4));
    expect(drop).toEqual([false, false, false, false, true, true, true, true]);
  });
});

describe('When every line ends in a broken word (constructed)', () => {
  const chain = (count: number): Line[] => Array.from({ length: count }, () => ({ text: 'sjuk-', page: 1 }));

  test('four times the lines cost about four times the work', () => {
    const work = (count: number) => regexWork(() => dehyphenate(chain(count)));
    expect(work(8000) / work(2000)).toBeLessThan(LINEAR);
  });

  test('the lines are joined into one word on the first line', () => {
    const out = dehyphenate(chain(4));
    expect(out.map((line) => line.text)).toEqual(['sjuksjuksjuksjuk-', '', '', '']);
  });
});
