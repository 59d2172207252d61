import { parseExportCommand, resolveRemiss } from '../../../src/core/export/export-request.js';
import { exportFileName } from '../../../src/core/render/export-file.js';

const KNOWN = [
  { id: 'SOU 2024:72', title: 'Stärkt medicinsk kompetens i kommunal hälso- och sjukvård' },
  { id: 'Förslag till nationell plan', title: 'Förslag till nationell plan' },
];

describe('When "/remiss export …" is parsed', () => {
  test('"export SOU 2024:72 docx" names the remiss and the format', () => {
    expect(parseExportCommand('export SOU 2024:72 docx')).toEqual({ remiss: 'SOU 2024:72', format: 'docx' });
  });

  test('the format may come first and in capitals', () => {
    expect(parseExportCommand('export XLSX SOU 2024:72')).toEqual({ remiss: 'SOU 2024:72', format: 'xlsx' });
  });

  test('"exportera" works as well as "export"', () => {
    expect(parseExportCommand('exportera SOU 2024:72 csv')).toEqual({ remiss: 'SOU 2024:72', format: 'csv' });
  });

  test('without a format the export is a Word document', () => {
    expect(parseExportCommand('export SOU 2024:72')).toEqual({ remiss: 'SOU 2024:72', format: 'docx' });
  });

  test('bare "export" leaves the remiss empty', () => {
    expect(parseExportCommand('export')).toEqual({ remiss: '', format: 'docx' });
  });

  test('a search for a word that starts with "export" is not an export', () => {
    expect(parseExportCommand('exportverksamhet')).toBeNull();
  });

  test('a format we cannot make is named back, not taken as part of the remiss', () => {
    expect(parseExportCommand('export SOU 2024:72 pdf')).toEqual({
      remiss: 'SOU 2024:72',
      format: 'docx',
      unsupportedFormat: 'pdf',
    });
  });

  test('".xlsx" with a dot is read as xlsx', () => {
    expect(parseExportCommand('export SOU 2024:72 .xlsx')).toEqual({ remiss: 'SOU 2024:72', format: 'xlsx' });
  });

  test('"export av läkemedel" is a search for those words, not an export of a remiss called "av läkemedel"', () => {
    expect(parseExportCommand('export av läkemedel')).toBeNull();
    expect(parseExportCommand('exportera till EU')).toBeNull();
  });

  test('a lower-case remiss id or a named format still makes an export', () => {
    expect(parseExportCommand('export sou 2024:72')).toEqual({ remiss: 'sou 2024:72', format: 'docx' });
    expect(parseExportCommand('export förslag till nationell plan xlsx')).toEqual({
      remiss: 'förslag till nationell plan',
      format: 'xlsx',
    });
    expect(parseExportCommand('export Förslag till nationell plan')).toEqual({
      remiss: 'Förslag till nationell plan',
      format: 'docx',
    });
  });

  test('a search query is not an export', () => {
    expect(parseExportCommand('7.2.2')).toBeNull();
  });
});

describe('When the remiss of an export is looked up', () => {
  test('the exact id is found', () => {
    expect(resolveRemiss('SOU 2024:72', KNOWN)?.id).toBe('SOU 2024:72');
  });

  test('case and spacing do not matter', () => {
    expect(resolveRemiss('sou  2024:72', KNOWN)?.id).toBe('SOU 2024:72');
  });

  test('an unknown remiss is null', () => {
    expect(resolveRemiss('SOU 1999:1', KNOWN)).toBeNull();
  });

  test('no remiss named picks the only one there is', () => {
    expect(resolveRemiss('', [KNOWN[0]])?.id).toBe('SOU 2024:72');
  });

  test('no remiss named among several is null', () => {
    expect(resolveRemiss('', KNOWN)).toBeNull();
  });
});

describe('When an export file is named', () => {
  test('"SOU 2024:72" as DOCX is remissammanstallning-SOU-2024-72.docx', () => {
    expect(exportFileName('SOU 2024:72', 'docx')).toBe('remissammanstallning-SOU-2024-72.docx');
  });

  test('a remiss known by its title loses diacritics and punctuation', () => {
    expect(exportFileName('Stärkt kompetens – förslag', 'xlsx')).toBe(
      'remissammanstallning-Starkt-kompetens-forslag.xlsx',
    );
  });

  test('several remisser give the plain name', () => {
    expect(exportFileName(undefined, 'xlsx')).toBe('remissammanstallning.xlsx');
  });
});
