/**
 * The parser's reason for a stance, in Swedish, for "Varför denna tolkning?". The parser writes its reason in
 * English for the log, `parse --json` and the eval (src/core/parse/evidence.ts, aggregate.ts), from a small set of
 * templates; this reads those templates back and says the same in Swedish. Quoted document text is kept as
 * written, between ”…”. Pure: a reason in, a sentence (or null for a reason of no known shape) out.
 */

/** The Swedish words of the parts; the test checks that nothing else is left unquoted. */
const SV = Object.freeze({
  underHeading: (n: string) => `under rubriken ${n}`,
  underHeadingNaming: (n: string) => `under en rubrik som nämner ${n}`,
  matched: {
    heading: (n: string) => `under en rubrik som liknar förslag ${n}`,
    topic: (n: string) => `meningen liknar förslag ${n}`,
    'listed title': (n: string) => `punkten liknar förslag ${n}`,
    'bullet title': (n: string) => `punktens rubrik liknar förslag ${n}`,
  } as Record<string, (n: string) => string>,
  names: (n: string) => `nämner ${n}`,
  namesChapter: (chapter: string, n: string) => `nämner kapitel ${chapter}, där förslag ${n} ingår`,
  namesChapterOnly: (chapter: string) => `nämner kapitel ${chapter} (inget av dess förslag finns i förslagslistan)`,
  namesChapterAsAWhole: (chapter: string) => `nämner kapitel ${chapter} som helhet`,
  bulletNotInCatalog: 'punktens rubrik finns inte i förslagslistan',
  namedByWords: 'förslaget nämns med sina ord, utan nummer',
  wholeRemiss: 'ett omdöme om remissen som helhet',
  noViewOnRemiss: 'inga synpunkter på remissen',
  noViewGiven: 'inga synpunkter',
  tableRow: (n: string, verdict: string) => `tabellraden ${n}: ${quoted(verdict)}`,
  listedUnder: (header: string) => `i listan under ${quoted(header)}`,
  noNumber: 'utan nummer i förslagslistan',
  phrase: (p: string) => `frasen ${quoted(p)}`,
  reservation: (r: string) => `förbehållet ${quoted(r)}`,
  withReservation: (r: string) => `med förbehållet ${quoted(r)}`,
  /** Reasons stored before the reservation was named (before commit 675cd83). */
  aReservation: 'ett förbehåll',
  withAReservation: 'med ett förbehåll',
  but: (phrases: string) => `, men ${phrases}`,
  and: 'och',
  more: (n: number) => ` (och ${n} ${n === 1 ? 'mening' : 'meningar'} till)`,
});

function quoted(text: string): string {
  return `”${text}”`;
}

/** "under heading 7.2.2", "heading matched to 4.6.4 (medicinsk, kompet; score 0.56)", … : the topic and what follows it. */
const TOPICS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/^under heading naming ([^\s;]+)/, (m) => SV.underHeadingNaming(m[1])],
  [/^under heading ([^\s;]+)/, (m) => SV.underHeading(m[1])],
  [
    /^(heading|topic|listed title|bullet title) matched to ([^\s;]+) \([^)]*; score \d+(?:\.\d+)?\)/,
    (m) => SV.matched[m[1]](m[2]),
  ],
  [/^names chapter (\d+), which holds ([^\s;]+)/, (m) => SV.namesChapter(m[1], m[2])],
  [/^names chapter (\d+) \(none of its proposals in the catalog\)/, (m) => SV.namesChapterOnly(m[1])],
  [/^names chapter (\d+) as a whole/, (m) => SV.namesChapterAsAWhole(m[1])],
  [/^names ([^\s;]+)/, (m) => SV.names(m[1])],
  [/^bullet title not in the catalog/, () => SV.bulletNotInCatalog],
  [/^proposal named by its words, no number/, () => SV.namedByWords],
  [/^verdict on the remiss as a whole/, () => SV.wholeRemiss],
  [/^no view on the remiss/, () => SV.noViewOnRemiss],
  [/^no view given/, () => SV.noViewGiven],
];

function topicSv(text: string): { sv: string; rest: string } | null {
  for (const [pattern, render] of TOPICS) {
    const m = pattern.exec(text);
    if (m) return { sv: render(m), rest: text.slice(m[0].length) };
  }
  return null;
}

/** What follows a topic: "", "; 'instämmer inte'", "; 'välkomnar' with the reservation 'men anser'", "; reservation 'x'". */
function afterTopicSv(rest: string): string | null {
  if (rest === '') return '';
  let m = /^; reservation '(.*)'$/su.exec(rest);
  if (m) return `; ${SV.reservation(m[1])}`;
  if (rest === '; reservation') return `; ${SV.aReservation}`;
  m = /^; '(.*)' with the reservation '(.*)'$/su.exec(rest);
  if (m) return `; ${SV.phrase(m[1])} ${SV.withReservation(m[2])}`;
  m = /^; '(.*)' with a reservation$/su.exec(rest);
  if (m) return `; ${SV.phrase(m[1])} ${SV.withAReservation}`;
  m = /^; '(.*)'$/su.exec(rest);
  if (m) return `; ${SV.phrase(m[1])}`;
  return null;
}

/** The evidence part of a reason: a table row, a listed bullet, or a topic with the phrase that carried the stance. */
function evidenceSv(text: string): string | null {
  const row = /^table row ([^\s:]+): '(.*)'$/su.exec(text);
  if (row) return SV.tableRow(row[1], row[2]);
  const listed = /^listed under '(.*)'; (.*)$/su.exec(text);
  if (listed) {
    const header = SV.listedUnder(listed[1]);
    if (listed[2] === 'no number in the catalog') return `${header}; ${SV.noNumber}`;
    const topic = topicSv(listed[2]);
    return topic && topic.rest === '' ? `${header}; ${topic.sv}` : null;
  }
  const topic = topicSv(text);
  if (!topic) return null;
  const after = afterTopicSv(topic.rest);
  return after === null ? null : `${topic.sv}${after}`;
}

/** "'a', 'b' and 'c'" => "”a”, ”b” och ”c”". */
function phraseListSv(list: string): string {
  const items = list.slice(1, -1).split(/', '|' and '/u);
  const shown = items.map(quoted);
  return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} ${SV.and} ${shown.at(-1)}`;
}

/**
 * "under heading 7.2.2; 'instämmer inte' (+1 more sentence)" => "Under rubriken 7.2.2; frasen ”instämmer inte”
 * (och 1 mening till)." Null for a reason the parser does not write (the caller then says less).
 */
export function reasonSv(reason: string): string | null {
  let text = reason.trim();
  let more = '';
  const moreMatch = / \(\+(\d+) more sentences?\)$/u.exec(text);
  if (moreMatch) {
    more = SV.more(Number(moreMatch[1]));
    text = text.slice(0, moreMatch.index);
  }
  let but = '';
  const butMatch = /, but ('.*')( …)?$/su.exec(text);
  if (butMatch) {
    but = SV.but(`${phraseListSv(butMatch[1])}${butMatch[2] ?? ''}`);
    text = text.slice(0, butMatch.index);
  }
  const evidence = evidenceSv(text);
  if (evidence === null) return null;
  const sentence = `${evidence}${but}${more}`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
