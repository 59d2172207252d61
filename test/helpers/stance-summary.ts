import type { ParsedDocument } from '../../src/core/types.js';

/** A parse's stances as "7.2.2 for" ("\"Title\" for" when only the title is known): one line to compare per stance. */
export function summary(doc: ParsedDocument): string[] {
  return doc.stances.map((s) => `${s.proposal ?? `"${s.title}"`} ${s.stance}`);
}
