import { readFileSync } from 'node:fs';
import { readSource } from '../../src/ingest/read-source.js';
import { decodeText, splitTextPages } from '../../src/ingest/read-text.js';
import { SEEDS_DIR } from '../fixtures/constructed/build-constructed-documents.js';

const SEED_002 = `${SEEDS_DIR}/002_d8f4ead73eb6a353.txt`;

describe('When reading the seed text files', () => {
  test.each([
    ['000_60d22344ceaed4cd.txt', 3],
    ['001_ddd1ef1438ff4d2c.txt', 2],
    ['002_d8f4ead73eb6a353.txt', 5],
    ['003_07777d2dab1cb254.txt', 3],
    ['004_4a378a17ca59cf5e.txt', 7],
  ])('%s has %i pages by the one-leading-space convention', async (name, count) => {
    const source = await readSource(`${SEEDS_DIR}/${name}`);
    expect(source.paged).toBe(true);
    expect(source.pages.map((page) => page.number)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  test('page 2 of seed 002 starts with the heading "4.2 Avtalen om läkarmedverkan behöver stärkas"', async () => {
    const source = await readSource(SEED_002);
    expect(source.pages[1].text.startsWith('4.2 Avtalen om läkarmedverkan behöver stärkas')).toBe(true);
  });

  test('page 2 of seed 003 starts on a line holding only a space, before its header "Sida 2 (3)"', async () => {
    const source = await readSource(`${SEEDS_DIR}/003_07777d2dab1cb254.txt`);
    const [, two, three] = source.pages.map((page) => page.text.split('\n').filter((line) => line.trim() !== ''));
    expect([two?.slice(0, 3), three?.[0]]).toEqual([
      ['Tjänsteutlåtande ', 'Dnr SOF 2024/634 ', 'Sida 2 (3) '],
      'utan grund i hälso- och sjukvårdslagens definition av vad som är ',
    ]);
  });

  test.each(['002_d8f4ead73eb6a353.txt', '003_07777d2dab1cb254.txt'])(
    'in %s the page-marking space is removed and nothing else is lost',
    async (name) => {
      const path = `${SEEDS_DIR}/${name}`;
      const source = await readSource(path);
      const rebuilt = source.pages.map((page) => ` ${page.text}`).join('\n');
      expect(rebuilt).toBe(readFileSync(path, 'utf8'));
    },
  );

  test('the page-marking space is removed and nothing else is lost', async () => {
    const source = await readSource(SEED_002);
    const original = readFileSync(SEED_002, 'utf8');
    const rebuilt = source.pages.map((page) => ` ${page.text}`).join('\n');
    expect(rebuilt).toBe(original);
  });
});

describe('When splitting text into pages', () => {
  test('form feeds from pdftotext separate pages and the trailing one adds no empty page', () => {
    const source = splitTextPages('Sida ett\n\fSida två\n\f');
    expect(source).toEqual({
      paged: true,
      pages: [
        { number: 1, text: 'Sida ett\n' },
        { number: 2, text: 'Sida två\n' },
      ],
    });
  });

  test('an empty page between form feeds keeps its number so later page numbers stay right', () => {
    const source = splitTextPages('Ett\fTvå\f\fFyra');
    expect(source.pages.map((page) => page.text)).toEqual(['Ett', 'Två', '', 'Fyra']);
  });

  test('text whose first line has no leading space is one unpaged page even if later lines start with a space', () => {
    const source = splitTextPages('Remissvar\n Vi instämmer i förslaget.\n');
    expect(source).toEqual({ paged: false, pages: [{ number: 1, text: 'Remissvar\n Vi instämmer i förslaget.\n' }] });
  });

  test('a line that is only one space does not start a page', () => {
    const pageOne = ' Sida ett\n \nrad 2\nrad 3\nrad 4\nrad 5\nrad 6';
    const pageTwo = ' Sida två\nrad 2\nrad 3\nrad 4\nrad 5';
    const source = splitTextPages(`${pageOne}\n${pageTwo}`);
    expect(source.pages.map((page) => page.text)).toEqual([pageOne.slice(1), pageTwo.slice(1)]);
  });

  test.each(['Sida 2 (3)', 'Sida 2 av 3', '2 (3)'])(
    'a page whose first line is only a space starts there when a "%s" page number follows on it',
    (marker) => {
      const pageOne = ' Sida ett\nrad 2\nrad 3\n \nrad 5\nrad 6';
      const pageTwo = ` \nTjänsteutlåtande\n${marker}\nrad 4\nrad 5\nrad 6`;
      const source = splitTextPages(`${pageOne}\n${pageTwo}`);
      expect(source.pages.map((page) => page.text)).toEqual([pageOne.slice(1), pageTwo.slice(1)]);
    },
  );

  test('a page number that is not ahead of the page it stands on splits nothing', () => {
    const text = ' Sida ett\nrad 2\n \nSida 1 (2)\nrad 5\nrad 6\n Sida två\nrad 2\n \nSida 2 (2)\nrad 5\nrad 6';
    expect(splitTextPages(text).pages).toHaveLength(2);
  });

  test('without a line holding only a space before it, a page number splits nothing', () => {
    const text = ' Sida ett\nrad 2\nrad 3\nSida 2 (3)\nrad 5\nrad 6';
    expect(splitTextPages(text).pages).toHaveLength(1);
  });

  test('text whose paragraphs are all indented by one space is one unpaged page, not a page per paragraph', () => {
    const text = ' Vi instämmer i förslaget.\n\n Vi avstyrker 6.5.\n\n Vi har inga synpunkter i övrigt.\n';
    expect(splitTextPages(text)).toEqual({ paged: false, pages: [{ number: 1, text }] });
  });

  test('a line starting with two spaces does not start a page', () => {
    const source = splitTextPages(' Sida ett\n  indragen rad');
    expect(source.pages).toHaveLength(1);
  });

  test('Windows line endings become plain newlines', () => {
    expect(splitTextPages('Rad ett\r\nRad två').pages[0].text).toBe('Rad ett\nRad två');
  });
});

describe('When decoding text bytes', () => {
  test('UTF-8 with a byte order mark loses the mark', () => {
    expect(decodeText(Buffer.from('\uFEFFÅstorps kommun', 'utf8'))).toBe('Åstorps kommun');
  });

  test('windows-1252 bytes (ä = 0xE4) are decoded when the file is not UTF-8', () => {
    expect(decodeText(Buffer.from([0x56, 0x69, 0x20, 0x69, 0x6e, 0x73, 0x74, 0xe4, 0x6d, 0x6d, 0x65, 0x72]))).toBe(
      'Vi instämmer',
    );
  });

  test('windows-1252 punctuation such as the en dash (0x96) is decoded', () => {
    expect(decodeText(Buffer.from([0x46, 0x53, 0x53, 0x20, 0x96, 0x20, 0x6a, 0x61]))).toBe('FSS – ja');
  });

  test('UTF-16 little-endian with a byte order mark is decoded', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Välkomnar', 'utf16le')]);
    expect(decodeText(bytes)).toBe('Välkomnar');
  });
});
