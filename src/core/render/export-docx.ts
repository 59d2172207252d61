import {
  Document,
  HeadingLevel,
  type ISectionOptions,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { heading, renderExportTally } from './export-markdown.js';
import { correctionMarker, type ExportAnswer, type ExportProposal, type ExportRemiss } from './export-model.js';
import { EXPORT_SV } from './export-strings-sv.js';
import { xmlText } from './export-xml-text.js';

/** Column shares of the respondent table (remissinstans, ställning, citat, källa), in per cent of the page width. */
const COLUMN_PERCENT = [22, 15, 45, 18];
/** A4 (11,906 twips) less the default 1-inch margins: the width the table's grid shares out. */
const TEXT_WIDTH_TWIPS = 11906 - 2 * 1440;
const HEADER_FILL = 'D9E2F3';

/**
 * The remissammanställning as a Word document: one Heading 1 per remiss with the basis line, one Heading 2 per
 * proposal ("Remissen som helhet" first, title-only proposals last, as ordered by the model) with the tally in
 * Swedish and a table of respondents: stance, verbatim quote, file and page. A corrected stance carries
 * "rättad av … <day>" under it. `date` is printed as given ("2026-11-23"). Pure: pack it with `Packer.toBuffer`.
 */
export function buildExportDocx(remisser: readonly ExportRemiss[], date: string): Document {
  const first = remisser.length === 1 ? remisser[0] : undefined;
  const documentTitle = first
    ? EXPORT_SV.title(first.id || EXPORT_SV.unknownRemiss, first.title)
    : 'Remissammanställning';
  const children: ISectionOptions['children'][number][] =
    remisser.length === 0 ? [new Paragraph(EXPORT_SV.empty)] : remisser.flatMap((remiss) => remissBlock(remiss, date));
  return new Document({
    creator: 'remiss',
    title: documentTitle,
    description: remisser.map((r) => r.id).join(', '),
    sections: [{ children }],
  });
}

function remissBlock(remiss: ExportRemiss, date: string): Array<Paragraph | Table> {
  const blocks: Array<Paragraph | Table> = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      text: inline(EXPORT_SV.title(remiss.id || EXPORT_SV.unknownRemiss, remiss.title)),
    }),
    new Paragraph(EXPORT_SV.basis(remiss.responses, remiss.stances, date)),
  ];
  if (remiss.proposals.some((p) => p.answers.some((a) => a.corrected))) {
    blocks.push(new Paragraph({ children: [new TextRun({ text: EXPORT_SV.correctedNote, italics: true })] }));
  }
  for (const proposal of remiss.proposals) blocks.push(...proposalBlock(proposal));
  return blocks;
}

function proposalBlock(proposal: ExportProposal): Array<Paragraph | Table> {
  const title = new Paragraph({ heading: HeadingLevel.HEADING_2, text: inline(heading(proposal)) });
  if (proposal.answers.length === 0) return [title, new Paragraph(EXPORT_SV.noAnswers)];
  const tally = new Paragraph({
    children: [new TextRun({ text: renderExportTally(proposal.tally), bold: true })],
    spacing: { after: 120 },
  });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: COLUMN_PERCENT.map((percent) => Math.round((TEXT_WIDTH_TWIPS * percent) / 100)),
    rows: [headerRow(), ...proposal.answers.map(answerRow)],
  });
  return [title, tally, table];
}

/** Repeated at the top of every page the table runs onto. */
function headerRow(): TableRow {
  return new TableRow({
    tableHeader: true,
    children: EXPORT_SV.docxTableHeader.map(
      (text, i) =>
        new TableCell({
          width: { size: COLUMN_PERCENT[i], type: WidthType.PERCENTAGE },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
          children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })],
        }),
    ),
  });
}

function answerRow(answer: ExportAnswer): TableRow {
  const stance = [new Paragraph(EXPORT_SV.stance[answer.stance])];
  const marker = correctionMarker(answer);
  if (marker) stance.push(new Paragraph({ children: [new TextRun({ text: marker, italics: true, size: 18 })] }));
  const source = answer.page === null ? answer.file : `${answer.file}, ${EXPORT_SV.page(answer.page)}`;
  return new TableRow({
    children: [
      cell([new Paragraph(xmlText(answer.respondent))]),
      cell(stance),
      cell([new Paragraph(`”${xmlText(answer.quote)}”`)]),
      cell([new Paragraph(xmlText(source))]),
    ],
  });
}

// Body cells carry no width of their own: the table's grid (columnWidths) sets the columns, and a width element in
// each of 72,000 cells costs about a fifth of the peak memory of a 300 × 60 export.
function cell(children: Paragraph[]): TableCell {
  return new TableCell({ children });
}

function inline(text: string): string {
  return xmlText(text).replace(/\s+/g, ' ').trim();
}
