/** Words that say nothing about which proposal a text is about. */
const STOPWORDS = new Set(
  (
    'och att som för med inom den det de en ett av på i om till från samt eller ska skall bör kan får vid efter under mellan ' +
    'förslag förslaget förslagen förslagets utredningen utredningens betänkandet även inte ingen inga alla andra deras dess ' +
    'vara varit blir bli har hade är var vi oss vår våra man sig sin sina denna detta dessa här där när hur vad vilka vilket ' +
    'mer mycket också dock men bara redan genom över hela samma sådan sådana därför anser ser ' +
    // verbs that carry no topic: "… utmaningar som behöver hanteras" must not match "… behöver stärkas"
    'behöver behövs finns fanns gäller innebär görs göra gör måste skulle kunna kommer blir ligger'
  ).split(/\s+/),
);

/** Lower-case content words of four letters or more: "Genomför försöksverksamhet med Magnetmodellen" → ["genomför", "försöksverksamhet", "magnetmodellen"]. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 4 && !STOPWORDS.has(w));
}

// Swedish inflection endings, longest first: "ledarskapsutbildningen" and "ledarskapsutbildning" share a stem.
const ENDINGS = [
  'arnas',
  'ernas',
  'orna',
  'arna',
  'erna',
  'ens',
  'ets',
  'ena',
  'en',
  'et',
  'na',
  'ar',
  'er',
  'or',
  'a',
  'e',
  's',
];

export function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= 5 && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}
