import type { Stance } from '../types.js';

/**
 * Swedish UI strings shared by the renderers. Each surface appends its own export block; parametrised messages
 * are functions, so tests assert on the constant they import.
 */

// --- Search and the terminal renderer (`remiss ask`, the REPL) ---
export const SEARCH_SV = Object.freeze({
  /** One word per stance, as a remissammanställning writes it. */
  stance: {
    for: 'tillstyrker',
    partly: 'delvis',
    against: 'avstyrker',
    neutral: 'neutral/tar inte ställning',
  } satisfies Record<Stance, string>,
  /** Group headings in a result, in STANCE_ORDER. */
  stanceHeading: {
    for: 'Tillstyrker',
    partly: 'Tillstyrker delvis',
    against: 'Avstyrker',
    neutral: 'Neutral/tar inte ställning',
  } satisfies Record<Stance, string>,
  wholeRemiss: 'Remissen som helhet',
  untitled: '(utan rubrik)',
  page: (page: number) => `s. ${page}`,
  noAnswers: 'Inga remissvar om det här förslaget än.',
  noAnswersFrom: (respondent: string) => `${respondent} har inte svarat på det här förslaget.`,
  // "förslag" and "citat" are the same in singular and plural.
  respondentHeading: (respondent: string, proposals: number) => `${respondent}: ståndpunkter i ${proposals} förslag`,
  searchHeading: (query: string, answers: number) => `${answers} citat med ”${query}”`,
  pickOne: (query: string) => `Flera lika bra träffar för ”${query}”. Vilken menar du?`,
  pickRemissProposal: (query: string) => `Vilket förslag i ${query}?`,
  askAgain: (query: string) => `→ ${query}`,
  nothingFound: (query: string) => `Inga träffar för ”${query}”.`,
  closestProposals: 'Närmaste förslag:',
  knownRemisser: 'Kända remisser:',
  emptyQuery:
    'Skriv ett avsnittsnummer (7.2.2), ett ord ur en rubrik (magnetmodellen) eller en remissinstans (Vision).',
  truncated: (max: number) => `Frågan var för lång och kortades till ${max} tecken.`,
  emptyDatabase: 'Databasen är tom — kör `npm run remiss -- ingest seeds/` först.',
  askUsage: 'Användning: remiss ask [--json] [--remiss "SOU 2024:72"] FRÅGA',
  database: {
    database_corrupt: (path: string) => `Databasfilen ${path} är skadad eller är ingen databas. Inget har ändrats.`,
    database_locked: (path: string) => `Databasen ${path} är låst av en annan process. Försök igen om en stund.`,
    database_read_only: (path: string) => `Databasen ${path} går bara att läsa, inte skriva.`,
    database_unavailable: (path: string) => `Databasen ${path} går inte att öppna.`,
    database_too_new: (path: string) =>
      `Databasen ${path} kommer från en nyare version av remiss. Uppdatera programmet.`,
  },
  unexpectedError: 'Något gick fel vid sökningen. Inget i databasen har ändrats.',
});
