import { execFileSync } from 'node:child_process';
import { truncateSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { ErrorCode, isRemissError, type RemissError } from '../../src/errors.js';
import { readSource, readSourceFromBuffer } from '../../src/ingest/read-source.js';
import {
  buildDocx,
  buildPdf,
  declareUncompressedSize,
  encryptPdf,
  makeTempDir,
  seedPages,
} from '../fixtures/constructed/build-constructed-documents.js';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

/** The error readSource rejects with; fails the test if it resolves or throws something other than a RemissError. */
async function readError(path: string, options?: Parameters<typeof readSource>[1]): Promise<RemissError> {
  const error = await readSource(path, options).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isRemissError(error)) throw new Error(`expected a RemissError, got ${String(error)}`);
  return error;
}

function expectOneLine(error: RemissError): void {
  expect(error.message).not.toContain('\n');
  expect(error.message).not.toMatch(/ at .*\(.*:\d+:\d+\)/);
}

const smallPdf = () => buildPdf([['Remissvar från constructed kommun', 'Vi instämmer i förslaget.']]);

describe('When a file is empty or blank', () => {
  test('an empty file fails with EmptyFile', async () => {
    const error = await readError(temp.write('empty.txt', ''));
    expect(error.code).toBe(ErrorCode.EmptyFile);
    expectOneLine(error);
  });

  test('a file of spaces, tabs and newlines fails with EmptyFile', async () => {
    const error = await readError(temp.write('blank.txt', '  \n\t\n \r\n  '));
    expect(error.code).toBe(ErrorCode.EmptyFile);
  });

  test('a DOCX without any text fails with EmptyFile', async () => {
    const error = await readError(temp.write('constructed-empty.docx', await buildDocx(['', '  '])));
    expect(error.code).toBe(ErrorCode.EmptyFile);
  });
});

describe('When a file is not a document', () => {
  test('binary junk fails with UnsupportedFormat', async () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const error = await readError(temp.write('junk.bin', junk));
    expect(error.code).toBe(ErrorCode.UnsupportedFormat);
    expectOneLine(error);
  });

  test('binary junk named .pdf fails with CorruptFile', async () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const error = await readError(temp.write('junk.pdf', junk));
    expect(error.code).toBe(ErrorCode.CorruptFile);
  });

  test('an old Word .doc (OLE2) fails with UnsupportedFormat', async () => {
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    const error = await readError(temp.write('old.doc', ole2));
    expect(error.code).toBe(ErrorCode.UnsupportedFormat);
    expect(error.message).toContain('.doc');
  });

  (process.platform === 'win32' ? test.skip : test)(
    'a named pipe fails with UnsupportedFormat instead of waiting for a writer',
    async () => {
      const path = `${temp.dir}/pipe.txt`;
      execFileSync('mkfifo', [path]);
      const error = await readError(path);
      expect(error.code).toBe(ErrorCode.UnsupportedFormat);
    },
  );

  test('a directory fails with UnsupportedFormat', async () => {
    const error = await readError(temp.dir);
    expect(error.code).toBe(ErrorCode.UnsupportedFormat);
  });
});

describe('When a PDF is damaged or protected', () => {
  test('a truncated PDF fails with CorruptFile', async () => {
    const pdf = await smallPdf();
    const error = await readError(temp.write('truncated.pdf', pdf.subarray(0, 400)));
    expect(error.code).toBe(ErrorCode.CorruptFile);
    expectOneLine(error);
  });

  test('an encrypted PDF fails with EncryptedFile', async () => {
    const error = await readError(temp.write('constructed-encrypted.pdf', encryptPdf(await smallPdf())));
    expect(error.code).toBe(ErrorCode.EncryptedFile);
    expectOneLine(error);
  });

  test('a PDF without any text (a scan) fails with NoText', async () => {
    const error = await readError(temp.write('constructed-blank-pages.pdf', await buildPdf([[], []])));
    expect(error.code).toBe(ErrorCode.NoText);
  });

  test('a PDF with more pages than maxPages fails with FileTooLarge', async () => {
    const pdf = await buildPdf([['Sida ett'], ['Sida två'], ['Sida tre']]);
    const error = await readError(temp.write('constructed-three-pages.pdf', pdf), { maxPages: 2 });
    expect(error.code).toBe(ErrorCode.FileTooLarge);
  });

  test('a PDF that takes longer than timeoutMs fails with Timeout', async () => {
    const pdf = await buildPdf(seedPages('004_4a378a17ca59cf5e.txt'));
    const error = await readError(temp.write('constructed-seed-004.pdf', pdf), { timeoutMs: 1 });
    expect(error.code).toBe(ErrorCode.Timeout);
  });
});

