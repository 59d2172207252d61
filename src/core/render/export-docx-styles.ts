import { XML_DECLARATION } from './office-package.js';

export const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * word/styles.xml: only what the remissammanställning uses. Heading 1 and 2 are Word's built-in headings by
 * id and name, so Word's navigation pane and table of contents, mammoth (h1/h2) and screen readers see them; the
 * size and colour are the ones the `docx` library gave them (16 pt and 13 pt, blue 2E74B5). Body text keeps
 * Word's own defaults, as before.
 */
export const DOCX_STYLES_XML =
  `${XML_DECLARATION}<w:styles xmlns:w="${W_NAMESPACE}">` +
  '<w:docDefaults><w:rPrDefault/><w:pPrDefault/></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  heading(1, 32) +
  heading(2, 26) +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
  '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
  '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>' +
  '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '</w:styles>';

/** `halfPoints`: 32 = 16 pt. The outline level puts the heading in the navigation pane and PDF bookmarks. */
function heading(level: 1 | 2, halfPoints: number): string {
  return (
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>` +
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
    `<w:pPr><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `<w:rPr><w:color w:val="2E74B5"/><w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/></w:rPr></w:style>`
  );
}

/** word/settings.xml: compatibility mode 15 (Word 2013 and later), so Word does not open it in compatibility mode. */
export const DOCX_SETTINGS_XML =
  `${XML_DECLARATION}<w:settings xmlns:w="${W_NAMESPACE}"><w:defaultTabStop w:val="720"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>' +
  '</w:compat></w:settings>';
