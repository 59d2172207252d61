import { buildDigestPlan } from '../../src/digest/plan.js';
import type { ResponseSummary, StoredAnswer } from '../../src/store/store.js';
import { answer } from '../helpers/fake-slack-results.js';

const REMISS = 'SOU 2024:72';

function summary(documentId: number, respondent: string): ResponseSummary {
  return {
    documentId,
    file: `${documentId}.txt`,
    kind: 'response',
    remiss: { id: REMISS, title: null },
    respondent,
    addedAt: '2026-11-24T06:00:00Z',
    tally: { for: 1, partly: 0, against: 1, neutral: 0 },
  };
}

function stored(documentId: number, proposal: string, stance: StoredAnswer['stance']): StoredAnswer {
  return {
    ...answer({ documentId, stance, stanceId: documentId * 100 + Number(proposal.replace(/\D/g, '')) }),
    remiss: REMISS,
    proposal,
    title: `Förslag ${proposal}`,
    addedAt: '2026-11-24T06:00:00Z',
  };
}

describe('When Åstorps kommun (new) avstyrker 7.2.2, which Vision (old) tillstyrker', () => {
  const answers = new Map([
    [
      REMISS,
      [
        stored(1, '7.2.2', 'for'),
        stored(2, '7.2.2', 'against'),
        stored(2, '4.1', 'for'),
        stored(1, '5.4', 'against'),
        stored(3, '5.4', 'for'),
      ],
    ],
  ]);
  const plan = buildDigestPlan(new Date('2026-11-23T07:00:00Z'), [summary(2, 'Åstorps kommun')], answers);

  test('the entry lists the proposals the new response avstyrker', () => {
    expect(plan.entries).toEqual([
      expect.objectContaining({
        respondent: 'Åstorps kommun',
        remiss: REMISS,
        against: [{ proposal: '7.2.2', title: 'Förslag 7.2.2' }],
      }),
    ]);
  });

  test('7.2.2 is a disagreement: the new response touches it and both sides are present', () => {
    expect(plan.conflicts).toEqual([
      {
        remiss: REMISS,
        proposals: [
          { proposal: '7.2.2', title: 'Förslag 7.2.2', tally: { for: 1, partly: 0, against: 1, neutral: 0 } },
        ],
      },
    ]);
  });

  test('5.4 is disputed too, but not by a new response, so it is left out', () => {
    expect(JSON.stringify(plan.conflicts)).not.toContain('5.4');
  });
});

describe('What matters comes first', () => {
  // Three new responses: 1 objects to nothing, 2 to one proposal, 3 to two. Old response 9 supports everything.
  const answers = new Map([
    [
      REMISS,
      [
        stored(1, '4.1', 'for'),
        stored(2, '4.1', 'against'),
        stored(3, '4.1', 'against'),
        stored(3, '7.10', 'against'),
        stored(9, '4.1', 'for'),
        stored(9, '7.10', 'for'),
        stored(9, '7.9', 'for'),
        stored(1, '7.9', 'against'),
      ],
    ],
  ]);
  const plan = buildDigestPlan(null, [summary(1, 'Ett'), summary(2, 'Två'), summary(3, 'Tre')], answers);

  test('the responses that avstyrker most come first, the rest in the order they were added', () => {
    expect(plan.entries.map((e) => e.respondent)).toEqual(['Tre', 'Ett', 'Två']);
  });

  test('the most contested proposals come first, ties in section order (7.9 before 7.10)', () => {
    // 4.1: 2 for, 2 against; 7.9 and 7.10: 1 for, 1 against.
    expect(plan.conflicts[0].proposals.map((p) => p.proposal)).toEqual(['4.1', '7.9', '7.10']);
  });
});

describe('When nothing is new', () => {
  test('the plan has no entries', () => {
    expect(buildDigestPlan(null, [], new Map()).entries).toEqual([]);
  });
});

describe('When an analyst corrected a stance of a new response', () => {
  // The store's tally is the parse's (1 for, 1 against); the answers are the corrected ones, as loadDigestPlan
  // passes them: 7.2.2 is now "tillstyrker".
  const answers = new Map([[REMISS, [stored(2, '7.2.2', 'for'), stored(2, '4.1', 'for'), stored(1, '7.2.2', 'for')]]]);
  const plan = buildDigestPlan(null, [summary(2, 'Åstorps kommun')], answers);

  test('the tally counts the corrected stances, so it agrees with the list of objections', () => {
    expect(plan.entries[0].tally).toEqual({ for: 2, partly: 0, against: 0, neutral: 0 });
    expect(plan.entries[0].against).toEqual([]);
  });
});
