import { STANCE_ORDER } from '../search/group-answers.js';
import type { Stance } from '../types.js';
import { heading } from './export-markdown.js';
import { correctionMarker, type ExportAnswer, type ExportProposal, type ExportRemiss } from './export-model.js';
import { EXPORT_SV } from './export-strings-sv.js';
import {
  CELL_STYLE,
  type ColumnFormat,
  columnName,
  SHEET_END,
  SharedStrings,
  sheetStartXml,
  workbookXml,
  XLSX_STYLES_XML,
} from './export-xlsx-package.js';
import { xmlText } from './export-xml-text.js';
import {
  CORE_PROPERTIES_TYPE,
  contentTypesXml,
  corePropertiesXml,
  officePackageSteps,
  REL,
  relationshipsXml,
  type XmlSink,
} from './office-package.js';
import { runToEnd, type Steps } from './steps.js';

export { STANCE_FILL } from './export-xlsx-package.js';

/** Widths (characters) of the "Ståndpunkter" columns, in the order of EXPORT_SV.xlsxHeader. */
const STANCE_COLUMN_WIDTHS = [14, 9, 40, 30, 17, 80, 28, 6, 9, 24];
const QUOTE_COLUMN = 6;

const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/**
 * The remissammanställning as a workbook. Sheet "Ståndpunkter": one row per respondent × proposal answer
 * (remiss, förslag, titel, remissinstans, ståndpunkt, citat, fil, sida, säkerhet, rättad) with an autofilter and a
 * frozen header. Sheet "Översikt": respondents down, proposals across (number over title), each cell the stance
 * in Swedish on its stance's colour, and a count per stance under the grid. `created` stamps the workbook.
 *
 * SpreadsheetML is written as text, piece by piece, straight into the zip: exceljs kept every cell as an object
 * until it packed (360 MB for 300 × 60 answers), and even its streaming writer made a row of objects per row.
 */
export function renderExportXlsx(remisser: readonly ExportRemiss[], created?: Date): Uint8Array {
  return runToEnd(renderExportXlsxSteps(remisser, created));
}

/** The same workbook built a step at a time (officePackageSteps): a caller may pause between steps. */
export function* renderExportXlsxSteps(remisser: readonly ExportRemiss[], created?: Date): Steps<Uint8Array> {
  const grid = yield* overviewGrid(remisser);
  const strings = new SharedStrings();
  const answers = remisser.reduce((n, r) => n + r.proposals.reduce((m, p) => m + p.answers.length, 0), 0);
  const title = remisser.length === 1 ? EXPORT_SV.title(remisser[0].id, remisser[0].title) : 'Remissammanställning';
  return yield* officePackageSteps(
    [
      {
        name: '[Content_Types].xml',
        xml: contentTypesXml({
          '/xl/workbook.xml': `${SHEET_TYPE}.sheet.main+xml`,
          '/xl/worksheets/sheet1.xml': `${SHEET_TYPE}.worksheet+xml`,
          '/xl/worksheets/sheet2.xml': `${SHEET_TYPE}.worksheet+xml`,
          '/xl/styles.xml': `${SHEET_TYPE}.styles+xml`,
          '/xl/sharedStrings.xml': `${SHEET_TYPE}.sharedStrings+xml`,
          '/docProps/core.xml': CORE_PROPERTIES_TYPE,
        }),
      },
      {
        name: '_rels/.rels',
        xml: relationshipsXml([
          { type: REL.officeDocument, target: 'xl/workbook.xml' },
          { type: REL.coreProperties, target: 'docProps/core.xml' },
        ]),
      },
      { name: 'docProps/core.xml', xml: corePropertiesXml({ title, created }) },
      { name: 'xl/workbook.xml', xml: workbookXml([EXPORT_SV.sheetStances, EXPORT_SV.sheetOverview], answers + 1) },
      {
        name: 'xl/_rels/workbook.xml.rels',
        xml: relationshipsXml([
          { type: REL.worksheet, target: 'worksheets/sheet1.xml' },
          { type: REL.worksheet, target: 'worksheets/sheet2.xml' },
          { type: REL.styles, target: 'styles.xml' },
          { type: REL.sharedStrings, target: 'sharedStrings.xml' },
        ]),
      },
      { name: 'xl/styles.xml', xml: XLSX_STYLES_XML },
      { name: 'xl/worksheets/sheet1.xml', xml: (write) => writeStanceSheet(remisser, answers + 1, strings, write) },
      { name: 'xl/worksheets/sheet2.xml', xml: (write) => writeOverviewSheet(grid, strings, write) },
      { name: 'xl/sharedStrings.xml', xml: (write) => strings.write(write) },
    ],
    created,
  );
}

