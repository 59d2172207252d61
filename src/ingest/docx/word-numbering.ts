/**
 * Word's list numbering as data (ECMA-376 Part 1, §17.9), read from numbering.xml and styles.xml by
 * numbering-xml.ts and counted by list-labels.ts. Only what decides the number a paragraph shows is kept;
 * indents, fonts and the like are not.
 */

/** One w:lvl: how one level of a list counts and what it shows. */
export interface ListLevel {
  /** w:start; the spec's default when absent is 0. */
  start: number;
  /** w:numFmt ("decimal", "lowerLetter", "bullet"…); "unknown" when Word would pick among alternatives. */
  format: string;
  /** w:lvlText: "%1.%2.%3" shows the counters of levels 1–3 (one-based) in their formats. */
  text: string;
  /** w:lvlRestart: one-based level whose use restarts this one; 0 never; absent: any higher level. */
  restartAfter?: number;
  /** w:isLgl: every level shown in this level's text is shown as a decimal number ("legal numbering"). */
  legal: boolean;
  /** w:pStyle: the paragraph style this level belongs to (a heading style linked to the list). */
  paragraphStyle?: string;
}

/** One w:abstractNum, the definition several list instances (w:num) can share. */
export interface AbstractList {
  id: string;
  /** Keyed by w:ilvl (0–8). */
  levels: Map<number, ListLevel>;
  /** w:numStyleLink: the levels are those of the list the named numbering style points to. */
  numStyleLink?: string;
  /** w:styleLink: this list is the definition of the named numbering style (what w:numStyleLink leads to). */
  styleLink?: string;
}

/** One w:num: a list instance paragraphs point at with w:numId. */
export interface ListInstance {
  numId: string;
  abstractId: string;
  /** w:lvlOverride by w:ilvl: a new start (w:startOverride) and/or a whole replacement level (w:lvl). */
  overrides: Map<number, { start?: number; level?: ListLevel }>;
}

/** w:numPr as written on a paragraph or a style; either part may be missing. */
export interface NumberingReference {
  numId?: string;
  ilvl?: number;
}

/** A paragraph style (w:type="paragraph"), as far as numbering is concerned. */
export interface ParagraphStyle {
  id: string;
  basedOn?: string;
  numbering?: NumberingReference;
}

export interface WordNumbering {
  abstracts: Map<string, AbstractList>;
  instances: Map<string, ListInstance>;
  paragraphStyles: Map<string, ParagraphStyle>;
  /** Numbering styles (w:type="numbering") by id: the w:numId each names, for w:numStyleLink. */
  numberingStyles: Map<string, string>;
  /** The style of a paragraph that names none (w:default="1"). */
  defaultParagraphStyle?: string;
}

/** What a body paragraph says about its own numbering: its style and direct w:numPr. */
export interface ParagraphNumbering {
  styleId?: string;
  numbering?: NumberingReference;
  /** In a text box: where Word counts its number among the body's is not known, so it must have none. */
  inTextBox?: boolean;
}
