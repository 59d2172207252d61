import type { ParsedDocument, Stance } from '../types.js';

/** Swedish labels for the terminal view of a parsed document. */
const STANCE_LABEL: Record<Stance, string> = {
  for: 'tillstyrker',
  partly: 'delvis',
  against: 'avstyrker',
  neutral: 'neutral',
};

const KIND_LABEL = { response: 'remissvar', report: 'utredningstext', unknown: 'okänd' } as const;

function proposalLabel(proposal: string | null, title: string | null): string {
  if (proposal === '*') return 'hela remissen';
  if (proposal === null) return `(utan nummer) ${title ?? ''}`.trim();
  return proposal;
}

/**
 * One parsed document for a human: respondent, remiss, then one line per proposal with stance and quote.
 * Example: "  7.2.2  avstyrker  s. 4  ”Vi instämmer inte till förslaget. …”"
 */
export function renderParsedDocument(doc: ParsedDocument): string {
  const lines = [`${doc.file}`];
  if (doc.error) {
    lines.push(`  fel: ${doc.error}`);
    return lines.join('\n');
  }
  lines.push(`  typ: ${KIND_LABEL[doc.kind]}`);
  lines.push(
    `  remiss: ${doc.remiss ? `${doc.remiss.id}${doc.remiss.title && doc.remiss.title !== doc.remiss.id ? ` – ${doc.remiss.title}` : ''}` : '(okänd)'}`,
  );
  if (doc.kind === 'response') lines.push(`  remissinstans: ${doc.respondent ?? '(okänd)'}`);
  for (const s of doc.stances) {
    const page = s.page === null ? '' : `  s. ${s.page}`;
    const marker = s.confidence === 'low' ? '  (osäker)' : '';
    lines.push(
      `  ${proposalLabel(s.proposal, s.title).padEnd(7)}  ${STANCE_LABEL[s.stance].padEnd(11)}${page}${marker}`,
    );
    lines.push(`           ”${s.quote}”`);
  }
  if (doc.kind === 'response' && doc.stances.length === 0) lines.push('  inga ställningstaganden hittades');
  for (const w of doc.warnings) lines.push(`  varning: ${w}`);
  return lines.join('\n');
}
