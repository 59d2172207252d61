import { crc32 } from 'node:zlib';
import { type OfficePart, officePackageSteps, zipOfficePackage } from '../../../src/core/render/office-package.js';
import { zipDirectory, zipEntryText } from '../../helpers/office-files.js';

// Constructed rows, about as long as a table row of the DOCX export, with Swedish letters and typographic quotes.
const ROW = '<w:tr><w:tc><w:p><w:r><w:t>”Åstorps kommun avstyrker förslaget.”</w:t></w:r></w:p></w:tc></w:tr>';

describe('When an Office package is zipped', () => {
  test('a part written in thousands of pieces reads back whole, over many compression batches', () => {
    const part: OfficePart = {
      name: 'word/document.xml',
      xml: function* (write) {
        for (let i = 0; i < 5000; i++) {
          write(ROW.replace('kommun', `kommun ${i}`));
          yield;
        }
      },
    };
    const bytes = zipOfficePackage([part]);
    const expected = Array.from({ length: 5000 }, (_, i) => ROW.replace('kommun', `kommun ${i}`)).join('');
    expect(zipEntryText(bytes, 'word/document.xml')).toBe(expected);
  });

  test('a part written row by row pauses after each compressed batch, not after each row', () => {
    const rows = 5000;
    const steps = officePackageSteps([
      {
        name: 'word/document.xml',
        xml: function* (write) {
          for (let i = 0; i < rows; i++) {
            write(ROW);
            yield;
          }
        },
      },
    ]);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    const batches = Buffer.byteLength(ROW.repeat(rows)) / (64 * 1024);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(batches));
    expect(pauses).toBeLessThanOrEqual(Math.ceil(batches));
    expect(zipEntryText(step.value, 'word/document.xml')).toBe(ROW.repeat(rows));
  });

  test('each entry records the CRC-32 and size of its bytes', () => {
    const text = ROW.repeat(3000);
    const bytes = zipOfficePackage([
      { name: 'a.xml', xml: text },
      { name: 'b.xml', xml: '' },
    ]);
    const utf8 = Buffer.from(text, 'utf8');
    expect(zipDirectory(bytes).map(({ name, crc, size }) => ({ name, crc, size }))).toEqual([
      { name: 'a.xml', crc: crc32(utf8), size: utf8.byteLength },
      { name: 'b.xml', crc: 0, size: 0 },
    ]);
  });

  test('an empty part is an empty entry', () => {
    expect(zipEntryText(zipOfficePackage([{ name: 'empty.xml', xml: '' }]), 'empty.xml')).toBe('');
  });

  test('one piece longer than a batch (a 300,000-character quote) is kept whole', () => {
    const quote = 'å'.repeat(300_000);
    const bytes = zipOfficePackage([
      {
        name: 'long.xml',
        xml: function* (write) {
          write(`<t>${quote}</t>`);
          yield;
        },
      },
    ]);
    expect(zipEntryText(bytes, 'long.xml')).toBe(`<t>${quote}</t>`);
  });

  test('repetitive XML compresses far below its size', () => {
    const text = ROW.repeat(10_000);
    expect(zipOfficePackage([{ name: 'a.xml', xml: text }]).byteLength).toBeLessThan(text.length / 50);
  });

  test('entries carry the given modification day, and 1980-01-01 without one', () => {
    const dosDay = (bytes: Uint8Array) => zipDirectory(bytes)[0].dosDate;
    const dated = zipOfficePackage([{ name: 'a.xml', xml: 'x' }], new Date('2026-11-23T10:00:00Z'));
    expect(dosDay(dated)).toBe(((2026 - 1980) << 9) | (11 << 5) | 23);
    expect(dosDay(zipOfficePackage([{ name: 'a.xml', xml: 'x' }]))).toBe((1 << 5) | 1);
  });

  test('the same parts give the same bytes', () => {
    const parts: OfficePart[] = [{ name: 'a.xml', xml: ROW.repeat(100) }];
    expect(zipOfficePackage(parts)).toEqual(zipOfficePackage(parts));
  });
});
