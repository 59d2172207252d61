import { buildRemissammanstallningSteps, type ExportRemiss } from '../core/render/export-model.js';
import type { RemissRef } from '../core/types.js';
import { correctedAnswers } from '../search/corrections.js';
import type { Store } from '../store/store.js';
import { cooperatively } from './cooperatively.js';

/**
 * The remissammanställning's model of one remiss (or of all): its answers with the analysts' corrections, grouped
 * per proposal. Neither the read (the store reads in slices) nor the grouping holds the event loop for long; the
 * result is large (about 50 MB at 18,000 stances), so the Slack app builds one at a time.
 */
export async function readExportModel(
  store: Store,
  remiss: string | undefined,
  remisser: readonly RemissRef[],
): Promise<ExportRemiss[]> {
  const answers = await correctedAnswers(store, remiss);
  const proposals = await store.listProposals(remiss);
  return cooperatively(buildRemissammanstallningSteps(answers, proposals, remisser));
}
