import type { RemissActivity } from '../store.js';

/**
 * Per remiss, its remissvar (the inquiry's own report is not one) and when the latest was added: the App Home lists
 * the remisser answered most recently first. One pass over `documents` (a few thousand rows), not over stances.
 */
export const REMISS_ACTIVITY_SELECT = `SELECT remiss, count(*) AS responses, max(added_at) AS last_added_at
  FROM documents WHERE kind <> 'report' AND remiss IS NOT NULL GROUP BY remiss`;

/** `last_added_at` already an ISO 8601 string (PostgreSQL's timestamptz is converted by the caller). */
export function toRemissActivity(row: Record<string, unknown>): RemissActivity {
  return {
    remiss: String(row.remiss),
    responses: Number(row.responses),
    lastAddedAt: String(row.last_added_at),
  };
}
