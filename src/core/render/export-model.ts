import { type AnswerRow, STANCE_ORDER } from '../search/group-answers.js';
import type { Tally } from '../search/types.js';
import type { Proposal, RemissRef } from '../types.js';
import { compareProposalMarkers } from './export-order.js';
import { EXPORT_SV } from './export-strings-sv.js';
import { runToEnd, type Steps } from './steps.js';

/**
 * What the export needs of a stored answer (core's AnswerRow, so core stays store-free). `corrected` is present
 * when an analyst corrected this answer; the other fields then already hold the corrected values.
 */
export type ExportAnswer = Pick<
  AnswerRow,
  'documentId' | 'remiss' | 'proposal' | 'title' | 'respondent' | 'stance' | 'quote' | 'file' | 'page' | 'confidence'
> & { corrected?: ExportCorrection };

/**
 * What the export shows of a correction: who (the Slack user id as stored) and when (ISO 8601), each if known,
 * as `by`/`at` or under the store's correction names `userId`/`createdAt` (src/core/review/correction.ts), so an
 * answer carrying its stored correction marks itself. Exports take already-corrected answers (the store applies
 * corrections); this only marks them.
 */
export interface ExportCorrection {
  by?: string;
  at?: string;
  userId?: string;
  createdAt?: string;
}

/** "rättad av U0ANNA 2026-11-23" for a corrected answer; null for one as parsed. */
export function correctionMarker(answer: Pick<ExportAnswer, 'corrected'>): string | null {
  const c = answer.corrected;
  return c ? EXPORT_SV.corrected(c.by ?? c.userId, c.at ?? c.createdAt) : null;
}

export interface ExportProposal {
  /** "7.2.2", "*" for the remiss as a whole, null for a title without a number. */
  number: string | null;
  title: string | null;
  tally: Tally;
  /** Grouped by stance (against, partly, for, neutral), then by respondent. */
  answers: ExportAnswer[];
}

export interface ExportRemiss {
  id: string;
  title: string | null;
  responses: number;
  stances: number;
  proposals: ExportProposal[];
}

/**
 * Groups answers into the remissammanställning: per remiss, every catalog proposal in number order (also those
 * nobody commented on), then answers whose proposal is not in the catalog, title-only answers last.
 */
export function buildRemissammanstallning(
  answers: readonly ExportAnswer[],
  catalog: readonly Proposal[],
  remisser: readonly RemissRef[],
): ExportRemiss[] {
  return runToEnd(buildRemissammanstallningSteps(answers, catalog, remisser));
}

/**
 * The same grouping a step at a time: a pass over the answers, 2,000 answers grouped, or one proposal's answers
 * sorted. 18,000 answers grouped and sorted by respondent in Swedish order took 50–100 ms in one go.
 */
export function* buildRemissammanstallningSteps(
  answers: readonly ExportAnswer[],
  catalog: readonly Proposal[],
  remisser: readonly RemissRef[],
): Steps<ExportRemiss[]> {
  const ids = new Set([...answers.map((a) => a.remiss), ...catalog.map((p) => p.remiss)]);
  const model: ExportRemiss[] = [];
  for (const id of [...ids].sort(compareRemiss)) {
    const own = answers.filter((a) => a.remiss === id);
    yield;
    model.push({
      id,
      title: remisser.find((r) => r.id === id)?.title ?? null,
      responses: new Set(own.map((a) => a.documentId)).size,
      stances: own.length,
      proposals: yield* proposalsOf(
        own,
        catalog.filter((p) => p.remiss === id),
      ),
    });
  }
  return model;
}

const GROUPED_PER_STEP = 2000;

function* proposalsOf(answers: readonly ExportAnswer[], catalog: readonly Proposal[]): Steps<ExportProposal[]> {
  const groups = new Map<string, ExportProposal>();
  const keyOf = (number: string | null, title: string | null) => number ?? `title:${(title ?? '').toLowerCase()}`;
  for (const p of catalog) groups.set(keyOf(p.number, p.title), emptyProposal(p.number, p.title));
  for (let i = 0; i < answers.length; i++) {
    const answer = answers[i];
    const key = keyOf(answer.proposal, answer.title);
    let group = groups.get(key);
    if (!group) {
      group = emptyProposal(answer.proposal, answer.title);
      groups.set(key, group);
    }
    group.title ??= answer.title;
    group.tally[answer.stance] += 1;
    group.answers.push(answer);
    if (i % GROUPED_PER_STEP === GROUPED_PER_STEP - 1) yield;
  }
  const proposals = [...groups.values()].sort(
    (a, b) => compareProposalMarkers(a.number, b.number) || (a.title ?? '').localeCompare(b.title ?? '', 'sv'),
  );
  for (const p of proposals) {
    p.answers.sort(byStanceThenRespondent);
    yield;
  }
  return proposals;
}

function emptyProposal(number: string | null, title: string | null): ExportProposal {
  return { number, title, tally: { for: 0, partly: 0, against: 0, neutral: 0 }, answers: [] };
}

function byStanceThenRespondent(a: ExportAnswer, b: ExportAnswer): number {
  return (
    STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance) ||
    a.respondent.localeCompare(b.respondent, 'sv') ||
    (a.page ?? 0) - (b.page ?? 0)
  );
}

/** Named remisser alphabetically; the unknown remiss ('') last. */
function compareRemiss(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return a.localeCompare(b, 'sv');
}