/**
 * Writes a sheet's cells. One per sheet, with the current row's number kept as a string, so a cell costs no new
 * strings beyond its value: 180,000 cells of new strings are what filled the young generation.
 */
class CellWriter {
  private row = '';

  constructor(
    readonly write: XmlSink,
    private readonly strings: SharedStrings,
  ) {}

  startRow(row: number, attributes = ''): void {
    this.row = String(row);
    this.write(`<row r="${this.row}"${attributes}>`);
  }

  endRow(): void {
    this.write('</row>');
  }

  /** A shared-string cell; '' is no cell at all, as a cell left empty in Excel. */
  text(column: number, text: string, style: number = CELL_STYLE.plain): void {
    if (text === '') return;
    this.start(column, style);
    this.write(' t="s"><v>');
    this.write(String(this.strings.id(text)));
    this.write('</v></c>');
  }

  number(column: number, value: number, style: number = CELL_STYLE.plain): void {
    this.start(column, style);
    this.write('><v>');
    this.write(String(value));
    this.write('</v></c>');
  }

  private start(column: number, style: number): void {
    this.write('<c r="');
    this.write(COLUMN_NAMES[column] ?? columnName(column));
    this.write(this.row);
    if (style !== CELL_STYLE.plain) this.write(STYLE_ATTRIBUTES[style]);
    this.write('"');
  }
}

const COLUMN_NAMES = Array.from({ length: 128 }, (_, i) => columnName(i));
// Closes the r attribute and opens s: `" s="3`, so start() writes no new string.
const STYLE_ATTRIBUTES = Array.from({ length: 32 }, (_, style) => `" s="${style}`);

/** Sheet "Ståndpunkter"; yields after each row. */
function* writeStanceSheet(
  remisser: readonly ExportRemiss[],
  rows: number,
  strings: SharedStrings,
  write: XmlSink,
): Generator<void> {
  const columns: ColumnFormat[] = STANCE_COLUMN_WIDTHS.map((width, i) => ({
    min: i + 1,
    width,
    style: i + 1 === QUOTE_COLUMN ? CELL_STYLE.wrapTop : undefined,
  }));
  write(sheetStartXml({ columns: 0, rows: 1 }, columns));
  const cells = new CellWriter(write, strings);
  cells.startRow(1);
  for (const [i, header] of EXPORT_SV.xlsxHeader.entries()) {
    cells.text(i + 1, header, i + 1 === QUOTE_COLUMN ? CELL_STYLE.boldWrapTop : CELL_STYLE.bold);
  }
  cells.endRow();
  let row = 1;
  for (const remiss of remisser) {
    for (const proposal of remiss.proposals) {
      const title = xmlText(proposal.title ?? '');
      for (const a of proposal.answers) {
        cells.startRow(++row);
        cells.text(1, remiss.id);
        cells.text(2, proposal.number ?? '');
        cells.text(3, title);
        cells.text(4, xmlText(a.respondent));
        cells.text(5, EXPORT_SV.stance[a.stance], CELL_STYLE.fill(a.stance));
        cells.text(6, xmlText(a.quote), CELL_STYLE.wrapTop);
        cells.text(7, xmlText(a.file));
        if (a.page !== null) cells.number(8, a.page);
        cells.text(9, EXPORT_SV.confidence[a.confidence]);
        cells.text(10, correctionMarker(a) ?? '');
        cells.endRow();
        yield;
      }
    }
  }
  write(`</sheetData><autoFilter ref="A1:J${rows}"/>${SHEET_END}</worksheet>`);
}

interface GridColumn {
  number: string;
  title: string;
  /** respondent → the answers this respondent gave on the proposal (several quotes can share one proposal). */
  byRespondent: Map<string, ExportAnswer[]>;
  /** How many respondents took each stance (stanceOf), for the counts under the grid. */
  counts: Record<Stance, number>;
}

