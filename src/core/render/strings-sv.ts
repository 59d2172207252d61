import { INGEST_LIMITS } from '../ingest-limits.js';
import type { Stance } from '../types.js';
import { STANCE_HEADING_SV, STANCE_WORD_SV } from './stance-words-sv.js';

/**
 * Swedish UI strings shared by the renderers. Each surface appends its own export block; parametrised messages
 * are functions, so tests assert on the constant they import.
 */

// --- Search and the terminal renderer (`remiss ask`, the REPL) ---
export const SEARCH_SV = Object.freeze({
  /** One word per stance, as a remissammanställning writes it. */
  stance: STANCE_WORD_SV,
  /** Group headings in a result, in STANCE_ORDER. */
  stanceHeading: STANCE_HEADING_SV,
  wholeRemiss: 'Remissen som helhet',
  untitled: '(utan rubrik)',
  page: (page: number) => `s. ${page}`,
  noAnswers: 'Inga remissvar om det här förslaget än.',
  noAnswersFrom: (respondent: string) => `${respondent} har ingen ståndpunkt om det här förslaget.`,
  /** The heading of one respondent's answer to a proposal: "Åstorps kommun om 7.2.2 Genomför …". */
  respondentOn: (respondent: string, proposal: string) => `${respondent} om ${proposal}`,
  /** Under it: the proposal's own tally, which counts every respondent's answer, not just the one shown. */
  tallyOfAll: (tally: string) => `Alla svar på förslaget: ${tally}`,
  /** Above what a respondent with no stance on a proposal did answer in that remiss. */
  respondentAnswered: (respondent: string, proposals: number, remiss: string) =>
    `${respondent} har ${proposals === 1 ? 'en ståndpunkt' : `ståndpunkter i ${proposals} förslag`} i ${remiss}:`,
  /** The choice under it that shows everyone's answers on the proposal. */
  allAnswersOn: (proposal: string) => `Alla svar om ${proposal}`,
  /** Section numbers a query named that its answer does not show ("7.2.2 7.9.9"). */
  otherNumbers: (numbers: readonly string[]) =>
    `Frågan nämner också ${listSv(numbers)}, som inte visas här – fråga om ${numbers.length === 1 ? 'det' : 'dem'} för sig.`,
  // "förslag" and "citat" are the same in singular and plural.
  respondentHeading: (respondent: string, proposals: number) =>
    `${respondent}: ${proposals === 1 ? 'ståndpunkt' : 'ståndpunkter'} i ${proposals} förslag`,
  /** A page of a respondent's proposals; `next` says how to ask for the next page (the CLI and the prompt differ). */
  respondentPage: (from: number, to: number, total: number, next?: string) =>
    `(visar förslag ${from === to ? from : `${from}–${to}`} av ${total}${next ? ` – nästa sida: ${next}` : ''})`,
  respondentPastEnd: (total: number) => `(${total} förslag i allt – inga efter nr ${total})`,
  searchHeading: (query: string, answers: number) => `${answers} citat med ”${query}”`,
  /** A quote search where some answers matched through their proposal's title, not their quote. */
  searchHeadingWithTitles: (query: string, answers: number) =>
    `${answers} ${answers === 1 ? 'träff' : 'träffar'} för ”${query}” i citat och förslagsrubriker`,
  /** Beside such an answer's source: its quote lacks some of the words, which the proposal's title has. */
  matchedByTitle: 'träff genom förslagets rubrik',
  /** A quote search's tally counts the matching quotes only, not every answer to the proposal. */
  tallyOfHits: (tally: string) => `Av träffarna: ${tally}`,
  pickOne: (query: string) => `Flera lika bra träffar för ”${query}”. Vilken menar du?`,
  // "7" is a chapter, "7.2" a section: "Vilket förslag i 7?" reads as a count.
  pickRemissProposal: (query: string) =>
    `Vilket förslag i ${/^\d+$/.test(query) ? `kapitel ${query}` : /^\d+(\.\d+)+$/.test(query) ? `avsnitt ${query}` : query}?`,
  askAgain: (query: string) => `→ ${query}`,
  /** Under a pick list that search cut at MAX_CHOICES equally good hits: `more` were left out. */
  moreChoices: (more: number) => `… och ${more} till – skriv mer av namnet eller rubriken.`,
  /** Once for a pick list whose rows are all in one remiss, instead of "(SOU 2024:72)" on every row. */
  allInRemiss: (remiss: string) => `Alla i ${remiss}.`,
  /** A quote search that reached MAX_QUOTE_HITS: the list and its tallies count only those. `words` searched for. */
  quotesCapped: (max: number, words: number) =>
    `Fler än ${max} citat innehåller ${words === 1 ? 'ordet' : 'orden'} – bara de ${max} första är med här, också i räkningen. Skriv fler ord för att avgränsa.`,
  nothingFound: (query: string) => `Inga träffar för ”${query}”.`,
  closestProposals: 'Närmaste förslag:',
  knownRemisser: 'Kända remisser:',
  emptyQuery:
    'Skriv ett avsnittsnummer (7.2.2), ett ord ur en rubrik (magnetmodellen) eller en remissinstans (Vision).',
  truncated: (max: number) => `Frågan var för lång och kortades till ${max} tecken.`,
  emptyDatabase: 'Databasen har inga remissvar än. Läs in remissvar först: npm run remiss -- ingest seeds/',
});

