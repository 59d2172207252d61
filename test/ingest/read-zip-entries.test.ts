import { listZipEntries, readZipEntry } from '../../src/ingest/zip-entries.js';
import { buildDocx, declareUncompressedSize } from '../fixtures/constructed/build-constructed-documents.js';

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

describe('When reading one entry of a zip', () => {
  test('a deflated word/document.xml inflates to the XML the directory sized', async () => {
    const docx = await buildDocx(['Vi instämmer i förslaget.']);
    const entry = listZipEntries(docx)!.find((e) => e.name === 'word/document.xml')!;
    const xml = new TextDecoder().decode(readZipEntry(docx, entry, 1024 * 1024)!);
    expect(xml.length).toBeGreaterThan(0);
    expect(xml).toContain('Vi instämmer i förslaget.');
  });

  test('an entry declared larger than the limit is not read', async () => {
    const docx = await buildDocx(['Vi instämmer i förslaget.']);
    const entry = listZipEntries(docx)!.find((e) => e.name === 'word/document.xml')!;
    expect(readZipEntry(docx, entry, entry.uncompressedSize - 1)).toBeNull();
  });

  test('an entry whose data expands past its declared size is not read (the directory lies)', async () => {
    const docx = await buildDocx(['Vi instämmer i förslaget.']);
    const declared = listZipEntries(docx)!.find((e) => e.name === 'word/document.xml')!.uncompressedSize;
    const lying = declareUncompressedSize(docx, 'word/document.xml', declared - 10);
    const entry = listZipEntries(lying)!.find((e) => e.name === 'word/document.xml')!;
    expect(readZipEntry(lying, entry, 1024 * 1024)).toBeNull();
  });
});
