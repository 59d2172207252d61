import { splitSentences } from '../text/sentences.js';

/** Slack allows 100 options in a static select. */
export const MAX_QUOTE_CHOICES = 100;

/**
 * The quotes an analyst may pick in the correction modal, all verbatim from the document: the stance's own quote
 * whole, then its sentences, then the sentences of the document's other quotes, without repeats. Deterministic for
 * the same document, so the chosen index means the same sentence when the modal is submitted.
 */
export function quoteChoices(ownQuote: string, documentQuotes: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (text: string) => {
    const t = text.trim();
    if (t === '' || seen.has(t) || out.length >= MAX_QUOTE_CHOICES) return;
    seen.add(t);
    out.push(t);
  };
  add(ownQuote);
  for (const s of splitSentences(ownQuote)) add(s.text);
  for (const quote of documentQuotes) {
    add(quote);
    for (const s of splitSentences(quote)) add(s.text);
  }
  return out;
}
