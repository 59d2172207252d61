import { STANCE_ORDER } from '../search/group-answers.js';
import type { Tally } from '../search/types.js';
import { correctionMarker, type ExportAnswer, type ExportProposal, type ExportRemiss } from './export-model.js';
import { EXPORT_SV } from './export-strings-sv.js';
import { type TextSink, textOf } from './steps.js';

/**
 * The remissammanställning as Markdown: one `#` section per remiss, one `##` per proposal with its tally and a
 * table of who says what, quoted verbatim with file and page. `date` is printed as given ("2026-11-23").
 */
export function renderExportMarkdown(remisser: readonly ExportRemiss[], date: string): string {
  return textOf((write) => writeExportMarkdown(remisser, date, write));
}

/** The same Markdown written piece by piece; yields after each table row (see TextWriter). */
export function* writeExportMarkdown(
  remisser: readonly ExportRemiss[],
  date: string,
  write: TextSink,
): Generator<void> {
  if (remisser.length === 0) {
    write(`${EXPORT_SV.empty}\n`);
    return;
  }
  for (const [i, remiss] of remisser.entries()) {
    // A blank line between remisser: each section ends in a line break already.
    if (i > 0) write('\n');
    write(`# ${inline(EXPORT_SV.title(remiss.id || EXPORT_SV.unknownRemiss, remiss.title))}\n\n`);
    write(`${EXPORT_SV.basis(remiss.responses, remiss.stances, date)}\n`);
    for (const proposal of remiss.proposals) {
      write('\n');
      yield* writeProposal(proposal, write);
    }
  }
}

function* writeProposal(proposal: ExportProposal, write: TextSink): Generator<void> {
  write(`## ${inline(heading(proposal))}\n\n`);
  if (proposal.answers.length === 0) {
    write(`${EXPORT_SV.noAnswers}\n`);
    return;
  }
  write(`**${renderExportTally(proposal.tally)}**\n\n`);
  write(`| ${EXPORT_SV.tableHeader.join(' | ')} |\n|${EXPORT_SV.tableHeader.map(() => '---').join('|')}|\n`);
  for (const answer of proposal.answers) {
    write(renderRow(answer));
    write('\n');
    yield;
  }
}

/** "7.2.2 Magnetmodellen", "Remissen som helhet", "Ledarskap (utan avsnittsnummer)". */
export function heading(proposal: ExportProposal): string {
  if (proposal.number === '*') return EXPORT_SV.wholeRemiss;
  const title = proposal.title ?? EXPORT_SV.untitled;
  return proposal.number === null ? `${title} (${EXPORT_SV.withoutNumber})` : `${proposal.number} ${title}`;
}

/** "2 avstyrker · 0 tillstyrker delvis · 1 tillstyrker · 0 neutral". */
export function renderExportTally(tally: Tally): string {
  return STANCE_ORDER.map((stance) => `${tally[stance]} ${EXPORT_SV.stance[stance]}`).join(' · ');
}

function renderRow(answer: ExportAnswer): string {
  const source = answer.page === null ? answer.file : `${answer.file}, ${EXPORT_SV.page(answer.page)}`;
  const marker = correctionMarker(answer);
  const stance = marker ? `${EXPORT_SV.stance[answer.stance]} (${marker})` : EXPORT_SV.stance[answer.stance];
  const cells = [answer.respondent, stance, `”${answer.quote}”`, source];
  return `| ${cells.map(cell).join(' | ')} |`;
}

/** A table cell holds one line and no bare pipe: "a | b\nc" → "a \| b c". */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
