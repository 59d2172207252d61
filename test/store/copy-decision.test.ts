import { type AnswerVersion, decideCopy } from '../../src/store/postgres/copy-decision.js';

// migrate's rule for two versions of one answer (SQLite's and one PostgreSQL holds): ingest's, in the order added.

const at = (day: number) => Date.UTC(2026, 10, day, 8);

function version(overrides: Partial<AnswerVersion> = {}): AnswerVersion {
  return { fileName: 'fss.pdf', addedAt: at(20), hasStances: true, ...overrides };
}

describe('When PostgreSQL holds another version of the answer being copied', () => {
  test('nothing else: the copy is stored', () => {
    expect(decideCopy(version(), [])).toEqual({ action: 'copy' });
  });

  test('an older version: the copy replaces it', () => {
    expect(decideCopy(version(), [version({ fileName: 'fss.docx', addedAt: at(19) })])).toEqual({ action: 'copy' });
  });

  test('a newer version: it is kept and the copy is not stored', () => {
    const newer = version({ fileName: 'fss-ny.txt', addedAt: at(21) });
    expect(decideCopy(version(), [newer])).toEqual({ action: 'keep', kept: newer });
  });

  test('a version added at the same instant: the copy wins, as a save does', () => {
    expect(decideCopy(version(), [version({ fileName: 'fss.docx' })])).toEqual({ action: 'copy' });
  });

  test('a newer cover letter without stances under another name does not beat an answer with stances', () => {
    const letter = version({ fileName: 'protokollsutdrag.pdf', addedAt: at(21), hasStances: false });
    expect(decideCopy(version(), [letter])).toEqual({ action: 'copy' });
  });

  test('a copy without stances does not replace an older answer with stances under another name', () => {
    const answer = version({ fileName: 'svar.pdf', addedAt: at(19) });
    expect(decideCopy(version({ hasStances: false }), [answer])).toEqual({ action: 'keep', kept: answer });
  });

  test('under the same file name the newer version wins even without stances', () => {
    const older = version({ addedAt: at(19) });
    expect(decideCopy(version({ hasStances: false }), [older])).toEqual({ action: 'copy' });
  });
});
