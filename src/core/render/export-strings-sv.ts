import type { Confidence } from '../types.js';
import { STANCE_WORD_SV } from './stance-words-sv.js';

/** Swedish strings of the remissammanställning (Markdown, CSV, DOCX and XLSX export; `/remiss export`). */
export const EXPORT_SV = Object.freeze({
  stance: STANCE_WORD_SV,
  // A remiss without a number is known by its title alone: "X – X" would repeat it.
  title: (remiss: string, title: string | null) =>
    title && title !== remiss ? `Remissammanställning: ${remiss} – ${title}` : `Remissammanställning: ${remiss}`,
  unknownRemiss: 'Okänd remiss',
  basis: (responses: number, stances: number, date: string) =>
    `Underlag: ${responses} remissvar, ${stances} ståndpunkter. Sammanställd ${date}.`,
  wholeRemiss: 'Remissen som helhet',
  untitled: '(utan rubrik)',
  withoutNumber: 'utan avsnittsnummer',
  noAnswers: 'Inga remissvar om förslaget.',
  page: (page: number) => `s. ${page}`,
  tableHeader: ['Remissinstans', 'Ståndpunkt', 'Citat', 'Källa'],
  csvHeader: [
    'remiss',
    'avsnitt',
    'rubrik',
    'remissinstans',
    'ståndpunkt',
    'citat',
    'fil',
    'sida',
    'säkerhet',
    'rättad',
  ],
  empty: 'Inga remissvar att sammanställa.',
  confidence: { high: 'hög', medium: 'medel', low: 'låg' } satisfies Record<Confidence, string>,
  // "rättad av U0123ABCD 2026-11-23": who (the Slack user id as stored) and the day, each when known.
  corrected: (by?: string, at?: string) =>
    ['rättad', by ? `av ${by}` : '', at ? at.slice(0, 10) : ''].filter(Boolean).join(' '),
  correctedYes: 'ja',
  correctedNote: 'Rättade ståndpunkter är granskade och ändrade av en handläggare.',
  docxTableHeader: ['Remissinstans', 'Ståndpunkt', 'Citat', 'Källa'],
  sheetStances: 'Ståndpunkter',
  sheetOverview: 'Översikt',
  xlsxHeader: [
    'Remiss',
    'Förslag',
    'Titel',
    'Remissinstans',
    'Ståndpunkt',
    'Citat',
    'Fil',
    'Sida',
    'Säkerhet',
    'Rättad',
  ],
  overviewRespondent: 'Remissinstans',
  overviewNumber: 'Förslag',
  overviewTitle: 'Titel',
  overviewTotal: (stance: string) => `Antal ${stance}`,
  // `/remiss export SOU 2024:72 docx` in Slack.
  slack: {
    working: (remiss: string, format: string) => `Sammanställer ${remiss} som ${format.toUpperCase()} …`,
    uploaded: (remiss: string, responses: number, stances: number) =>
      `Remissammanställning för ${remiss}: ${responses} remissvar, ${stances} ståndpunkter.`,
    unknownRemiss: (remiss: string, known: readonly string[]) =>
      known.length > 0
        ? `Remissen ”${remiss}” finns inte. Kända remisser: ${known.join(', ')}.`
        : `Remissen ”${remiss}” finns inte.`,
    whichRemiss: (known: readonly string[]) =>
      `Vilken remiss vill du exportera? Skriv till exempel /remiss export ${exampleRemiss(known)} docx. Kända remisser: ${known.join(', ')}.`,
    nothingToExport: (remiss: string | null) =>
      remiss
        ? `Det finns inga ståndpunkter att sammanställa för ${remiss} än.`
        : 'Det finns inga remissvar att sammanställa än. Dela remissvar i kanalen först.',
    // The app has no Messages tab (manifest.yml: messages_tab_enabled false, and it subscribes to no direct
    // messages), so a channel it is in is the one place to send a user.
    notInChannel:
      'Jag får inte lägga upp filer här. I en kanal: bjud in mig (/invite @remiss) och försök igen. I ett direktmeddelande mellan andra: be om exporten i en kanal där jag är med.',
    uploadFailed: 'Filen kunde inte laddas upp till kanalen. Försök igen om en stund.',
    unsupportedFormat: (format: string) =>
      `Formatet ${format} stöds inte. Välj docx, xlsx, md eller csv, till exempel /remiss export SOU 2024:72 xlsx.`,
    // An export only reads: say what failed and that trying again is safe.
    failed: 'Det gick inte att göra remissammanställningen just nu. Försök igen om en stund – felet är loggat.',
  },
});

/** The remiss an example names: one known by a number ("SOU 2024:72") reads better than a long title. */
function exampleRemiss(known: readonly string[]): string {
  const numbered = known.find((id) => /\d/.test(id));
  if (numbered) return numbered;
  return [...known].sort((a, b) => a.length - b.length)[0] ?? 'SOU 2024:72';
}
