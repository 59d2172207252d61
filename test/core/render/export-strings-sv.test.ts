import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_SV } from '../../../src/core/render/export-strings-sv.js';

const S = EXPORT_SV.slack;

describe('the Slack export messages', () => {
  test('the example names a remiss by its short id, not a remiss known only by a long title', () => {
    const known = ['Förslag till nationell plan för hälso- och sjukvårdens kompetensförsörjning', 'SOU 2024:72'];
    const text = S.whichRemiss(known);
    expect(text).toContain('/remiss export SOU 2024:72 docx');
    expect(text).toContain(known[0]);
  });

  test('with only title-named remisser the example uses the shortest', () => {
    expect(S.whichRemiss(['En mycket lång rubrik på en remiss', 'Kort rubrik'])).toContain(
      '/remiss export Kort rubrik docx',
    );
  });

  test('a failed build says it can be tried again and does not talk about changing the database', () => {
    expect(S.failed).toMatch(/försök igen/i);
    expect(S.failed).not.toMatch(/databasen har ändrats/);
  });

  test('the upload refusal gives advice that works in a direct message too', () => {
    expect(S.notInChannel).toMatch(/\/invite @remiss/);
    expect(S.notInChannel).toMatch(/direktmeddelande|privat/);
  });

  test('the upload refusal suggests only what the app allows: no message to the app while its Messages tab is off', () => {
    const manifest = readFileSync(join(__dirname, '..', '..', '..', 'manifest.yml'), 'utf8');
    const messagesTab = /messages_tab_enabled:\s*(true|false)/.exec(manifest)?.[1];
    expect(messagesTab).toBe('false');
    expect(S.notInChannel).not.toMatch(/meddelande till mig|skriv till mig|i appen/i);
  });

  test('stances are "ståndpunkter" in every export message, as in the counts', () => {
    const messages = [S.nothingToExport('SOU 2024:72'), S.nothingToExport(null), S.uploaded('SOU 2024:72', 3, 24)];
    for (const m of messages) expect(m).not.toMatch(/ställningstagand/i);
    expect(S.nothingToExport('SOU 2024:72')).toContain('ståndpunkter');
  });
});

describe('the remissammanställning documents', () => {
  test('name a stance "ståndpunkt", as Slack and the CSV do', () => {
    const words = [
      EXPORT_SV.correctedNote,
      EXPORT_SV.sheetStances,
      ...EXPORT_SV.docxTableHeader,
      ...EXPORT_SV.xlsxHeader,
    ];
    for (const w of words) expect(w).not.toMatch(/ställning/i);
    expect(EXPORT_SV.csvHeader).toContain('ståndpunkt');
    expect(EXPORT_SV.xlsxHeader).toContain('Ståndpunkt');
  });
});
