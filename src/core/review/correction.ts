import type { Stance } from '../types.js';

/**
 * An analyst's correction of one parsed stance: pure data, shared by the store, search, Slack and the CLI.
 * Corrections are append-only; the latest (highest id) for a target wins, older ones stay as history.
 */

/** What the analyst may choose: a stance, or `none` ("tar inte ställning"): the stance is removed. */
export type CorrectedStance = Stance | 'none';

export const CORRECTED_STANCES: readonly CorrectedStance[] = ['for', 'partly', 'against', 'neutral', 'none'];

/**
 * Which stance a correction is about, as the parser identifies it: respondent, remiss and the stance's key
 * (see `stanceKey`). The document id is not part of it, so a correction survives re-ingest of the same
 * document and of a new version of it.
 */
export interface CorrectionTarget {
  respondent: string;
  remiss: string;
  /** `stanceKey(proposal, title)` of the stance as parsed: "7.2.2", "*", or "title:<lower-case title>". */
  proposal: string;
}

/** What a correction changes: the proposal, stance and quote, each as shown before and as chosen. */
export interface CorrectionChange {
  /** The proposal number the answer was shown under; `newProposal` the one the analyst chose (may be equal). */
  oldProposal: string;
  newProposal: string;
  oldStance: CorrectedStance;
  newStance: CorrectedStance;
  oldQuote: string | null;
  /** A sentence of the source (verbatim), or null when the stance is removed. */
  newQuote: string | null;
}

export interface CorrectionInput extends CorrectionTarget, CorrectionChange {
  /** Slack user id of the analyst ("U0123ABC"). */
  userId: string;
  comment?: string | null;
  /** The document the analyst looked at; refused when it no longer exists (replaced or removed). */
  documentId: number;
  /**
   * The document's content hash when the analyst looked (from `Store.documentStances`). SQLite reuses the id of a
   * replaced document for its new version, so the id alone cannot tell; a different hash is refused too.
   */
  contentHash?: string;
  /**
   * Optimistic check: the id of the correction the analyst's view showed, or null when it showed the
   * parser's own value. A correction stored meanwhile by someone else does not block this one (both are kept,
   * this one wins as the later), but the outcome says `stale`, so the analyst can be told.
   */
  expectedCurrent: number | null;
  /** Idempotency key (e.g. the Slack view id): the same key twice is stored once. */
  requestKey?: string | null;
  /** Defaults to the store's clock. */
  at?: Date;
}

export interface Correction extends CorrectionTarget, CorrectionChange {
  id: number;
  /** ISO 8601. */
  createdAt: string;
  userId: string;
  comment: string | null;
  /** The document and its content hash at the time of the correction (it may since have been replaced). */
  documentId: number;
  contentHash: string;
  /** `expectedCurrent` as given. */
  basedOn: number | null;
  requestKey: string | null;
}

export interface CorrectionOutcome {
  correction: Correction;
  /** `stored` (new), `duplicate` (the same request key was stored before; nothing written). */
  status: 'stored' | 'duplicate';
  /** True when another correction of the same target was stored after the one this was based on. */
  stale: boolean;
}

/** "7.2.2" stays "7.2.2"; a title-only stance is keyed by its title: "title:ledarskapsutbildning". */
export function stanceKey(proposal: string | null, title: string | null): string {
  return proposal ?? `title:${(title ?? '').trim().toLocaleLowerCase('sv-SE')}`;
}

/** The number to show for a key: "title:…" keys have none. */
export function proposalOfKey(key: string): string | null {
  return key.startsWith('title:') ? null : key;
}

/** The same fold as the store's respondent key: "ÅSTORPS  KOMMUN " and "Åstorps kommun" are one respondent. */
export function respondentFold(respondent: string): string {
  return respondent.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
}
