import type { RemissRef } from '../types.js';
import { findRemissNumbers, normalizeRemissId } from './remiss-ref.js';

/**
 * The remiss a user says a letter answers (`ingest --remiss`, a folder's name, a Slack message), for letters whose
 * own text never names it. Only the SOU/Ds numbers the parser itself files letters under are references: a hint
 * the parser could never have found is refused rather than stored as a remiss nobody can ask for.
 */

// "SOU 2024:72", "sou2024:72", "Ds 2023:5", "SOU 2024 nr 72", and as a folder may be named (no ":" on Windows or in
// the macOS Finder): "SOU 2024-72", "SOU 2024_72", "SOU 2024 72".
const REFERENCE = String.raw`(SOU|Ds)\s?(\d{4})(?:\s*[:_–-]\s*|\s+(?:nr\.?\s+)?)(\d{1,3})`;
const WHOLE_REFERENCE = new RegExp(`^${REFERENCE}$`, 'iu');
// A folder may add the report's title after the number: "SOU 2024-72 Stärkt medicinsk kompetens", "Ds 2023-5 – svar".
const FOLDER_NAME = new RegExp(String.raw`^${REFERENCE}(?:$|[\s_–-]+\S)`, 'iu');

/** "SOU 2024-72" → "SOU 2024:72"; anything but exactly one SOU/Ds reference → null. */
export function parseRemissReference(text: string): string | null {
  const m = WHOLE_REFERENCE.exec(text.trim());
  return m ? normalizeRemissId(m[1], m[2], m[3]) : null;
}

/** A folder named after the remiss its files answer: "SOU 2024-72 Stärkt …" → "SOU 2024:72"; "svar" → null. */
export function remissOfFolderName(name: string): string | null {
  const m = FOLDER_NAME.exec(name.trim());
  return m ? normalizeRemissId(m[1], m[2], m[3]) : null;
}

/**
 * The one remiss a message names: "Remissvar från Region Skåne på SOU 2024:72" → "SOU 2024:72". A message naming
 * two ("svaren på SOU 2024:72 och SOU 2023:10") says nothing about which file answers which: null, as for none.
 */
export function remissNamedIn(text: string): string | null {
  const named = new Set(findRemissNumbers(text));
  return named.size === 1 ? [...named][0] : null;
}

export interface HintedRemiss {
  remiss: RemissRef | null;
  /** Why the remiss is not simply the one the text names, for the parse result's warnings. */
  warning: string | null;
}

/**
 * The hint fills in only what the text does not say. A letter that names an SOU/Ds number keeps it (a hint for a
 * whole batch must not re-file the one letter in it that answers something else); one that names its remiss only
 * by title (or a diarienummer) gets the hint's number, keeping the title it names.
 */
export function withRemissHint(named: RemissRef | null, hint: string | undefined): HintedRemiss {
  if (hint === undefined) return { remiss: named, warning: null };
  if (named && parseRemissReference(named.id) !== null) {
    return { remiss: named, warning: named.id === hint ? null : hintOverruled(named.id, hint) };
  }
  return { remiss: { id: hint, title: named?.title ?? null }, warning: remissFromHint(hint) };
}

/** "remiss from the ingest hint: SOU 2024:72" (English, as every warning of the parse contract). */
export function remissFromHint(hint: string): string {
  return `remiss from the ingest hint: ${hint}`;
}

/** "the text names SOU 2023:10, not the ingest hint SOU 2024:72". */
export function hintOverruled(named: string, hint: string): string {
  return `the text names ${named}, not the ingest hint ${hint}`;
}
