import type { ParsedDocument } from '../types.js';
import { STANCE_WORD_SV } from './stance-words-sv.js';

const STANCE_LABEL = STANCE_WORD_SV;

const KIND_LABEL = { response: 'remissvar', report: 'utredningstext', unknown: 'okänd' } as const;

/**
 * The parser's warnings (core/parse/index.ts, English in `parse --json`) in Swedish; one it does not know yet is
 * shown as it is.
 */
const WARNING_SV: Record<string, string> = {
  'respondent not found': 'avsändaren (remissinstansen) hittades inte',
  'remiss not found: no SOU/Ds number or consultation title':
    'remissen hittades inte: inget SOU-/Ds-nummer eller remisstitel',
  'no stance found': 'ingen ståndpunkt hittades',
};

// The parametrised warnings of core/parse/remiss-hint.ts: "remiss from the ingest hint: SOU 2024:72",
// "the text names SOU 2023:10, not the ingest hint SOU 2024:72".
const FROM_HINT = /^remiss from the ingest hint: (.+)$/;
const HINT_OVERRULED = /^the text names (.+), not the ingest hint (.+)$/;

function warningSv(warning: string): string {
  const fromHint = FROM_HINT.exec(warning);
  if (fromHint) return `remissen är den angivna ${fromHint[1]}; texten nämner ingen`;
  const overruled = HINT_OVERRULED.exec(warning);
  if (overruled) return `texten nämner ${overruled[1]}, inte den angivna ${overruled[2]}`;
  return WARNING_SV[warning] ?? warning;
}

/** Labels up to this long set the width of the label column; a longer one ("(utan nummer) Titel …") just pushes. */
const MAX_ALIGNED_LABEL = 14;

function proposalLabel(proposal: string | null, title: string | null): string {
  if (proposal === '*') return 'hela remissen';
  if (proposal === null) return `(utan nummer) ${title ?? ''}`.trim();
  return proposal;
}

/**
 * One parsed document for a human: respondent, remiss, then one line per proposal with stance and quote.
 * Example: "  7.2.2  avstyrker  s. 4  ”Vi instämmer inte till förslaget. …”". `error` is the Swedish for
 * `doc.error` (the CLI words it as ingest does); without it the parser's own line is shown.
 */
export function renderParsedDocument(doc: ParsedDocument, error?: string): string {
  const lines = [`${doc.file}`];
  if (doc.error) {
    lines.push(`  fel: ${error ?? doc.error}`);
    return lines.join('\n');
  }
  lines.push(`  typ: ${KIND_LABEL[doc.kind]}`);
  lines.push(
    `  remiss: ${doc.remiss ? `${doc.remiss.id}${doc.remiss.title && doc.remiss.title !== doc.remiss.id ? ` – ${doc.remiss.title}` : ''}` : '(okänd)'}`,
  );
  if (doc.kind === 'response') lines.push(`  remissinstans: ${doc.respondent ?? '(okänd)'}`);
  const labels = doc.stances.map((s) => proposalLabel(s.proposal, s.title));
  const width = Math.max(7, ...labels.filter((l) => l.length <= MAX_ALIGNED_LABEL).map((l) => l.length));
  for (const [i, s] of doc.stances.entries()) {
    const page = s.page === null ? '' : `  s. ${s.page}`;
    const marker = s.confidence === 'low' ? '  (osäker)' : '';
    lines.push(`  ${labels[i].padEnd(width)}  ${STANCE_LABEL[s.stance].padEnd(11)}${page}${marker}`.trimEnd());
    lines.push(`           ”${s.quote}”`);
  }
  if (doc.kind === 'response' && doc.stances.length === 0) lines.push('  inga ståndpunkter hittades');
  for (const w of doc.warnings) lines.push(`  varning: ${warningSv(w)}`);
  return lines.join('\n');
}
