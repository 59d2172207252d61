import { listZipEntries } from '../../src/ingest/zip-entries.js';
import { buildDocx } from '../fixtures/constructed/build-constructed-documents.js';

describe('When listing the entries of a zip from its central directory', () => {
  test('a DOCX lists word/document.xml with its uncompressed size', async () => {
    const entries = listZipEntries(await buildDocx(['Vi instämmer i förslaget.']));
    const main = entries?.find((entry) => entry.name === 'word/document.xml');
    expect(main).toBeDefined();
    expect(main!.uncompressedSize).toBeGreaterThan(main!.compressedSize);
  });

  test('a truncated zip has no central directory and gives null', async () => {
    const docx = await buildDocx(['Vi instämmer i förslaget.']);
    expect(listZipEntries(docx.subarray(0, docx.length - 30))).toBeNull();
  });

  test('bytes that are not a zip give null', () => {
    expect(listZipEntries(Buffer.from('Remissvar från Vision'))).toBeNull();
  });
});
