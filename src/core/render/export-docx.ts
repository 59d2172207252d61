import { DOCX_SETTINGS_XML, DOCX_STYLES_XML, W_NAMESPACE } from './export-docx-styles.js';
import { heading, renderExportTally } from './export-markdown.js';
import { correctionMarker, type ExportAnswer, type ExportProposal, type ExportRemiss } from './export-model.js';
import { EXPORT_SV } from './export-strings-sv.js';
import { xmlEscaped, xmlText } from './export-xml-text.js';
import {
  CORE_PROPERTIES_TYPE,
  contentTypesXml,
  corePropertiesXml,
  officePackageSteps,
  REL,
  relationshipsXml,
  XML_DECLARATION,
  type XmlSink,
} from './office-package.js';
import { runToEnd, type Steps } from './steps.js';

/** Column shares of the respondent table (remissinstans, ståndpunkt, citat, källa), in per cent of the page width. */
const COLUMN_PERCENT = [22, 15, 45, 18];
/** A4 (11,906 twips) less 1-inch margins (1,440 twips): the width the table's grid shares out. */
const PAGE = { width: 11906, height: 16838, margin: 1440 };
const TEXT_WIDTH_TWIPS = PAGE.width - 2 * PAGE.margin;
const COLUMN_TWIPS = COLUMN_PERCENT.map((percent) => Math.round((TEXT_WIDTH_TWIPS * percent) / 100));
const HEADER_FILL = 'D9E2F3';

const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/**
 * The remissammanställning as a Word document: one Heading 1 per remiss with the basis line, one Heading 2 per
 * proposal ("Remissen som helhet" first, title-only proposals last, as ordered by the model) with the tally in
 * Swedish and a table of respondents: stance, verbatim quote, file and page. A corrected stance carries
 * "rättad av … <day>" under it. `date` is printed as given ("2026-11-23"); `created` stamps the file's properties.
 *
 * WordprocessingML is written as text, piece by piece, straight into the zip: the `docx` library built an object
 * tree of the whole document first (about 17 KB per table row, 660 MB for 300 × 60 answers).
 */
export function renderExportDocx(remisser: readonly ExportRemiss[], date: string, created?: Date): Uint8Array {
  return runToEnd(renderExportDocxSteps(remisser, date, created));
}

/** The same document built a step at a time (officePackageSteps): a caller may pause between steps. */
export function renderExportDocxSteps(
  remisser: readonly ExportRemiss[],
  date: string,
  created?: Date,
): Steps<Uint8Array> {
  const first = remisser.length === 1 ? remisser[0] : undefined;
  const title = first ? EXPORT_SV.title(first.id || EXPORT_SV.unknownRemiss, first.title) : 'Remissammanställning';
  return officePackageSteps(
    [
      {
        name: '[Content_Types].xml',
        xml: contentTypesXml({
          '/word/document.xml': `${WORD_TYPE}.document.main+xml`,
          '/word/styles.xml': `${WORD_TYPE}.styles+xml`,
          '/word/settings.xml': `${WORD_TYPE}.settings+xml`,
          '/docProps/core.xml': CORE_PROPERTIES_TYPE,
        }),
      },
      {
        name: '_rels/.rels',
        xml: relationshipsXml([
          { type: REL.officeDocument, target: 'word/document.xml' },
          { type: REL.coreProperties, target: 'docProps/core.xml' },
        ]),
      },
      {
        name: 'docProps/core.xml',
        xml: corePropertiesXml({ title, description: remisser.map((r) => r.id).join(', '), created }),
      },
      {
        name: 'word/_rels/document.xml.rels',
        xml: relationshipsXml([
          { type: REL.styles, target: 'styles.xml' },
          { type: REL.settings, target: 'settings.xml' },
        ]),
      },
      { name: 'word/styles.xml', xml: DOCX_STYLES_XML },
      { name: 'word/settings.xml', xml: DOCX_SETTINGS_XML },
      { name: 'word/document.xml', xml: (write) => writeDocument(remisser, date, write) },
    ],
    created,
  );
}

/**
 * word/document.xml: each remiss's heading and basis line, then each proposal with its tally and table. Yields
 * after each table row.
 */
function* writeDocument(remisser: readonly ExportRemiss[], date: string, write: XmlSink): Generator<void> {
  write(`${XML_DECLARATION}<w:document xmlns:w="${W_NAMESPACE}"><w:body>`);
  if (remisser.length === 0) write(paragraph(run(EXPORT_SV.empty)));
  for (const remiss of remisser) {
    write(remissHead(remiss, date));
    for (const proposal of remiss.proposals) yield* writeProposal(proposal, write);
  }
  write(`${SECTION}</w:body></w:document>`);
}

