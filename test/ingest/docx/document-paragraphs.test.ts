import { readDocumentParagraphs } from '../../../src/ingest/docx/document-paragraphs.js';
import { parseXmlTree } from '../../../src/ingest/docx/xml-tree.js';

const NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml"';

function paragraphsOf(body: string) {
  const tree = parseXmlTree(`<w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`);
  if (tree === null) throw new Error('not XML');
  return readDocumentParagraphs(tree);
}

const p = (text: string, pPr = '') => `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('When listing the body paragraphs of document.xml the way mammoth does', () => {
  test('table cells and content controls are read in order, with style and w:numPr', () => {
    const read = paragraphsOf(
      p('Rubrik', '<w:pStyle w:val="Rubrik2"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>') +
        '<w:tbl><w:tr><w:tc>' +
        p('Cell') +
        '</w:tc></w:tr></w:tbl>' +
        '<w:sdt><w:sdtContent>' +
        p('Kontroll') +
        '</w:sdtContent></w:sdt>',
    );
    expect(read).toEqual({
      paragraphs: [
        { styleId: 'Rubrik2', numbering: { numId: '3', ilvl: 1 }, text: 'Rubrik', inTextBox: false },
        { styleId: undefined, numbering: undefined, text: 'Cell', inTextBox: false },
        { styleId: undefined, numbering: undefined, text: 'Kontroll', inTextBox: false },
      ],
      nested: [],
    });
  });

  test('inserted text is read, deleted and moved-away text is not', () => {
    const read = paragraphsOf(
      '<w:p><w:ins><w:r><w:t>Vi </w:t></w:r></w:ins><w:del><w:r><w:delText>inte </w:delText></w:r></w:del>' +
        '<w:moveFrom><w:r><w:t>gärna </w:t></w:r></w:moveFrom><w:r><w:t>instämmer</w:t></w:r></w:p>',
    );
    expect('paragraphs' in read && read.paragraphs.map((x) => x.text)).toEqual(['Vi instämmer']);
  });

  test('a VML text box is listed after its paragraph, and only the fallback of mc:AlternateContent is read', () => {
    const box =
      '<w:pict><v:shape><v:textbox><w:txbxContent>' + p('I rutan') + '</w:txbxContent></v:textbox></v:shape></w:pict>';
    const read = paragraphsOf(
      '<w:p><w:r><w:t>Före</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">' +
        p('Valet') +
        '</mc:Choice><mc:Fallback>' +
        box +
        '</mc:Fallback></mc:AlternateContent></w:r></w:p>',
    );
    expect('paragraphs' in read && read.paragraphs.map((x) => [x.text, x.inTextBox])).toEqual([
      ['Före', false],
      ['I rutan', true],
    ]);
  });

  test('a deleted paragraph mark makes the reading uncertain (mammoth joins it to the next paragraph)', () => {
    expect(paragraphsOf(p('Struken', '<w:rPr><w:del w:id="1" w:author="A"/></w:rPr>') + p('Kvar'))).toEqual({
      uncertain: 'a deleted paragraph mark',
    });
  });
});
