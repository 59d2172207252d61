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
});
