import type { ParsedDocument, SourceText } from '../src/core/types.js';

/**
 * A generated response rendered back to text shaped like the seeds (CONSTRUCTED): a header naming the remiss,
 * the respondent's opening line, then per proposal its numbered heading and the answer; six proposals a page.
 * Lets the bench time the parser on the same corpus it stores.
 */
export function toSourceText(parsed: ParsedDocument, titleOf: (number: string) => string): SourceText {
  const remiss = parsed.remiss!;
  const head = [
    `Remissvar på betänkandet ${remiss.title} (${remiss.id})`,
    '',
    `${parsed.respondent} har beretts tillfälle att lämna synpunkter på betänkandet ${remiss.id}.`,
    '',
  ];
  const pages: SourceText['pages'] = [];
  let lines = [...head];
  parsed.stances.forEach((s, i) => {
    lines.push(`${s.proposal} ${titleOf(s.proposal ?? '')}`, '', s.quote, '');
    if ((i + 1) % 6 === 0) {
      pages.push({ number: pages.length + 1, text: lines.join('\n') });
      lines = [];
    }
  });
  lines.push(`För ${parsed.respondent}`, '', 'Anna Andersson, ordförande');
  pages.push({ number: pages.length + 1, text: lines.join('\n') });
  return { pages, paged: true };
}