/** Sheet "Översikt": one column per proposal, one row per respondent. */
interface OverviewGrid {
  columns: GridColumn[];
  /** Everyone who answered any proposal, in Swedish alphabetical order. */
  respondents: string[];
}

/**
 * The overview's answers indexed by proposal and respondent, a step per proposal: 18,000 answers indexed in one go
 * held the event loop for 15–20 ms.
 */
function* overviewGrid(remisser: readonly ExportRemiss[]): Steps<OverviewGrid> {
  const several = remisser.length > 1;
  const columns: GridColumn[] = [];
  const respondents = new Set<string>();
  for (const remiss of remisser) {
    for (const proposal of remiss.proposals) {
      const column = gridColumn(several ? `${remiss.id} ` : '', proposal);
      for (const respondent of column.byRespondent.keys()) respondents.add(respondent);
      columns.push(column);
      yield;
    }
  }
  return { columns, respondents: [...respondents].sort((a, b) => a.localeCompare(b, 'sv')) };
}

/** `prefix` is the remiss ("SOU 2024:72 ") when the workbook holds several. */
function gridColumn(prefix: string, proposal: ExportProposal): GridColumn {
  const byRespondent = new Map<string, ExportAnswer[]>();
  for (const a of proposal.answers) {
    const answers = byRespondent.get(a.respondent);
    if (answers) answers.push(a);
    else byRespondent.set(a.respondent, [a]);
  }
  const counts: Record<Stance, number> = { for: 0, partly: 0, against: 0, neutral: 0 };
  for (const answers of byRespondent.values()) counts[stanceOf(answers)]++;
  return { number: `${prefix}${proposal.number ?? '–'}`, title: xmlText(heading(proposal)), byRespondent, counts };
}

/** Sheet "Översikt"; yields after each row. */
function* writeOverviewSheet(grid: OverviewGrid, strings: SharedStrings, write: XmlSink): Generator<void> {
  const { columns, respondents } = grid;
  const widths: ColumnFormat[] = [{ min: 1, width: 34 }];
  if (columns.length > 0) widths.push({ min: 2, max: columns.length + 1, width: 16 });
  write(sheetStartXml({ columns: 1, rows: 2 }, widths));
  const cells = new CellWriter(write, strings);
  cells.startRow(1);
  cells.text(1, EXPORT_SV.overviewNumber, CELL_STYLE.bold);
  for (const [i, c] of columns.entries()) cells.text(i + 2, c.number, CELL_STYLE.bold);
  cells.endRow();
  cells.startRow(2, ' ht="90" customHeight="1"');
  cells.text(1, EXPORT_SV.overviewRespondent, CELL_STYLE.boldWrapTop);
  for (const [i, c] of columns.entries()) cells.text(i + 2, c.title, CELL_STYLE.boldWrapTop);
  cells.endRow();

  let row = 2;
  for (const respondent of respondents) {
    cells.startRow(++row);
    cells.text(1, xmlText(respondent));
    for (let i = 0; i < columns.length; i++) {
      const answers = columns[i].byRespondent.get(respondent);
      if (answers) cells.text(i + 2, gridText(answers), CELL_STYLE.fill(stanceOf(answers)));
    }
    cells.endRow();
    yield;
  }
  for (const stance of STANCE_ORDER) {
    cells.startRow(++row);
    cells.text(1, EXPORT_SV.overviewTotal(EXPORT_SV.stance[stance]), CELL_STYLE.italicFill(stance));
    for (const [i, c] of columns.entries()) cells.number(i + 2, c.counts[stance], CELL_STYLE.italic);
    cells.endRow();
  }
  write(`</sheetData>${SHEET_END}</worksheet>`);
}

/** The respondent's stance on one proposal; when their quotes differ, the first in stance order (against first). */
function stanceOf(answers: readonly ExportAnswer[]): Stance {
  return answers[0].stance;
}

/** "avstyrker", "avstyrker / tillstyrker delvis" when quotes differ, "tillstyrker (rättad)" when corrected. */
function gridText(answers: readonly ExportAnswer[]): string {
  if (answers.length === 1 && !answers[0].corrected) return EXPORT_SV.stance[answers[0].stance];
  const labels = [...new Set(answers.map((a) => EXPORT_SV.stance[a.stance]))].join(' / ');
  return answers.some((a) => a.corrected) ? `${labels} (${EXPORT_SV.corrected()})` : labels;
}
