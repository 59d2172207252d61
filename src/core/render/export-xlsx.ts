import ExcelJS from 'exceljs';
import { STANCE_ORDER } from '../search/group-answers.js';
import type { Stance } from '../types.js';
import { heading } from './export-markdown.js';
import { correctionMarker, type ExportAnswer, type ExportRemiss } from './export-model.js';
import { EXPORT_SV } from './export-strings-sv.js';
import { xmlText } from './export-xml-text.js';

/** One light fill per stance (ARGB), the usual traffic-light reading: green for, red against. */
export const STANCE_FILL: Readonly<Record<Stance, string>> = Object.freeze({
  for: 'FFC6EFCE',
  partly: 'FFFFEB9C',
  against: 'FFFFC7CE',
  neutral: 'FFE7E6E6',
});

/** Widths (characters) of the "Ställningstaganden" columns, in the order of EXPORT_SV.xlsxHeader. */
const STANCE_COLUMN_WIDTHS = [14, 9, 40, 30, 17, 80, 28, 6, 9, 24];
const QUOTE_COLUMN = 6;

/**
 * The remissammanställning as a workbook. Sheet "Ställningstaganden": one row per respondent × proposal answer
 * (remiss, förslag, titel, remissinstans, ställning, citat, fil, sida, säkerhet, rättad) with an autofilter and a
 * frozen header. Sheet "Översikt": respondents down, proposals across (number over title), each cell the stance
 * in Swedish on its stance's colour, and a count per stance under the grid. Pure: write it with `xlsx.writeBuffer`.
 */
export function buildExportWorkbook(remisser: readonly ExportRemiss[], created?: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'remiss';
  workbook.title = remisser.length === 1 ? EXPORT_SV.title(remisser[0].id, remisser[0].title) : 'Remissammanställning';
  if (created) workbook.created = workbook.modified = created;
  addStanceSheet(workbook, remisser);
  addOverviewSheet(workbook, remisser);
  return workbook;
}

function addStanceSheet(workbook: ExcelJS.Workbook, remisser: readonly ExportRemiss[]): void {
  const sheet = workbook.addWorksheet(EXPORT_SV.sheetStances, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_SV.xlsxHeader.map((header, i) => ({ header, width: STANCE_COLUMN_WIDTHS[i] }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(QUOTE_COLUMN).alignment = { wrapText: true, vertical: 'top' };
  for (const remiss of remisser) {
    for (const proposal of remiss.proposals) {
      for (const a of proposal.answers) {
        const row = sheet.addRow([
          remiss.id,
          proposal.number ?? '',
          xmlText(proposal.title ?? ''),
          xmlText(a.respondent),
          EXPORT_SV.stance[a.stance],
          xmlText(a.quote),
          xmlText(a.file),
          a.page ?? null,
          EXPORT_SV.confidence[a.confidence],
          correctionMarker(a) ?? '',
        ]);
        row.getCell(5).fill = solid(STANCE_FILL[a.stance]);
      }
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: 10 } };
}

interface GridColumn {
  number: string;
  title: string;
  /** respondent → the answers this respondent gave on the proposal (several quotes can share one proposal). */
  byRespondent: Map<string, ExportAnswer[]>;
}

function addOverviewSheet(workbook: ExcelJS.Workbook, remisser: readonly ExportRemiss[]): void {
  const sheet = workbook.addWorksheet(EXPORT_SV.sheetOverview, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }],
  });
  const several = remisser.length > 1;
  const columns: GridColumn[] = remisser.flatMap((remiss) =>
    remiss.proposals.map((proposal) => {
      const byRespondent = new Map<string, ExportAnswer[]>();
      for (const a of proposal.answers) byRespondent.set(a.respondent, [...(byRespondent.get(a.respondent) ?? []), a]);
      const number = proposal.number ?? '–';
      return {
        number: several ? `${remiss.id} ${number}` : number,
        title: xmlText(heading(proposal)),
        byRespondent,
      };
    }),
  );
  const respondents = [...new Set(columns.flatMap((c) => [...c.byRespondent.keys()]))].sort((a, b) =>
    a.localeCompare(b, 'sv'),
  );

  sheet.getColumn(1).width = 34;
  for (let i = 0; i < columns.length; i++) sheet.getColumn(i + 2).width = 16;
  const numberRow = sheet.addRow([EXPORT_SV.overviewNumber, ...columns.map((c) => c.number)]);
  numberRow.font = { bold: true };
  const titleRow = sheet.addRow([EXPORT_SV.overviewRespondent, ...columns.map((c) => c.title)]);
  titleRow.font = { bold: true };
  titleRow.alignment = { wrapText: true, vertical: 'top' };
  titleRow.height = 90;

  for (const respondent of respondents) {
    const row = sheet.addRow([xmlText(respondent), ...columns.map((c) => gridText(c.byRespondent.get(respondent)))]);
    columns.forEach((c, i) => {
      const answers = c.byRespondent.get(respondent);
      if (answers) row.getCell(i + 2).fill = solid(STANCE_FILL[answers[0].stance]);
    });
  }
  for (const stance of STANCE_ORDER) {
    const row = sheet.addRow([
      EXPORT_SV.overviewTotal(EXPORT_SV.stance[stance]),
      ...columns.map((c) => [...c.byRespondent.values()].filter((answers) => stanceOf(answers) === stance).length),
    ]);
    row.font = { italic: true };
    row.getCell(1).fill = solid(STANCE_FILL[stance]);
  }
}

/** The respondent's stance on one proposal; when their quotes differ, the first in stance order (against first). */
function stanceOf(answers: readonly ExportAnswer[]): Stance {
  return answers[0].stance;
}

/** "avstyrker", "avstyrker / tillstyrker delvis" when quotes differ, "tillstyrker (rättad)" when corrected. */
function gridText(answers: readonly ExportAnswer[] | undefined): string {
  if (!answers) return '';
  const labels = [...new Set(answers.map((a) => EXPORT_SV.stance[a.stance]))].join(' / ');
  return answers.some((a) => a.corrected) ? `${labels} (${EXPORT_SV.corrected()})` : labels;
}

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}
