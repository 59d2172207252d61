/**
 * The domain model shared by every layer. Pure data: no I/O, no classes.
 * Data flows one way: file → SourceText → ParsedDocument → store → SearchResult → renderer.
 */

/** A respondent's position on a proposal as written (also when the proposal itself says "inte"). */
export type Stance = 'for' | 'partly' | 'against' | 'neutral';

export const STANCES: readonly Stance[] = ['for', 'partly', 'against', 'neutral'];

/** `response` = a remissvar; `report` = the inquiry's own text (e.g. an SOU summary). */
export type DocumentKind = 'response' | 'report' | 'unknown';

export type Confidence = 'high' | 'medium' | 'low';

/** One page of extracted text; `number` is 1-based. A source without pages (DOCX, plain text) is one page. */
export interface Page {
  number: number;
  text: string;
}

/** What a reader (txt/pdf/docx) hands to the parser. */
export interface SourceText {
  pages: Page[];
  /** True when the format has real pages (PDF, form-feed text), so page numbers are worth showing. */
  paged: boolean;
}

/** The consultation a document answers. `id` is "SOU 2024:72" / "Ds 2023:5", or the consultation's title when it has no number. */
export interface RemissRef {
  id: string;
  title: string | null;
}

/** Proposal marker for a verdict on the remiss as a whole ("tillstyrker förslagen i sin helhet"). */
export const WHOLE_REMISS = '*';

export interface StanceRecord {
  /** "7.2.2"; `*` for the remiss as a whole; null when only the title is known. */
  proposal: string | null;
  /** The proposal's title when known (catalog), or as the response words it when no number is known. */
  title: string | null;
  stance: Stance;
  /** Verbatim from the de-hyphenated source text. */
  quote: string;
  /** 1-based page of the quote's start, or null when the source has no pages. */
  page: number | null;
  confidence: Confidence;
  /** Short human reason: "explicit 'avstyrker' under heading 7.2.2". */
  reason: string;
}

export interface ParsedDocument {
  /** The path as given. */
  file: string;
  kind: DocumentKind;
  remiss: RemissRef | null;
  respondent: string | null;
  stances: StanceRecord[];
  warnings: string[];
  /** Set when the file could not be read or parsed; then kind is `unknown` and stances is empty. */
  error?: string;
}

/** One numbered proposal of a remiss: the catalog maps number ↔ title. */
export interface Proposal {
  remiss: string;
  number: string;
  title: string;
  /**
   * The proposal in fuller words, from a curated catalog ("särskilda medel ska avsättas till kommuner för
   * vidareutbildning av specialistsjuksköterskor"): lets prose that names the substance, not the heading, match.
   */
  description?: string;
}
