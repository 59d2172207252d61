import type { Stance } from '../types.js';
import { xmlEscaped } from './export-xml-text.js';
import { XML_DECLARATION, type XmlSink } from './office-package.js';

export const SHEET_NAMESPACE = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** One light fill per stance (ARGB), the usual traffic-light reading: green for, red against. */
export const STANCE_FILL: Readonly<Record<Stance, string>> = Object.freeze({
  for: 'FFC6EFCE',
  partly: 'FFFFEB9C',
  against: 'FFFFC7CE',
  neutral: 'FFE7E6E6',
});

const FILLED: readonly Stance[] = ['for', 'partly', 'against', 'neutral'];
const FONT = { plain: 0, bold: 1, italic: 2 } as const;

interface CellFormat {
  font?: number;
  /** Index into FILLED. */
  fill?: number;
  wrapTop?: boolean;
}

// The cell formats (cellXfs) in styles.xml; a cell's s="…" is its index here.
const FORMATS: readonly CellFormat[] = [
  {},
  { wrapTop: true },
  { font: FONT.bold },
  { font: FONT.bold, wrapTop: true },
  ...FILLED.map((_, fill) => ({ fill })),
  { font: FONT.italic },
  ...FILLED.map((_, fill) => ({ font: FONT.italic, fill })),
];

/** Cell format ids: bold headers, wrapped quotes, a stance's fill, the italic count rows under the grid. */
export const CELL_STYLE = Object.freeze({
  plain: 0,
  wrapTop: 1,
  bold: 2,
  boldWrapTop: 3,
  fill: (stance: Stance) => 4 + FILLED.indexOf(stance),
  italic: 4 + FILLED.length,
  italicFill: (stance: Stance) => 5 + FILLED.length + FILLED.indexOf(stance),
});

function fontXml(style: string): string {
  return `<font>${style}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
}

function formatXml({ font = 0, fill, wrapTop }: CellFormat): string {
  const fillId = fill === undefined ? 0 : fill + 2;
  const applied = `${font ? ' applyFont="1"' : ''}${fill === undefined ? '' : ' applyFill="1"'}`;
  const xf = `<xf numFmtId="0" fontId="${font}" fillId="${fillId}" borderId="0" xfId="0"${applied}`;
  return wrapTop ? `${xf} applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` : `${xf}/>`;
}

/** xl/styles.xml: Calibri 11 plain, bold and italic; the two fills Excel reserves, then one per stance. */
export const XLSX_STYLES_XML =
  `${XML_DECLARATION}<styleSheet xmlns="${SHEET_NAMESPACE}">` +
  `<fonts count="3">${fontXml('')}${fontXml('<b/>')}${fontXml('<i/>')}</fonts>` +
  `<fills count="${2 + FILLED.length}"><fill><patternFill patternType="none"/></fill>` +
  '<fill><patternFill patternType="gray125"/></fill>' +
  FILLED.map(
    (s) => `<fill><patternFill patternType="solid"><fgColor rgb="${STANCE_FILL[s]}"/></patternFill></fill>`,
  ).join('') +
  '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="${FORMATS.length}">${FORMATS.map(formatXml).join('')}</cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * xl/workbook.xml. The filter's hidden name is what Excel itself writes next to a sheet's autoFilter.
 * `filterRows` counts the header row.
 */
export function workbookXml(sheets: readonly string[], filterRows: number): string {
  const items = sheets.map((name, i) => `<sheet name="${xmlEscaped(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const range = `'${sheets[0].replace(/'/g, "''")}'!$A$1:$J$${filterRows}`;
  return (
    `${XML_DECLARATION}<workbook xmlns="${SHEET_NAMESPACE}" xmlns:r="${R_NAMESPACE}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${items.join('')}</sheets>` +
    `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${xmlEscaped(range)}` +
    '</definedName></definedNames></workbook>'
  );
}

/** Opening of a worksheet up to its first row: frozen panes, row height, column widths (and a column's format). */
export function sheetStartXml(frozen: { columns: number; rows: number }, columns: readonly ColumnFormat[]): string {
  const topLeft = `${columnName(frozen.columns + 1)}${frozen.rows + 1}`;
  const pane = frozen.columns > 0 ? 'bottomRight' : 'bottomLeft';
  const xSplit = frozen.columns > 0 ? ` xSplit="${frozen.columns}"` : '';
  const cols = columns.map(
    (c) =>
      `<col min="${c.min}" max="${c.max ?? c.min}" width="${c.width}"${c.style ? ` style="${c.style}"` : ''} customWidth="1"/>`,
  );
  return (
    `${XML_DECLARATION}<worksheet xmlns="${SHEET_NAMESPACE}" xmlns:r="${R_NAMESPACE}">` +
    `<sheetViews><sheetView workbookViewId="0"><pane${xSplit} ySplit="${frozen.rows}" topLeftCell="${topLeft}"` +
    ` activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>` +
    // Excel's row height for Calibri 11; without it LibreOffice fits rows tighter than Excel shows them.
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `${cols.length > 0 ? `<cols>${cols.join('')}</cols>` : ''}<sheetData>`
  );
}

export interface ColumnFormat {
  min: number;
  max?: number;
  /** In characters of the default font. */
  width: number;
  style?: number;
}

/** Excel's defaults, written out as Excel does. */
export const SHEET_END = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** 1 → "A", 26 → "Z", 27 → "AA". */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * The workbook's shared strings: each distinct text is stored once and cells refer to it by number, as Excel
 * does. Remiss, title and stance repeat on every row, so the file stays about as small as before.
 */
export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private uses = 0;

  id(text: string): number {
    this.uses++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(text, id);
    }
    return id;
  }

  /** xl/sharedStrings.xml, written after the sheets have asked for every string; yields after each string. */
  *write(write: XmlSink): Generator<void> {
    write(`${XML_DECLARATION}<sst xmlns="${SHEET_NAMESPACE}" count="${this.uses}" uniqueCount="${this.ids.size}">`);
    for (const text of this.ids.keys()) {
      write(EDGE_SPACE.test(text) ? '<si><t xml:space="preserve">' : '<si><t>');
      write(sheetText(text));
      write('</t></si>');
      yield;
    }
    write('</sst>');
  }
}

const EDGE_SPACE = /^\s|\s$/;
// "_x000D_", the way SpreadsheetML escapes a character, typed as text.
const ESCAPE_LIKE = /_(x[0-9A-Fa-f]{4}_)/g;

/**
 * Cell text for XML. Excel reads "_x000D_" in a cell as a carriage return, so a literal "_x" + four hex digits +
 * "_" gets its underscore written as "_x005F_" and reads back as typed.
 */
export function sheetText(text: string): string {
  return xmlEscaped(text).replace(ESCAPE_LIKE, '_x005F_$1');
}