/** "7.2.2", "7.2.2 och 7.9.9", "4.1, 7.2.2 och 7.9.9". */
function listSv(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

// --- Slack app (Block Kit) and the daily digest ---
/** "1 remiss", "2 remisser": a count with the noun in the right number. */
export function svCount(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "1 remiss · 4 remissvar · 26 ståndpunkter": what a store holds (remissvar is the same word in the plural). */
export function storeCounts(s: { remisser: number; responses: number; stances: number }): string {
  return [
    svCount(s.remisser, 'remiss', 'remisser'),
    `${s.responses} remissvar`,
    svCount(s.stances, 'ståndpunkt', 'ståndpunkter'),
  ].join(' · ');
}

export const SLACK_SV = Object.freeze({
  stanceLabel: STANCE_WORD_SV,
  stanceGroup: STANCE_HEADING_SV,
  stanceEmoji: {
    for: ':large_green_circle:',
    partly: ':large_yellow_circle:',
    against: ':red_circle:',
    neutral: ':white_circle:',
  } satisfies Record<Stance, string>,
  wholeRemiss: 'Remissen som helhet',
  untitled: '(utan rubrik)',
  page: (page: number) => `s. ${page}`,
  postInChannel: 'Posta i kanalen',
  shareInThread: 'Dela i tråd',
  shareInChannel: 'Dela i kanalen',
  showMore: 'Visa fler',
  /** The button beside each choice of a pick list. */
  pick: 'Välj',
  /** After the heading of a respondent's later pages: "Vision: ståndpunkter i 80 förslag (forts.)". */
  continued: '(forts.)',
  choiceCount: (n: number) => `${n} att välja mellan`,
  showing: (from: number, to: number, total: number) => `Visar ${from}–${to} av ${total} svar`,
  showingProposals: (from: number, to: number, total: number) =>
    `Visar förslag ${from === to ? from : `${from}–${to}`} av ${total}`,
  showingChoices: (from: number, to: number, total: number) => `Visar ${from}–${to} av ${total} att välja mellan`,
  /** The notification of a quote search: "3 citat med ”instämmer inte” i 2 förslag". */
  quoteHits: (query: string, quotes: number, proposals: number) =>
    `${SEARCH_SV.searchHeading(query, quotes)} i ${proposals} förslag`,
  /** The same, when some answers matched through their proposal's title. */
  quoteHitsWithTitles: (query: string, quotes: number, proposals: number) =>
    `${SEARCH_SV.searchHeadingWithTitles(query, quotes)} (${proposals} förslag)`,
  /** A quote search's tally counts the matching quotes only, not every answer to the proposal. */
  tallyOfHits: (tally: string) => `Av träffarna: ${tally}`,
  pickOne: (query: string) => `Flera träffar för ”${query}”. Vilken menar du?`,
  nothingFound: (query: string) => `Hittade inget för ”${query}”.`,
  didYouMean: 'Menade du:',
  queryTruncated: 'Frågan var för lång – jag sökte på början av den.',
  emptyDatabase: 'Inga remissvar är inlästa än. Dela en PDF, DOCX eller TXT med ordet ”remissvar” så läser jag in den.',
  searchFailed: 'Något gick fel när jag sökte. Försök igen om en stund – felet är loggat.',
  actionFailed: 'Något gick fel. Försök igen om en stund – felet är loggat.',
  quoteGone: 'Citatet finns inte längre (dokumentet har ersatts). Sök igen.',
  sharedBy: (userId: string) => `Delat av <@${userId}>`,
  helpTitle: 'Sök i remissvar med /remiss',
  helpBody: [
    '`/remiss 7.2.2` – ett förslag: vem tillstyrker, vem avstyrker, med citat',
    '`/remiss 7.2.2 SOU 2024:72` – när flera remisser har ett 7.2.2',
    '`/remiss 7` eller `/remiss kapitel 7` – förslagen i ett kapitel',
    '`/remiss magnetmodellen` – sök i förslagens rubriker och i citaten (stavfel går bra)',
    '`/remiss instämmer inte` – flera ord söker efter frasen i citaten',
    '`/remiss Vision` – en remissinstans ståndpunkter',
    '`/remiss granska` – tolkningar som är värda en mänsklig blick, med *Rätta*',
    '`/remiss export SOU 2024:72 docx` – remissammanställningen som fil i kanalen (docx, xlsx, md eller csv)',
    '`/remiss status` – vad som är inläst',
    'Allt går också att fråga genom att nämna mig (`@remiss 7.2.2`, `@remiss export …`): då svarar jag i tråden. Dela en PDF/DOCX/TXT med ordet ”remissvar” (eller nämn mig) så läser jag in den.',
  ].join('\n'),
  statusTitle: 'Inläst just nu',
  statusBody: (s: { remisser: number; responses: number; stances: number }) => storeCounts(s),
  /** The last remissvar added; the inquiry's own report is not one. */
  lastAdded: (file: string, when: string) => `Senaste remissvar: ${file} (${when})`,
  nothingIndexed: 'Inga remissvar är inlästa än.',
  /** "Sök i remissvar" on a message that has no words (a file alone, an image). */
  shortcutNoText:
    'Meddelandet har ingen text att söka på. Skriv vad du söker efter /remiss, t.ex. `/remiss magnetmodellen`.',
  mentionEmpty: 'Skriv vad du söker efter namnet, t.ex. `@remiss 7.2.2`.',
  fileRead: (file: string) => `Läste in *${file}*`,
  fileUnchanged: (file: string) => `*${file}* är redan inläst (samma innehåll).`,
  fileReplaced: (file: string) => `Läste in en ny version av *${file}*`,
  /** `file` and `earlier` already escaped: the respondent had answered before, under other file names. */
  fileReplacedEarlier: (file: string, earlier: readonly string[]) =>
    `Läste in *${file}*, som ersätter remissinstansens tidigare svar ${earlier.map((f) => `*${f}*`).join(', ')}`,
  fileRespondent: (respondent: string, remiss: string) => `${respondent} om ${remiss}`,
  fileNoStances: 'Jag hittade inga ståndpunkter per förslag i filen.',
  /** The file names no remiss; the message it was shared with did ("Remissvar från … på SOU 2024:72"). */
  remissFromMessage: 'Filen nämner ingen remiss, så jag använde den som meddelandet nämner.',
  /** The file names another remiss than the message it was shared with: it is filed under its own. */
  fileNamesOtherRemiss: (named: string, given: string) =>
    `Obs: filen nämner ${named}, inte ${given} som meddelandet nämner, så jag läste in den under ${named}.`,
  /** `file` and `remiss` already escaped. Its numbered headings name the proposals; it has no stances. */
  fileIsReport: (file: string, remiss: string | null) =>
    `*${file}* är utredningens eget betänkande${remiss ? ` (${remiss})` : ''}, inte ett remissvar – jag använder det bara för förslagens rubriker.`,
  fileFailed: (file: string, reason: string) => `Kunde inte läsa in *${file}*: ${reason}`,
  fileUnsupported: 'filformatet stöds inte (använd PDF, DOCX eller TXT)',
  fileTooLarge: `filen är för stor (gränsen är ${INGEST_LIMITS.maxBytes / (1024 * 1024)} MB per fil och ${INGEST_LIMITS.maxPages} sidor per PDF)`,
  fileDownloadFailed: 'filen gick inte att hämta från Slack',
  fileNotRemissvar: 'det ser inte ut som ett remissvar',
  fileAnswerKept:
    'jag hittade inga ståndpunkter i den, så remissinstansens tidigare svar med ståndpunkter gäller fortfarande. Är det en bilaga eller ett protokollsutdrag? Lägg den i samma fil som svaret och dela den igen',
  fileUnreadable: 'filen gick inte att läsa (skadad, krypterad eller utan text)',
  fileTimeout: 'det tog för lång tid att läsa filen – spara den som DOCX eller TXT och dela den igen',
  /** A photo, a scan saved as an image, or a PDF without a text layer: there is no OCR. */
  fileImage: 'filen är en bild eller skanning utan text – spara brevet som PDF med text, DOCX eller TXT',
  fileDatabaseDown: 'databasen svarar inte just nu – dela filen igen om en stund',
  /** Anything else that went wrong with a shared file: our fault, not the file's. */
  fileUnexpected: 'något gick fel hos mig (felet är loggat) – dela filen igen om en stund',
  fileReaderCrashed: 'läsningen avbröts: filen krävde för mycket minne eller fick läsaren att krascha (är den skadad?)',
  /** A remissvar whose respondent the parser did not find, by the file it came in (respondent-name.ts). */
  unknownRespondent: (file: string) => `Okänd remissinstans (${file})`,
  unknownRespondentName: 'Okänd remissinstans',
  unknownRemiss: 'okänd remiss',
  homeTitle: 'Remissvar – översikt',
  homeIntro: 'De senast besvarade remisserna först, och i varje de mest omstridda förslagen. Sök med `/remiss`.',
  homeEmpty: 'Inga remissvar är inlästa än.',
  /** Under a remiss's heading: "4 remissvar · senast 2026-11-23". */
  homeRemissFacts: (responses: number, lastDay: string | null) =>
    `${responses} remissvar${lastDay ? ` · senast ${lastDay}` : ''}`,
  homeMore: (n: number) => `… och ${n} förslag till. Sök med \`/remiss\`.`,
  homeMoreRemisser: (n: number) => `… och ${svCount(n, 'remiss', 'remisser')} till – sök med \`/remiss\`.`,
  digestTitle: 'Nya remissvar',
  digestSince: (since: string) => `Tillagda sedan ${since}`,
  digestAll: 'Alla inlästa remissvar',
  digestDisagree: 'Oenighet om:',
  digestMore: (n: number) => `… och ${n} remissvar till. Sök med \`/remiss\`.`,
  /** Under a remiss's disputed proposals, the ones not listed. */
  digestMoreProposals: (n: number) => `… och ${n} förslag till.`,
  digestMoreConflicts: (n: number) => `… och oenighet i ${svCount(n, 'remiss', 'remisser')} till. Sök med \`/remiss\`.`,
  /** A response against many proposals, by number: "avstyrker 15 förslag: 1.1, 1.3, …". */
  digestAgainstMany: (n: number, numbers: string) => `${STANCE_WORD_SV.against} ${n} förslag: ${numbers}`,
  digestMoreNumbers: (n: number) => `… och ${n} till`,
  digestNothing: 'Inget nytt sedan förra sammanfattningen – inget skickas.',
  dryRunHeader: (channel: string | null, when: string, day: string) =>
    channel
      ? `Provkörning (inget skickas): sammanfattningen ${day} kl. ${when} till ${channel}:`
      : 'Provkörning (inget skickas): DIGEST_CHANNEL är inte satt, så ingen sammanfattning schemaläggs. ' +
        `Så här skulle sammanfattningen ${day} kl. ${when} se ut:`,
});
