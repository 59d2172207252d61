/**
 * From a clicked answer (stance id + document id) to what the correction modal shows and what a submission
 * stores. Reads the store; no Slack calls.
 */
import { proposalLabel } from '../core/render/blocks-search.js';
import { applyCorrections, correctionIndex, targetKey } from '../core/review/apply-corrections.js';
import { type CorrectedStance, type Correction, proposalOfKey, stanceKey } from '../core/review/correction.js';
import { quoteChoices } from '../core/review/quote-choices.js';
import type { Proposal } from '../core/types.js';
import type { Store, StoredAnswer } from '../store/store.js';

export interface CorrectionTarget {
  stored: StoredAnswer;
  contentHash: string;
  /** The stance key as parsed ("7.2.2", "title:…"): what the correction is about. */
  key: string;
  /** The latest correction of this stance, if any. */
  current: Correction | null;
  /** What users see now (corrected or parsed). */
  shown: { stance: CorrectedStance; quote: string; proposal: string };
  quotes: string[];
  catalog: Proposal[];
}

/** Null when the document or the stance is gone (replaced since the answer was shown). */
export async function loadCorrectionTarget(
  store: Store,
  documentId: number,
  stanceId: number,
): Promise<CorrectionTarget | null> {
  const document = await store.documentStances(documentId);
  const stored = document?.answers.find((a) => a.stanceId === stanceId);
  if (!document || !stored) return null;
  const key = stanceKey(stored.proposal, stored.title);
  const wanted = targetKey(stored.remiss, stored.respondent, key);
  const current = correctionIndex(await store.currentCorrections(stored.remiss)).get(wanted) ?? null;
  const [applied] = applyCorrections([stored], correctionIndex(current ? [current] : []));
  const shown = {
    stance: current?.newStance ?? stored.stance,
    quote: applied?.quote ?? current?.oldQuote ?? stored.quote,
    proposal: current?.newProposal ?? key,
  };
  return {
    stored,
    contentHash: document.contentHash,
    key,
    current,
    shown,
    quotes: quoteChoices(
      stored.quote,
      document.answers.map((a) => a.quote),
    ),
    catalog: await store.listProposals(stored.remiss),
  };
}

/**
 * Whether a submitted proposal key is one the modal could offer: a number in the remiss's catalog, or the key the
 * answer is shown or was parsed under ("title:…", "*", a number the catalog lacks). The value comes back from the
 * client, so it is checked, never stored as given.
 */
export function isChoosableProposal(key: string, target: Pick<CorrectionTarget, 'key' | 'shown' | 'catalog'>): boolean {
  return key === target.shown.proposal || key === target.key || target.catalog.some((p) => p.number === key);
}

/** "7.2.2 Genomför försöksverksamhet…" for a key, with the catalog's title when it has one. */
export function labelOfKey(key: string, target: Pick<CorrectionTarget, 'stored' | 'catalog'>): string {
  const number = proposalOfKey(key);
  if (number === null) return target.stored.title ?? key.slice('title:'.length);
  const title =
    target.catalog.find((p) => p.number === number)?.title ??
    (number === target.stored.proposal ? target.stored.title : null);
  return proposalLabel({ proposal: number, title });
}
