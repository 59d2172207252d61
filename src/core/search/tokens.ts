/** Words for matching queries against proposal titles and respondent names. */

// Words a query may carry that say nothing about what is wanted: "vad säger remissinstanserna om magnetmodellen".
// Function words too ("inte", "mot", "vi"): half the titles have one, so "instämmer inte" must not match a title
// through "inte" ("Det bör inte införas sanktioner …") but go to the quotes.
const STOPWORDS = new Set(
  (
    'och att som för med den det de en ett av på i om till från samt eller ska bör kan vid efter under ' +
    'vad vem vilka säger tycker svar svarade avsnitt förslag förslaget förslagen remiss remissen remissvar ' +
    'remissvaren remissinstans remissinstanser remissinstanserna är var har hur ' +
    'inte ej icke mot men så vi ni man sig sin sitt sina oss dem deras dess denna detta dessa här där när ' +
    'också även bara nu då skall skulle måste vara blir bli ha hade får inom utan genom mellan'
  ).split(/\s+/),
);

/** Lower-cased words, NFC: "Åstorps kommun" → ["åstorps", "kommun"]. Keeps short words: names have "SKR", "IVO". */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The words of a query worth looking up: stop words dropped, unless nothing else is left. */
export function queryWords(text: string): string[] {
  const all = [...new Set(words(text))];
  const content = all.filter((w) => !STOPWORDS.has(w));
  return content.length > 0 ? content : all;
}

/**
 * A word with its diacritics dropped, for type-ahead where a user may type without them: "läkarförsörjning" →
 * "lakarforsorjning", "Åtgärder" (already lower-cased by `words`) → "atgarder". Looser than the search, which
 * keeps å/ä/ö apart; a pick list can afford a few extra hits.
 */
export function foldDiacritics(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/** One string for equality checks: "Åstorps  Kommun" and "åstorps kommun" are the same name. */
export function normalizeName(text: string): string {
  return words(text).join(' ');
}
