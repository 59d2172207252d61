import { readWordNumbering } from '../../../src/ingest/docx/numbering-xml.js';
import { parseXmlTree, type XmlElement } from '../../../src/ingest/docx/xml-tree.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function tree(xml: string): XmlElement {
  const parsed = parseXmlTree(xml);
  if (parsed === null) throw new Error('not XML');
  return parsed;
}

function numberingOf(numbering: string, styles = '') {
  return readWordNumbering(
    tree(`<w:numbering ${W}>${numbering}</w:numbering>`),
    tree(`<w:styles ${W}>${styles}</w:styles>`),
  );
}

const LEVEL_0 = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>';

describe('When numbering.xml and styles.xml are read', () => {
  test('a list style: the definition’s w:styleLink, the reference’s w:numStyleLink, the style’s w:numId', () => {
    const words = numberingOf(
      '<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="Rubriknumrering"/>' +
        LEVEL_0 +
        '</w:abstractNum>' +
        '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Rubriknumrering"/></w:abstractNum>',
      '<w:style w:type="numbering" w:styleId="Rubriknumrering"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
    );
    expect(words?.abstracts.get('0')?.styleLink).toBe('Rubriknumrering');
    expect(words?.abstracts.get('1')?.numStyleLink).toBe('Rubriknumrering');
    expect(words?.numberingStyles.get('Rubriknumrering')).toBe('1');
  });

  test('a w:lvlOverride holding a w:lvl replaces the level; its w:lvlRestart is dropped (Word ignores it there)', () => {
    const words = numberingOf(
      '<w:num w:numId="7"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="3"/>' +
        '<w:lvl w:ilvl="1"><w:start w:val="4"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="%1-%2"/></w:lvl>' +
        '</w:lvlOverride></w:num>',
    );
    expect(words?.instances.get('7')?.overrides.get(1)).toEqual({
      start: 3,
      level: {
        start: 4,
        format: 'decimal',
        text: '%1-%2',
        restartAfter: undefined,
        legal: false,
        paragraphStyle: undefined,
      },
    });
  });

  test('a w:lvlOverride whose w:lvl names another level is not read (which level it replaces is unclear)', () => {
    const words = numberingOf(
      '<w:num w:numId="7"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1">' +
        LEVEL_0 +
        '</w:lvlOverride></w:num>',
    );
    expect(words).toBeNull();
  });

  test('two w:lvlOverride for one level of one instance are not read (which one Word uses is unknown)', () => {
    const words = numberingOf(
      '<w:num w:numId="7"><w:abstractNumId w:val="0"/>' +
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride>' +
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
    );
    expect(words).toBeNull();
  });
});
