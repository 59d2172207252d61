import { locateWordParts, resolvePartTarget } from '../../../src/ingest/docx/package-parts.js';
import { parseXmlTree, type XmlElement } from '../../../src/ingest/docx/xml-tree.js';

describe('When a relationship Target is resolved against its source part (OPC, RFC 3986)', () => {
  test.each([
    ['/word/document.xml', 'numbering.xml', 'word/numbering.xml'],
    ['/word/document.xml', './numbering.xml', 'word/numbering.xml'],
    ['/word/document.xml', '../lists/numbering.xml', 'lists/numbering.xml'],
    ['/word/document.xml', '/lists/numbering.xml', 'lists/numbering.xml'],
    ['/word/document.xml', 'sub/../numbering2.xml', 'word/numbering2.xml'],
    ['/', 'word/document.xml', 'word/document.xml'],
    ['/', '/word/document.xml', 'word/document.xml'],
    ['/word/document.xml', 'list%20definitions.xml', 'word/list definitions.xml'],
  ])('from %s, "%s" is the part %s', (source, target, part) => {
    expect(resolvePartTarget(source, target)).toBe(part);
  });

  test.each([
    ['climbs above the package root', '../../numbering.xml'],
    ['is a URL with a scheme', 'http://example.com/numbering.xml'],
    ['is a file URL', 'file:///C:/numbering.xml'],
    ['is a network path', '//server/numbering.xml'],
    ['has a fragment', 'numbering.xml#x'],
    ['has a query', 'numbering.xml?x=1'],
    ['has an empty segment', 'lists//numbering.xml'],
    ['names a folder', 'lists/'],
    ['is empty', ''],
    ['uses a backslash', '..\\numbering.xml'],
    ['hides a slash in percent-encoding', 'lists%2Fnumbering.xml'],
    ['has broken percent-encoding', 'numbering%E0.xml'],
  ])('a Target that %s is no part', (_, target) => {
    expect(resolvePartTarget('/word/document.xml', target)).toBeNull();
  });
});

const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_TYPE = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

function relationships(...items: [type: string, target: string][]): string {
  const elements = items.map(([type, target], i) => `<Relationship Id="rId${i}" Type="${type}" Target="${target}"/>`);
  return `<Relationships xmlns="${RELS}">${elements.join('')}</Relationships>`;
}

/** A package as its entry names and the XML of the relationship parts (any other entry reads as an empty tree). */
function packageOf(files: Record<string, string>) {
  const names = Object.keys(files);
  const readXml = (name: string): XmlElement | null | undefined =>
    name in files
      ? name.endsWith('.rels')
        ? parseXmlTree(files[name])
        : { name: 'x', attributes: {}, children: [] }
      : undefined;
  return locateWordParts(names, readXml);
}

const PACKAGE_RELS = relationships([`${TYPE}/officeDocument`, 'word/document.xml']);

describe('When the parts that decide list numbers are located', () => {
  test('Word’s layout: the main document, its numbering and styles parts', () => {
    expect(
      packageOf({
        '_rels/.rels': PACKAGE_RELS,
        'word/_rels/document.xml.rels': relationships(
          [`${TYPE}/styles`, 'styles.xml'],
          [`${TYPE}/numbering`, 'numbering.xml'],
          [`${TYPE}/settings`, 'settings.xml'],
        ),
        'word/document.xml': '',
        'word/styles.xml': '',
        'word/numbering.xml': '',
      }),
    ).toEqual({ document: 'word/document.xml', numbering: 'word/numbering.xml', styles: 'word/styles.xml' });
  });

  test('an ISO Strict package names the same relationships in its own namespace', () => {
    expect(
      packageOf({
        '_rels/.rels': relationships([`${STRICT_TYPE}/officeDocument`, 'word/document.xml']),
        'word/_rels/document.xml.rels': relationships(
          [`${STRICT_TYPE}/styles`, 'styles.xml'],
          [`${STRICT_TYPE}/numbering`, 'numbering.xml'],
        ),
        'word/document.xml': '',
        'word/styles.xml': '',
        'word/numbering.xml': '',
      }),
    ).toEqual({ document: 'word/document.xml', numbering: 'word/numbering.xml', styles: 'word/styles.xml' });
  });

  test('no styles relationship: numbering without styles, as a package without styles.xml was read before', () => {
    expect(
      packageOf({
        '_rels/.rels': PACKAGE_RELS,
        'word/_rels/document.xml.rels': relationships([`${TYPE}/numbering`, 'numbering.xml']),
        'word/document.xml': '',
        'word/styles.xml': '',
        'word/numbering.xml': '',
      }),
    ).toEqual({ document: 'word/document.xml', numbering: 'word/numbering.xml', styles: null });
  });

  test('relationships that are not well-formed XML: nothing is located', () => {
    expect(
      packageOf({
        '_rels/.rels': PACKAGE_RELS,
        'word/_rels/document.xml.rels': '<Relationships',
        'word/document.xml': '',
        'word/numbering.xml': '',
      }),
    ).toBeNull();
  });

  test('relationships whose root is not Relationships: nothing is located', () => {
    expect(
      packageOf({
        '_rels/.rels': `<Types xmlns="${RELS}"/>`,
        'word/document.xml': '',
        'word/numbering.xml': '',
      }),
    ).toBeNull();
  });

  test('package relationships without a main document: nothing is located (no guessing word/document.xml)', () => {
    expect(
      packageOf({
        '_rels/.rels': relationships([`${TYPE}/extended-properties`, 'docProps/app.xml']),
        'word/document.xml': '',
        'word/numbering.xml': '',
      }),
    ).toBeNull();
  });

  test('two zip entries that name one part (differing in case only): ambiguous, nothing is located', () => {
    expect(
      packageOf({
        '_rels/.rels': PACKAGE_RELS,
        'word/_rels/document.xml.rels': relationships([`${TYPE}/numbering`, 'numbering.xml']),
        'word/document.xml': '',
        'word/numbering.xml': '',
        'word/Numbering.xml': '',
      }),
    ).toBeNull();
  });
});
