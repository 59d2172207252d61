import { storeCounts, svCount } from '../core/render/strings-sv.js';
import type { Stance } from '../core/types.js';
import type { IngestFailure } from '../ingest/ingest-failure.js';

/** Swedish strings of the `remiss` commands (ingest, status, export, repl, digest). Ask has its own in core/render. */
export const CLI_SV = Object.freeze({
  usage: [
    'Användning: npm run remiss -- KOMMANDO',
    '  ingest [--catalog MAPP] SÖKVÄG...   läs in remissvar (PDF, DOCX, TXT; mappar söks igenom)',
    '  ask [--json] FRÅGA                  sök: 7.2.2, magnetmodellen, Vision',
    '  status                              vad databasen innehåller',
    '  export [--format md|csv|docx|xlsx] [--remiss ID] [--out FIL]   remissammanställningen',
    '  digest [--since ÅÅÅÅ-MM-DD]         remissvar tillagda sedan en tidpunkt',
    '  parse [--json] FIL...               visa vad parsern hittar, utan att spara',
    '  repl                                fråga interaktivt (remiss> )',
    '  corrections [--since ÅÅÅÅ-MM-DD] [--as-gold]   rättelser (granskningsspår), eller som guldfil',
  ].join('\n'),
  unknownCommand: (name: string) => `Okänt kommando: ${name}. Skriv "npm run remiss -- help".`,
  ingestUsage: 'Användning: npm run remiss -- ingest [--catalog MAPP] SÖKVÄG...',
  exportUsage: 'Användning: npm run remiss -- export [--format md|csv|docx|xlsx] [--remiss "SOU 2024:72"] [--out FIL]',
  digestUsage: 'Användning: npm run remiss -- digest [--since ÅÅÅÅ-MM-DD]',
  status: {
    added: 'tillagd',
    replaced: 'ersatt',
    unchanged: 'oförändrad',
    failed: 'misslyckades',
  } satisfies Record<'added' | 'replaced' | 'unchanged' | 'failed', string>,
  stance: {
    for: 'tillstyrker',
    partly: 'delvis',
    against: 'avstyrker',
    neutral: 'neutral',
  } satisfies Record<Stance, string>,
  stanceCount: (n: number) => svCount(n, 'ståndpunkt', 'ståndpunkter'),
  report: 'utredningens eget betänkande',
  unknownRespondent: 'okänd avsändare',
  unknownRemiss: 'okänd remiss',
  ingestSummary: (c: { files: number; added: number; replaced: number; unchanged: number; failed: number }) =>
    `${c.files} filer: ${c.added} tillagda, ${c.replaced} ersatta, ${c.unchanged} oförändrade, ${c.failed} misslyckade`,
  newStances: (n: number) => `${n} nya ståndpunkter`,
  /** After a file that replaced the same respondent's answer stored under another name. */
  replacesEarlier: (files: readonly string[]) => `ersätter tidigare svar: ${files.join(', ')}`,
  noFiles: 'Inga filer att läsa in (letar efter .pdf, .docx och .txt).',
  catalogProblem: (line: string) => `Katalogfil: ${line}`,
  failure: {
    empty_file: 'filen är tom',
    file_too_large: 'filen är för stor',
    unsupported_format: 'filformatet stöds inte (använd PDF, DOCX eller TXT)',
    corrupt_file: 'filen är skadad',
    encrypted_file: 'filen är lösenordsskyddad',
    no_text: 'filen innehåller ingen text (en inskannad bild?)',
    timeout: 'det tog för lång tid att läsa filen',
    not_a_remissvar: 'det ser inte ut som ett remissvar',
    file_not_found: 'filen finns inte',
    permission_denied: 'behörighet saknas för att läsa filen',
    not_a_file: 'det är en mapp, inte en fil',
  } as Partial<Record<IngestFailure['code'], string>>,
  unexpectedFailure: (message: string) => `oväntat fel (${message})`,
  statusDatabase: (where: string) => `Databas: ${where}`,
  statusNoDatabase: (where: string) =>
    `Ingen databas än (${where}). Läs in remissvar med: npm run remiss -- ingest seeds/`,
  statusCounts: (s: { remisser: number; responses: number; stances: number }) => storeCounts(s),
  statusRemiss: (id: string, title: string | null) => (title && title !== id ? `  ${id} – ${title}` : `  ${id}`),
  statusLastAdded: (file: string, when: string) => `Senast tillagd: ${file} (${when})`,
  statusEmpty: 'Databasen är tom. Läs in remissvar med: npm run remiss -- ingest seeds/',
  exportWritten: (file: string, remisser: number) =>
    `Remissammanställningen (${svCount(remisser, 'remiss', 'remisser')}) skrevs till ${file}`,
  exportUnknownRemiss: (id: string, known: string[]) =>
    known.length > 0 ? `Remissen ${id} finns inte. Kända remisser: ${known.join(', ')}` : `Remissen ${id} finns inte.`,
  exportCannotWrite: (file: string) => `Kunde inte skriva ${file}.`,
  digestHeading: (since: string) => `Remissvar tillagda sedan ${since}:`,
  digestNothing: (since: string) => `Inga remissvar tillagda sedan ${since}.`,
  badDate: (value: string) => `Ogiltigt datum: ${value} (skriv ÅÅÅÅ-MM-DD).`,
  replWelcome: (counts: string) =>
    `Inläst: ${counts}. Skriv ett avsnitt (7.2.2), ett ord (magnetmodellen) eller en remissinstans (Vision). Avsluta med Ctrl-D.`,
  replPrompt: 'remiss> ',
  replIngesting: (dir: string) => `Läser in ${dir} …`,
  replQueryFailed: 'Något gick fel med frågan. Inget i databasen har ändrats.',
  database: {
    database_corrupt: (where: string) => `Databasfilen ${where} är skadad eller är ingen databas. Inget har ändrats.`,
    database_locked: (where: string) => `Databasen ${where} är låst av en annan process. Försök igen om en stund.`,
    database_read_only: (where: string) => `Databasen ${where} går bara att läsa, inte skriva. Inget har ändrats.`,
    database_unavailable: (where: string) => `Databasen ${where} går inte att öppna.`,
    database_too_new: (where: string) =>
      `Databasen ${where} kommer från en nyare version av remiss. Uppdatera programmet.`,
  } as Record<string, (where: string) => string>,
  unexpected: (message: string) => `Oväntat fel: ${message}`,
});
