/**
 * What a search index must notice another instance (or a CLI on the same SQLite file) changed: documents added or
 * replaced (highest id, count), proposals and remisser added, corrections made. Indexed lookups and counts over
 * the small tables only (not the 100,000 stances), so an engine can ask every couple of seconds. A curated title
 * edited in place is not seen until something else changes; each instance loads the curated catalog at start.
 */
export const CHANGE_MARKER_SELECT = `SELECT
  (SELECT max(id) FROM documents) AS documents_max,
  (SELECT count(*) FROM documents) AS documents,
  (SELECT count(*) FROM proposals) AS proposals,
  (SELECT count(*) FROM remisser) AS remisser,
  (SELECT max(id) FROM corrections) AS corrections_max`;

export function toChangeMarker(row: Record<string, unknown> | undefined): string {
  const r = row ?? {};
  return [r.documents_max, r.documents, r.proposals, r.remisser, r.corrections_max]
    .map((v) => String(v ?? 0))
    .join(':');
}

/** One row, `has_responses` 1 or 0 (both backends' booleans read alike as numbers). */
export const HAS_RESPONSES_SELECT =
  "SELECT CASE WHEN EXISTS (SELECT 1 FROM documents WHERE kind <> 'report') THEN 1 ELSE 0 END AS has_responses";
