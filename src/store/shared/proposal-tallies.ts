import type { Stance } from '../../core/types.js';
import type { ProposalTally } from '../store.js';
import { tallyColumns, toTally } from './rows.js';

/**
 * Every proposal's stance tally, counted by the database in one pass over `stances` (GROUP BY): what the App Home
 * shows, without reading 100,000 answers into the process. Grouped as search groups answers: numbered answers by
 * number, title-only ones by title. `where` is "" or "WHERE s.remiss = <placeholder>". "C" order for min(title)
 * on PostgreSQL (`codePoints`), so both backends pick the same title when a proposal's answers disagree.
 */
export function proposalTalliesSql(count: (stance: Stance) => string, codePoints: string, where: string): string {
  return `SELECT s.remiss, s.proposal, CASE WHEN s.proposal IS NULL THEN coalesce(s.title, '') END AS title_key,
      min(s.title${codePoints}) AS title, ${tallyColumns(count)}
    FROM stances s ${where}
    GROUP BY s.remiss, s.proposal, title_key`;
}

export function toProposalTally(row: Record<string, unknown>): ProposalTally {
  return {
    remiss: String(row.remiss),
    proposal: row.proposal === null ? null : String(row.proposal),
    title: row.title === null ? null : String(row.title),
    tally: toTally(row),
  };
}