/** A4 portrait, 1-inch margins: the page the column widths are computed for. */
const SECTION =
  `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
  `<w:pgMar w:top="${PAGE.margin}" w:right="${PAGE.margin}" w:bottom="${PAGE.margin}" w:left="${PAGE.margin}"` +
  ' w:header="708" w:footer="708" w:gutter="0"/><w:docGrid w:linePitch="360"/></w:sectPr>';

function remissHead(remiss: ExportRemiss, date: string): string {
  let xml =
    headingParagraph(1, EXPORT_SV.title(remiss.id || EXPORT_SV.unknownRemiss, remiss.title)) +
    paragraph(run(EXPORT_SV.basis(remiss.responses, remiss.stances, date)));
  if (remiss.proposals.some((p) => p.answers.some((a) => a.corrected))) {
    xml += paragraph(run(EXPORT_SV.correctedNote, ITALIC));
  }
  return xml;
}

function* writeProposal(proposal: ExportProposal, write: XmlSink): Generator<void> {
  write(headingParagraph(2, heading(proposal)));
  if (proposal.answers.length === 0) {
    write(paragraph(run(EXPORT_SV.noAnswers)));
    return;
  }
  write(paragraph(run(renderExportTally(proposal.tally), BOLD), '<w:spacing w:after="120"/>'));
  write(TABLE_START);
  for (const answer of proposal.answers) {
    writeAnswerRow(answer, write);
    yield;
  }
  write('</w:tbl>');
}

const BOLD = '<w:b/><w:bCs/>';
const ITALIC = '<w:i/><w:iCs/>';
const SMALL_ITALIC = '<w:i/><w:iCs/><w:sz w:val="18"/><w:szCs w:val="18"/>';

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="auto"';

/**
 * Full width, single borders, the grid in twips, and the header row (repeated at the top of every page the table
 * runs onto) on a light blue. The same for every proposal, so written once.
 */
const TABLE_START =
  '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('') +
  '</w:tblBorders></w:tblPr><w:tblGrid>' +
  COLUMN_TWIPS.map((twips) => `<w:gridCol w:w="${twips}"/>`).join('') +
  '</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>' +
  EXPORT_SV.docxTableHeader
    .map(
      (text, i) =>
        // A percentage is fiftieths of a per cent: 22 % = 1100.
        `<w:tc><w:tcPr><w:tcW w:w="${COLUMN_PERCENT[i] * 50}" w:type="pct"/>` +
        `<w:shd w:val="clear" w:color="auto" w:fill="${HEADER_FILL}"/></w:tcPr>${paragraph(run(text, BOLD))}</w:tc>`,
    )
    .join('') +
  '</w:tr>';

// Each body cell states its column's width too: without one, Word's autofit may size columns by their content.
const CELL_START = COLUMN_TWIPS.map((twips) => `<w:tc><w:tcPr><w:tcW w:w="${twips}" w:type="dxa"/></w:tcPr>`);
const TEXT_START = '<w:p><w:r><w:t xml:space="preserve">';
const MARKER_START = `<w:p><w:r><w:rPr>${SMALL_ITALIC}</w:rPr><w:t xml:space="preserve">`;
const TEXT_END = '</w:t></w:r></w:p>';

/**
 * One table row, written as the constant markup and the answer's own strings in turn rather than as one string per
 * row: 18,000 rows of new strings are what filled the young generation.
 */
function writeAnswerRow(answer: ExportAnswer, write: XmlSink): void {
  write('<w:tr>');
  write(CELL_START[0]);
  writeText(write, answer.respondent);
  write('</w:tc>');
  write(CELL_START[1]);
  writeText(write, EXPORT_SV.stance[answer.stance]);
  const marker = correctionMarker(answer);
  if (marker) write(`${MARKER_START}${xmlEscaped(marker)}${TEXT_END}`);
  write('</w:tc>');
  write(CELL_START[2]);
  writeText(write, answer.quote, '”', '”');
  write('</w:tc>');
  write(CELL_START[3]);
  writeText(write, answer.file, '', answer.page === null ? '' : `, ${EXPORT_SV.page(answer.page)}`);
  write('</w:tc></w:tr>');
}

/** A paragraph of plain text, `before` and `after` it (the quotation marks, the page) in the same run. */
function writeText(write: XmlSink, text: string, before = '', after = ''): void {
  write(TEXT_START);
  if (before) write(xmlEscaped(before));
  write(xmlEscaped(text));
  if (after) write(xmlEscaped(after));
  write(TEXT_END);
}

function headingParagraph(level: 1 | 2, text: string): string {
  return paragraph(run(xmlText(text).replace(/\s+/g, ' ').trim()), `<w:pStyle w:val="Heading${level}"/>`);
}

function paragraph(runs: string, properties = ''): string {
  return properties ? `<w:p><w:pPr>${properties}</w:pPr>${runs}</w:p>` : `<w:p>${runs}</w:p>`;
}

/** One run of text, verbatim (spaces kept), with run properties such as BOLD. */
function run(text: string, properties = ''): string {
  const rPr = properties ? `<w:rPr>${properties}</w:rPr>` : '';
  return `<w:r>${rPr}<w:t xml:space="preserve">${xmlEscaped(text)}</w:t></w:r>`;
}
