import { STANCE_ORDER } from '../core/search/group-answers.js';
import { ErrorCode } from '../errors.js';
import type { IngestFailure } from '../ingest/ingest-failure.js';
import type { FileReport, IngestReport } from '../ingest/pipeline.js';
import { DEFAULT_READ_OPTIONS } from '../ingest/read-source.js';
import { hintOutcome } from '../ingest/report.js';
import { CLI_SV } from './strings-sv.js';

const MARK = { added: '+', replaced: '↻', unchanged: '=', failed: '✗' } as const;

/**
 * One line per file:
 * "+ tillagd      seeds/002.txt  Åstorps kommun · SOU 2024:72 · 16 ståndpunkter (9 avstyrker, 7 tillstyrker)"
 * "✗ misslyckades trasig.pdf  filen är skadad"
 * "↻ ersatt       fss.docx  Föreningen Sveriges socialchefer · SOU 2024:72 · … · ersätter tidigare svar: 001_….txt"
 * "+ tillagd      svar.pdf  Region Exempel · SOU 2024:72 · 3 ståndpunkter (…) · remissen är den angivna, filen nämner ingen"
 */
export function renderFileLine(file: FileReport): string {
  const head = `${MARK[file.status]} ${CLI_SV.status[file.status].padEnd(12)} ${file.file}`;
  if (file.status === 'failed') return `${head}  ${failureText(file.error)}`;
  if (file.kind === 'report') {
    return `${head}  ${CLI_SV.report} · ${file.remiss ?? CLI_SV.unknownRemiss}${hintNote(file)}`;
  }
  const who = file.respondent ?? CLI_SV.unknownRespondent;
  const remiss = file.remiss ?? CLI_SV.unknownRemiss;
  const parts = STANCE_ORDER.filter((s) => file.tally[s] > 0).map((s) => `${file.tally[s]} ${CLI_SV.stance[s]}`);
  const tally = parts.length > 0 ? ` (${parts.join(', ')})` : '';
  const replaces = file.replaces.length > 0 ? ` · ${CLI_SV.replacesEarlier(file.replaces)}` : '';
  return `${head}  ${who} · ${remiss} · ${CLI_SV.stanceCount(file.stances)}${tally}${replaces}${hintNote(file)}`;
}

/** Where the remiss came from, when the user gave one: from that hint, or from the text that names another. */
function hintNote(file: FileReport): string {
  const outcome = hintOutcome(file);
  if (outcome === 'overruled') return ` · ${CLI_SV.fileNamesOtherRemiss(file.remiss ?? '', file.remissHint ?? '')}`;
  return outcome === 'used' ? ` · ${CLI_SV.remissFromHint}` : '';
}

/** Why a file was not read, in the Swedish of `ingest` (and `parse`): "filen är skadad". */
export function failureText(error: IngestFailure | undefined): string {
  if (!error) return CLI_SV.unexpectedFailure('?');
  if (error.code === ErrorCode.FileTooLarge) {
    const { maxBytes, maxPages } = DEFAULT_READ_OPTIONS;
    return CLI_SV.fileTooLarge(Math.round(maxBytes / (1024 * 1024)), maxPages);
  }
  return CLI_SV.failure[error.code] ?? CLI_SV.unexpectedFailure(error.message);
}

export function renderIngestSummary(report: IngestReport): string[] {
  const lines = [
    `${CLI_SV.ingestSummary({ files: report.files.length, ...report.counts })} · ${CLI_SV.newStances(report.newStances)}`,
  ];
  for (const problem of report.catalogProblems) lines.push(CLI_SV.catalogProblem(problem));
  return lines;
}
