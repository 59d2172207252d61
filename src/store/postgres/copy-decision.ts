import type { VersionIdentity } from '../shared/earlier-versions.js';

/**
 * What `migrate` does with a SQLite document when PostgreSQL already holds other versions of the same answer (the
 * same file, or the respondent's answer to the same remiss: shared/earlier-versions.ts). The rule is ingest's,
 * replayed in the order the versions were added: the one added last is the answer, except that a document
 * without stances never replaces an answer with stances under another file name.
 */

/** One version of an answer as the copy compares them. */
export interface AnswerVersion {
  fileName: string;
  /** Milliseconds since the epoch (documents.added_at). */
  addedAt: number;
  hasStances: boolean;
}

/** `copy`: the SQLite document becomes the answer (the others go); `keep`: PostgreSQL's newer answer stays. */
export type CopyDecision = { action: 'copy' } | { action: 'keep'; kept: AnswerVersion };

export function decideCopy(source: AnswerVersion, others: readonly AnswerVersion[]): CopyDecision {
  for (const other of others) {
    if (otherWins(source, other)) return { action: 'keep', kept: other };
  }
  return { action: 'copy' };
}

function otherWins(source: AnswerVersion, other: AnswerVersion): boolean {
  if (other.fileName !== source.fileName && source.hasStances !== other.hasStances) return other.hasStances;
  // A tie goes to the document being copied, as a save replaces what was stored at the same instant.
  return other.addedAt > source.addedAt;
}

/** The identity rules' view of a stored document (its file name, remiss and respondent key, as saved). */
export function storedIdentity(doc: {
  fileName: string;
  kind: string;
  remiss: string | null;
  respondentKey: string | null;
}): VersionIdentity {
  const answers = doc.kind !== 'report' && doc.remiss !== null;
  return {
    fileName: doc.fileName,
    remiss: doc.remiss,
    key: doc.respondentKey,
    answerKey: answers ? doc.respondentKey : null,
  };
}
