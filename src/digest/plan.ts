/**
 * What the daily digest says: the responses added in (since, until], each with its tally and the proposals
 * it avstyrker, and per remiss the proposals those responses touch where respondents now stand on both sides,
 * the most contested first.
 */
import type { DigestPlan } from '../core/render/blocks-digest.js';
import { rankContested } from '../core/render/blocks-home.js';
import { compareSortKeys, proposalSortKey } from '../core/search/answer-order.js';
import { tallyOf } from '../core/search/group-answers.js';
import { correctedAnswers } from '../search/corrections.js';
import type { ResponseSummary, Store, StoredAnswer } from '../store/store.js';

/** Pure: the plan from the new responses and every stored answer of the remisser they answer. */
export function buildDigestPlan(
  since: Date | null,
  responses: readonly ResponseSummary[],
  answersByRemiss: ReadonlyMap<string, readonly StoredAnswer[]>,
): DigestPlan {
  const newDocs = new Set(responses.map((r) => r.documentId));
  const entries = withCorrectedTallies(responses, answersByRemiss).map((r) => {
    const answers = r.remiss ? (answersByRemiss.get(r.remiss.id) ?? []) : [];
    const against = answers
      .filter((a) => a.documentId === r.documentId && a.stance === 'against')
      .sort((a, b) => compareSortKeys(proposalSortKey(a.proposal, a.title), proposalSortKey(b.proposal, b.title)))
      .map(({ proposal, title }) => ({ proposal, title }));
    return { respondent: r.respondent, remiss: r.remiss?.id ?? null, file: r.file, tally: r.tally, against };
  });
  // An objection is what an analyst acts on: the responses that avstyrker most first (stable: else as added).
  entries.sort((a, b) => b.against.length - a.against.length);
  const conflicts: DigestPlan['conflicts'] = [];
  for (const [remiss, answers] of answersByRemiss) {
    const touched = new Map<string, StoredAnswer[]>();
    for (const a of answers) {
      const key = a.proposal ?? `title:${a.title ?? ''}`;
      touched.set(key, [...(touched.get(key) ?? []), a]);
    }
    const proposals = [...touched.values()]
      .filter((list) => list.some((a) => newDocs.has(a.documentId)))
      .map((list) => ({ proposal: list[0].proposal, title: list[0].title, tally: tallyOf(list) }))
      .filter((p) => p.tally.against > 0 && p.tally.for + p.tally.partly > 0);
    if (proposals.length > 0) conflicts.push({ remiss, proposals: rankContested(proposals) });
  }
  conflicts.sort((a, b) => b.proposals.length - a.proposals.length);
  return { since, entries, conflicts };
}

/**
 * Pure: each response's tally counted from its answers as users see them (`answersByRemiss` holds every answer
 * of the response's remiss, corrections applied), not the parse's count the store keeps. Every stance of a
 * document carries the document's remiss, so without corrections the count is the store's.
 */
export function withCorrectedTallies(
  responses: readonly ResponseSummary[],
  answersByRemiss: ReadonlyMap<string, readonly StoredAnswer[]>,
): ResponseSummary[] {
  return responses.map((r) => {
    const answers = r.remiss ? answersByRemiss.get(r.remiss.id) : undefined;
    return answers ? { ...r, tally: tallyOf(answers.filter((a) => a.documentId === r.documentId)) } : r;
  });
}

/** Every answer of these responses' remisser, analysts' corrections applied: what the digest counts from. */
export async function correctedAnswersOf(
  store: Store,
  responses: readonly ResponseSummary[],
): Promise<Map<string, StoredAnswer[]>> {
  const remisser = [...new Set(responses.flatMap((r) => (r.remiss ? [r.remiss.id] : [])))];
  const answersByRemiss = new Map<string, StoredAnswer[]>();
  // Corrected by analysts where they have been: the disagreement the digest reports is what users see.
  for (const remiss of remisser) answersByRemiss.set(remiss, await correctedAnswers(store, remiss));
  return answersByRemiss;
}

/** Loads what `buildDigestPlan` needs. Responses added exactly at `since` were in the previous digest. */
export async function loadDigestPlan(store: Store, since: Date | null, until: Date): Promise<DigestPlan> {
  const all = await store.responsesAddedSince(since ?? new Date(0));
  const responses = all.filter((r) => {
    const at = Date.parse(r.addedAt);
    return r.kind === 'response' && (since === null || at > since.getTime()) && at <= until.getTime();
  });
  return buildDigestPlan(since, responses, await correctedAnswersOf(store, responses));
}
