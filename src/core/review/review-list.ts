import type { AnswerRow } from '../search/group-answers.js';
import type { Stance } from '../types.js';

/** What the review list needs of an answer: a stored answer with corrections applied, as search sees it. */
export type ReviewAnswer = AnswerRow;

/** A response document as the review list sees it (structurally the store's ResponseSummary). */
export interface ReviewDocument {
  documentId: number;
  file: string;
  kind: string;
  remiss: { id: string } | null;
  respondent: string | null;
  tally: Record<Stance, number>;
}

export interface ReviewList {
  /** Low-confidence answers no analyst has corrected yet, by remiss, respondent and proposal. */
  uncertain: ReviewAnswer[];
  /**
   * Response documents with stances whose respondent the parser did not find: their answers are counted under
   * "Okänd remissinstans (fil)", and only a human can say who sent them.
   */
  unattributed: ReviewDocument[];
  /** Response documents where the parser found no stance at all. */
  noStance: ReviewDocument[];
}

const collator = new Intl.Collator('sv-SE');

/**
 * The stances most worth a human look: low confidence first (a corrected one has had its look), then documents
 * with stances but no respondent, then documents with no stance found. `remiss` narrows all three to one remiss.
 */
export function buildReviewList(
  answers: readonly ReviewAnswer[],
  documents: readonly ReviewDocument[],
  remiss?: string,
): ReviewList {
  const uncertain = answers
    .filter((a) => a.confidence === 'low' && !a.corrected && (remiss === undefined || a.remiss === remiss))
    .sort(
      (a, b) =>
        collator.compare(a.remiss, b.remiss) ||
        collator.compare(a.respondent, b.respondent) ||
        collator.compare(a.proposal ?? '', b.proposal ?? '') ||
        a.stanceId - b.stanceId,
    );
  const responses = documents.filter((d) => d.kind !== 'report' && (remiss === undefined || d.remiss?.id === remiss));
  const stances = (d: ReviewDocument) => d.tally.for + d.tally.partly + d.tally.against + d.tally.neutral;
  const unattributed = responses
    .filter((d) => d.respondent === null && stances(d) > 0)
    .sort((a, b) => collator.compare(a.file, b.file));
  const noStance = responses
    .filter((d) => stances(d) === 0)
    .sort((a, b) => collator.compare(a.respondent ?? a.file, b.respondent ?? b.file));
  return { uncertain, unattributed, noStance };
}
