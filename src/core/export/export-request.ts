import { type ExportFormat, isExportFormat } from '../render/export-file.js';
import type { RemissRef } from '../types.js';

export interface ExportRequest {
  /** As the user wrote it ("SOU 2024:72", "sou 2024:72"); empty when not given. */
  remiss: string;
  format: ExportFormat;
  /** A file format the user asked for that we cannot make ("pdf"); then `format` is only the default. */
  unsupportedFormat?: string;
}

// Other file formats a user might ask for: named back in the answer instead of being taken as part of the remiss.
const OTHER_FORMATS = /^(pdf|doc|xls|odt|ods|rtf|txt|html?|json|pptx?)$/i;

/** The format when none is named: the document the ministry hands in. */
export const DEFAULT_EXPORT_FORMAT: ExportFormat = 'docx';

// "export SOU 2024:72 docx", "exportera sou 2024:72 xlsx", "export xlsx SOU 2024:72", "export".
const EXPORT_COMMAND = /^export(?:era)?(?:\s+(.*))?$/is;

/** `/remiss export …` → what to export; null when the text is not an export command (then it is a search). */
export function parseExportCommand(text: string): ExportRequest | null {
  const match = EXPORT_COMMAND.exec(text.trim());
  if (!match) return null;
  const words = (match[1] ?? '').split(/\s+/).filter(Boolean);
  const bare = (w: string | undefined) => (w ?? '').toLowerCase().replace(/^\./, '');
  // The format is the last word ("… SOU 2024:72 docx") or the first ("xlsx SOU 2024:72").
  const at = [words.length - 1, 0].find(
    (i) => i >= 0 && (isExportFormat(bare(words[i])) || OTHER_FORMATS.test(bare(words[i]))),
  );
  if (at === undefined) {
    const remiss = words.join(' ');
    return looksLikeWords(remiss) ? null : { remiss, format: DEFAULT_EXPORT_FORMAT };
  }
  const [named] = words.splice(at, 1).map(bare);
  return isExportFormat(named)
    ? { remiss: words.join(' '), format: named }
    : { remiss: words.join(' '), format: DEFAULT_EXPORT_FORMAT, unsupportedFormat: named };
}

/**
 * "av läkemedel", "till EU": ordinary words after "export" with no format named, so a search for "export av
 * läkemedel". A remiss is named by an id with a number ("SOU 2024:72", also in lower case) or by a title, which
 * starts with a capital.
 */
function looksLikeWords(remiss: string): boolean {
  return /^\p{Ll}/u.test(remiss) && !/\d/.test(remiss);
}

/**
 * The known remiss the user means: exact id first, then ignoring case and spacing ("sou 2024:72", "SOU2024:72").
 * Empty text picks the only remiss when there is exactly one. Null when none fits.
 */
export function resolveRemiss(text: string, known: readonly RemissRef[]): RemissRef | null {
  const wanted = text.trim();
  if (wanted === '') return known.length === 1 ? known[0] : null;
  const exact = known.find((r) => r.id === wanted);
  if (exact) return exact;
  const key = (s: string) => s.toLowerCase().replace(/\s+/g, '');
  return known.find((r) => key(r.id) === key(wanted)) ?? null;
}