describe('When a DOCX is damaged', () => {
  test('a truncated DOCX (broken zip) fails with CorruptFile', async () => {
    const docx = await buildDocx(['Vi instämmer i förslaget.']);
    const error = await readError(temp.write('truncated.docx', docx.subarray(0, Math.floor(docx.length / 2))));
    expect(error.code).toBe(ErrorCode.CorruptFile);
    expectOneLine(error);
  });

  test('a DOCX whose XML would expand past the limit (a zip bomb) fails with FileTooLarge before unzipping', async () => {
    const docx = await buildDocx(['Vi instämmer i förslaget.']);
    const bomb = declareUncompressedSize(docx, 'word/document.xml', 60 * 1024 * 1024);
    const error = await readError(temp.write('constructed-zip-bomb.docx', bomb));
    expect(error.code).toBe(ErrorCode.FileTooLarge);
  });

  test('a zip that is not a Word document fails with UnsupportedFormat', async () => {
    // A whole zip (local header, central directory, end record) of one stored entry "foo.txt" holding "hello":
    // what an XLSX or a plain archive looks like here.
    const zip = Buffer.from(
      '504b0304140000000000e700815d86a61036050000000500000007000000666f6f2e74787468656c6c6f504b0102140314000000' +
        '0000e700815d86a610360500000005000000070000000000000000000000800100000000666f6f2e747874504b050600000000' +
        '01000100350000002a0000000000',
      'hex',
    );
    const error = await readError(temp.write('archive.docx', zip));
    expect(error.code).toBe(ErrorCode.UnsupportedFormat);
  });

  test('a file that starts like a zip but is none (no directory) fails with CorruptFile', async () => {
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('junkjunkjunk')]);
    const error = await readError(temp.write('notzip.docx', broken));
    expect(error.code).toBe(ErrorCode.CorruptFile);
    expectOneLine(error);
  });
});

describe('When a file is too large', () => {
  test('a 50 MB file fails with FileTooLarge before any byte is read', async () => {
    const path = temp.write('sparse-50mb.txt', '');
    truncateSync(path, 50 * 1024 * 1024);
    const probe = await open(path, 'r');
    const fileHandle = Object.getPrototypeOf(probe) as { read: (...args: unknown[]) => unknown };
    await probe.close();
    const read = jest.spyOn(fileHandle, 'read');
    try {
      const error = await readError(path);
      expect(error.code).toBe(ErrorCode.FileTooLarge);
      expect(error.message).toContain('50.0 MB');
      expect(read).not.toHaveBeenCalled();
    } finally {
      read.mockRestore();
    }
  });

  test('a buffer over maxBytes fails with FileTooLarge', async () => {
    const error = await readSourceFromBuffer(Buffer.from('Vi instämmer.'), 'svar.txt', { maxBytes: 5 }).catch((e) => e);
    expect(isRemissError(error, ErrorCode.FileTooLarge)).toBe(true);
  });
});

describe('When the extension lies', () => {
  test('a PDF named .txt is read as a PDF', async () => {
    const source = await readSource(temp.write('really-a-pdf.txt', await smallPdf()));
    expect(source.paged).toBe(true);
    expect(source.pages[0].text).toContain('Vi instämmer i förslaget.');
  });

  test('a DOCX named .txt is read as a DOCX', async () => {
    const source = await readSource(temp.write('really-a-docx.txt', await buildDocx(['Vi avstyrker förslaget.'])));
    expect(source.pages[0].text).toBe('Vi avstyrker förslaget.');
  });

  test.each([
    ['a JPEG photo', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01]],
    ['the first bytes of a JPEG (no control bytes)', [0xff, 0xd8, 0xff, 0xe0, 0x4a, 0x46, 0x49, 0x46]],
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]],
    ['a GIF image', [...Buffer.from('GIF89a'), 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00]],
    ['a TIFF scan', [0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]],
  ])('%s named .pdf fails with UnsupportedFormat: an image is not a document', async (_name, bytes) => {
    const error = await readError(temp.write('scan.pdf', Buffer.from(bytes)));
    expect(error.code).toBe(ErrorCode.UnsupportedFormat);
    expectOneLine(error);
  });

  test('a text file named .pdf is read as text', async () => {
    const source = await readSource(temp.write('really-text.pdf', 'Vi tillstyrker förslaget.'));
    expect(source.pages[0].text).toBe('Vi tillstyrker förslaget.');
  });
});
