/**
 * Pairs the numbers counted from document.xml with the paragraphs of mammoth's tree. The two readings list the
 * same paragraphs in the same order when all is well; a label is only ever given to mammoth's paragraph i
 * when paragraph i of document.xml has the same text. If one pair differs, the readings disagree somewhere
 * and every label after (or before) that point could be off by one, so the document gets no labels at all.
 */

/** A paragraph of document.xml: the number Word shows before it (null if none) and its text. */
export interface LabelledParagraph {
  label: string | null;
  text: string;
}

/** The label of each of mammoth's paragraphs, given their texts in order; null when the readings disagree. */
export function alignListLabels(
  labelled: readonly LabelledParagraph[],
  renderedTexts: readonly string[],
): (string | null)[] | null {
  if (labelled.length !== renderedTexts.length) return null;
  for (let index = 0; index < labelled.length; index++) {
    if (comparableText(labelled[index].text) !== comparableText(renderedTexts[index])) return null;
  }
  return labelled.map((paragraph) => paragraph.label);
}

/**
 * Letters and digits only: the two readings may differ in what they make of tabs, breaks, symbols, checkboxes
 * ("☒" becomes mammoth's checkbox) and non-breaking hyphens, never in the words.
 */
export function comparableText(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}
