import { buildReviewList, type ReviewAnswer, type ReviewDocument } from '../../../src/core/review/review-list.js';

function answer(overrides: Partial<ReviewAnswer>): ReviewAnswer {
  return {
    stanceId: 1,
    documentId: 1,
    remiss: 'SOU 2024:72',
    proposal: '7.2.2',
    title: null,
    respondent: 'Vision',
    stance: 'partly',
    quote: 'Vision välkomnar en nationell ledarskapsutbildning men anser att den ska omfatta alla chefer.',
    file: 'vision.txt',
    page: 1,
    confidence: 'low',
    reason: 'topic matched',
    ...overrides,
  };
}

function document(overrides: Partial<ReviewDocument>): ReviewDocument {
  return {
    documentId: 9,
    file: 'tomt.txt',
    kind: 'response',
    remiss: { id: 'SOU 2024:72' },
    respondent: 'Konstruerad myndighet',
    tally: { for: 0, partly: 0, against: 0, neutral: 0 },
    ...overrides,
  };
}

describe('When building the review list', () => {
  test('only low-confidence answers are listed, ordered by respondent', () => {
    const list = buildReviewList(
      [
        answer({ stanceId: 1, respondent: 'Åstorps kommun' }),
        answer({ stanceId: 2, confidence: 'high' }),
        answer({ stanceId: 3, respondent: 'Vision' }),
      ],
      [],
    );
    expect(list.uncertain.map((a) => a.stanceId)).toEqual([3, 1]);
  });

  test('an answer an analyst already corrected is not listed again', () => {
    const list = buildReviewList([answer({ corrected: { by: 'U0ANNA', at: '2026-11-23T10:00:00Z' } })], []);
    expect(list.uncertain).toEqual([]);
  });

  test('documents with no stance are listed, documents with stances and reports are not', () => {
    const list = buildReviewList(
      [],
      [
        document({ documentId: 1 }),
        document({ documentId: 2, tally: { for: 1, partly: 0, against: 0, neutral: 0 } }),
        document({ documentId: 3, kind: 'report' }),
      ],
    );
    expect(list.noStance.map((d) => d.documentId)).toEqual([1]);
  });

  test('a remiss narrows the lists', () => {
    const list = buildReviewList(
      [answer({ remiss: 'Ds 2099:1' })],
      [document({ remiss: { id: 'Ds 2099:1' } })],
      'SOU 2024:72',
    );
    expect(list).toEqual({ uncertain: [], unattributed: [], noStance: [] });
  });
});

describe('When a remissvar has stances but no respondent was found', () => {
  test('it is listed for review, apart from the documents without stances', () => {
    const list = buildReviewList(
      [],
      [
        document({
          documentId: 1,
          respondent: null,
          file: 'b.pdf',
          tally: { for: 1, partly: 0, against: 1, neutral: 0 },
        }),
        document({
          documentId: 2,
          respondent: null,
          file: 'a.pdf',
          tally: { for: 0, partly: 0, against: 1, neutral: 0 },
        }),
        document({ documentId: 3, respondent: 'Vision', tally: { for: 1, partly: 0, against: 0, neutral: 0 } }),
        document({
          documentId: 4,
          respondent: null,
          kind: 'report',
          tally: { for: 1, partly: 0, against: 0, neutral: 0 },
        }),
        document({ documentId: 5, respondent: null }),
      ],
    );
    expect(list.unattributed.map((d) => d.documentId)).toEqual([2, 1]);
    expect(list.noStance.map((d) => d.documentId)).toEqual([5]);
  });

  test('a remiss narrows it too', () => {
    const other = document({
      respondent: null,
      remiss: { id: 'Ds 2099:1' },
      tally: { for: 1, partly: 0, against: 0, neutral: 0 },
    });
    expect(buildReviewList([], [other], 'SOU 2024:72').unattributed).toEqual([]);
  });
});
