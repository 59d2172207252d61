import { basename } from 'node:path';
import { remissFromHint } from '../core/parse/remiss-hint.js';
import type { DocumentKind, ParsedDocument, Stance } from '../core/types.js';
import type { IngestOutcome, IngestStatus, ResponseSummary } from '../store/store.js';
import type { IngestFailure } from './ingest-failure.js';

export type FileStatus = IngestStatus | 'failed';

/** One line of the ingest summary. Pure data: the CLI and Slack word it. */
export interface FileReport {
  /** The path as given (or the shared file's name). */
  file: string;
  status: FileStatus;
  kind: DocumentKind | null;
  respondent: string | null;
  remiss: string | null;
  /** Stances stored for this document (for `unchanged`: those already stored). */
  stances: number;
  tally: Record<Stance, number>;
  warnings: string[];
  /**
   * The file names of earlier answers of this respondent to this remiss, stored under another name, that this
   * file replaced ("001_….txt" when fss.docx arrives): the user is told the respondent had already answered. A
   * new version under the file's own name is not listed; its `replaced` status says that.
   */
  replaces: string[];
  /** The remiss the user said the file answers (`--remiss`, its folder, the Slack message), if any. */
  remissHint?: string;
  error?: IngestFailure;
}

export interface IngestReport {
  files: FileReport[];
  counts: Record<FileStatus, number>;
  /** Stances stored by this run (added + replaced files). */
  newStances: number;
  harvestedProposals: number;
  /** Lines of curated catalog files that could not be read. */
  catalogProblems: string[];
}

const NO_TALLY: Readonly<Record<Stance, number>> = Object.freeze({ for: 0, partly: 0, against: 0, neutral: 0 });

function tallyOf(parsed: ParsedDocument): Record<Stance, number> {
  const tally = { ...NO_TALLY };
  for (const s of parsed.stances) tally[s.stance] += 1;
  return tally;
}

export function savedReport(
  file: string,
  outcome: IngestOutcome,
  parsed: ParsedDocument,
  remissHint?: string,
): FileReport {
  const own = basename(file);
  return {
    file,
    status: outcome.status,
    kind: parsed.kind,
    respondent: parsed.respondent,
    remiss: parsed.remiss?.id ?? null,
    stances: outcome.stances,
    tally: tallyOf(parsed),
    warnings: parsed.warnings,
    replaces: [...new Set(outcome.replaced.map((r) => r.file).filter((name) => name !== own))],
    ...(remissHint === undefined ? {} : { remissHint }),
  };
}

export function unchangedReport(file: string, stored: ResponseSummary, remissHint?: string): FileReport {
  const tally = stored.tally;
  return {
    file,
    status: 'unchanged',
    kind: stored.kind,
    respondent: stored.respondent,
    remiss: stored.remiss?.id ?? null,
    stances: tally.for + tally.partly + tally.against + tally.neutral,
    tally,
    warnings: [],
    replaces: [],
    ...(remissHint === undefined ? {} : { remissHint }),
  };
}

export function failedReport(file: string, error: IngestFailure, parsed?: ParsedDocument): FileReport {
  return {
    file,
    status: 'failed',
    kind: parsed?.kind ?? null,
    respondent: parsed?.respondent ?? null,
    remiss: parsed?.remiss?.id ?? null,
    stances: 0,
    tally: { ...NO_TALLY },
    warnings: parsed?.warnings ?? [],
    replaces: [],
    error,
  };
}

export function summarise(
  files: FileReport[],
  extra: { harvestedProposals: number; catalogProblems: string[] },
): IngestReport {
  const counts: Record<FileStatus, number> = { added: 0, replaced: 0, unchanged: 0, failed: 0 };
  let newStances = 0;
  for (const file of files) {
    counts[file.status] += 1;
    if (file.status === 'added' || file.status === 'replaced') newStances += file.stances;
  }
  return { files, counts, newStances, ...extra };
}

/**
 * How the remiss the user gave fared: `used` when the file was filed under it because its text names none,
 * `overruled` when the text names another remiss (the file is filed under that one); null when none was given,
 * or the text names the same one.
 */
export function hintOutcome(file: FileReport): 'used' | 'overruled' | null {
  const given = file.remissHint;
  if (given === undefined || file.remiss === null) return null;
  if (file.remiss !== given) return 'overruled';
  return file.warnings.includes(remissFromHint(given)) ? 'used' : null;
}
