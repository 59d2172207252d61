import type { ExportFormat } from '../core/render/export-file.js';
import { STANCE_WORD_SV } from '../core/render/stance-words-sv.js';
import { storeCounts, svCount } from '../core/render/strings-sv.js';
import type { IngestFailure } from '../ingest/ingest-failure.js';
import { DATABASE_SV } from './database-strings-sv.js';

/** The export formats in the order the usage lists them. */
const EXPORT_FORMATS_SHOWN: readonly ExportFormat[] = ['md', 'csv', 'docx', 'xlsx'];

/** Swedish strings of the `remiss` commands (ingest, status, export, repl, digest). Ask has its own in core/render. */
export const CLI_SV = Object.freeze({
  usage: [
    'Användning: npm run remiss -- KOMMANDO   (KOMMANDO --help visar kommandots användning)',
    '  ingest [--catalog MAPP] [--remiss ID] SÖKVÄG...   läs in remissvar (PDF, DOCX, TXT; mappar söks igenom)',
    '  ask [--json] [--remiss ID] [--offset N | --all] FRÅGA',
    '                                      sök: 7.2.2, magnetmodellen, Vision (en remissinstans: 50 förslag per sida)',
    '  status                              vad databasen innehåller',
    '  export [--format md|csv|docx|xlsx] [--remiss ID] [--out FIL|-]   remissammanställningen',
    '  digest [--since ÅÅÅÅ-MM-DD]         remissvar tillagda sedan en tidpunkt',
    '  digest --dry-run                    vad den dagliga sammanfattningen i Slack skulle posta nu',
    '  parse [--json] [--remiss ID] FIL...   visa vad parsern hittar, utan att spara',
    '  repl                                fråga interaktivt (remiss> )',
    '  corrections [--since ÅÅÅÅ-MM-DD] [--as-gold [--out FIL]]   rättelser (granskningsspår), eller som guldfil',
    '  migrate --from FIL.db --to postgres://…   kopiera en SQLite-databas till PostgreSQL',
  ].join('\n'),
  unknownCommand: (name: string) => `Okänt kommando: ${name}. Skriv "npm run remiss -- help".`,
  askUsage: 'Användning: npm run remiss -- ask [--json] [--remiss "SOU 2024:72"] [--offset N | --all] FRÅGA',
  /** After "nästa sida: " under a respondent's first page: the command for the next one, and how to see all. */
  askNextPage: (command: string) => `${command}, alla: --all`,
  ingestUsage:
    'Användning: npm run remiss -- ingest [--catalog MAPP] [--remiss "SOU 2024:72"] SÖKVÄG...\n' +
    '(--remiss: remissen som svaren gäller, för brev som inte själva nämner den; en mapp med remissens namn, t.ex. "SOU 2024-72", gör detsamma)',
  exportUsage:
    'Användning: npm run remiss -- export [--format md|csv|docx|xlsx] [--remiss "SOU 2024:72"] [--out FIL]\n' +
    '(md och csv skrivs till terminalen utan --out eller med --out -; docx och xlsx alltid till en fil)',
  digestUsage: 'Användning: npm run remiss -- digest [--since ÅÅÅÅ-MM-DD]   eller: digest --dry-run',
  statusUsage: 'Användning: npm run remiss -- status',
  parseUsage: 'Användning: npm run remiss -- parse [--json] [--remiss "SOU 2024:72"] FIL...',
  /** `--remiss` that is no SOU/Ds reference (core/parse/remiss-hint.ts): refused before anything is read. */
  badRemissHint: (given: string) =>
    `--remiss "${given}" är ingen SOU- eller Ds-beteckning. Skriv till exempel --remiss "SOU 2024:72" eller --remiss "Ds 2023:5".`,
  replUsage: 'Användning: npm run remiss -- repl   (läser in SEEDS_DIR, sedan frågor vid remiss> )',
  migrateUsage:
    'Användning: npm run remiss -- migrate --from data/remiss.db [--to postgres://användare:lösenord@värd:5432/remiss]\n' +
    '(utan --to används REMISS_DB, också från .env, om den är en postgres://-adress: då syns lösenordet inte på kommandoraden)',
  status: {
    added: 'tillagd',
    replaced: 'ersatt',
    unchanged: 'oförändrad',
    failed: 'misslyckades',
  } satisfies Record<'added' | 'replaced' | 'unchanged' | 'failed', string>,
  stance: STANCE_WORD_SV,
  stanceCount: (n: number) => svCount(n, 'ståndpunkt', 'ståndpunkter'),
  report: 'utredningens eget betänkande',
  unknownRespondent: 'okänd remissinstans',
  unknownRemiss: 'okänd remiss',
  ingestSummary: (c: { files: number; added: number; replaced: number; unchanged: number; failed: number }) =>
    `${svCount(c.files, 'fil', 'filer')}: ${[
      svCount(c.added, 'tillagd', 'tillagda'),
      svCount(c.replaced, 'ersatt', 'ersatta'),
      svCount(c.unchanged, 'oförändrad', 'oförändrade'),
      svCount(c.failed, 'misslyckad', 'misslyckade'),
    ].join(', ')}`,
  /** Before the totals of an ingest the database stopped: the files done are stored. */
  ingestInterrupted: (done: number, total: number) =>
    `Inläsningen avbröts efter ${done} av ${svCount(total, 'fil', 'filer')}; det som lästes in före avbrottet finns kvar i databasen.`,
  newStances: (n: number) => svCount(n, 'ny ståndpunkt', 'nya ståndpunkter'),
  /** After a file filed under the remiss the user gave (--remiss, its folder), because its text names none. */
  remissFromHint: 'remissen är den angivna, filen nämner ingen',
  /** After a file whose text names another remiss than the one given: it is filed under its own. */
  fileNamesOtherRemiss: (named: string, given: string) =>
    `varning: filen nämner ${named}, inte den angivna ${given}, och läses in under ${named}`,
  /** After a file that replaced the same respondent's answer stored under another name. */
  replacesEarlier: (files: readonly string[]) => `ersätter tidigare svar: ${files.join(', ')}`,
  noFiles: 'Inga filer att läsa in (letar efter .pdf, .docx och .txt).',
  catalogProblem: (line: string) => `Katalogfil: ${line}`,
  failure: {
    empty_file: 'filen är tom',
    unsupported_format: 'filformatet stöds inte (använd PDF, DOCX eller TXT)',
    corrupt_file: 'filen är skadad',
    encrypted_file: 'filen är lösenordsskyddad',
    no_text: 'filen innehåller ingen text (en inskannad bild?)',
    timeout: 'det tog för lång tid att läsa filen',
    reader_crashed: 'läsningen avbröts: filen krävde för mycket minne eller fick läsaren att krascha',
    not_a_remissvar: 'det ser inte ut som ett remissvar',
    file_not_found: 'filen finns inte',
    permission_denied: 'behörighet saknas för att läsa filen',
    not_a_file: 'det är en mapp, inte en fil',
    answer_kept:
      'inga ståndpunkter i filen, så remissinstansens svar med ståndpunkter behålls (en bilaga eller ett protokollsutdrag? lägg den i samma fil som svaret)',
  } as Partial<Record<IngestFailure['code'], string>>,
  /** file_too_large: the limits of ingest (ReadOptions), so the user knows what "too large" means. */
  fileTooLarge: (megabytes: number, pages: number) =>
    `filen är för stor (gränsen är ${megabytes} MB per fil och ${pages} sidor per PDF)`,
  unexpectedFailure: (message: string) => `oväntat fel (${message})`,
  statusDatabase: (where: string) => `Databas: ${where}`,
  statusCounts: (s: { remisser: number; responses: number; stances: number }) => storeCounts(s),
  statusRemiss: (id: string, title: string | null) => (title && title !== id ? `  ${id} – ${title}` : `  ${id}`),
  statusLastAdded: (file: string, when: string) => `Senast tillagd: ${file} (${when})`,
  statusNoResponses: 'Inga remissvar är inlästa än. Läs in remissvar med: npm run remiss -- ingest seeds/',
  /** Every read-only command (ask, status, export, digest, corrections) on a SQLite file that is not there. */
  noDatabase: (where: string) =>
    `Databasen ${where} finns inte. Läs in remissvar först: npm run remiss -- ingest seeds/`,
  /** Commands that need remissvar (ask, export) on a database that has none. */
  noResponses: (where: string) =>
    `Databasen ${where} har inga remissvar än. Läs in remissvar först: npm run remiss -- ingest seeds/`,
  exportWritten: (file: string, remisser: number) =>
    `Remissammanställningen (${svCount(remisser, 'remiss', 'remisser')}) skrevs till ${file}`,
  exportUnknownRemiss: (id: string, known: string[]) =>
    known.length > 0 ? `Remissen ${id} finns inte. Kända remisser: ${known.join(', ')}` : `Remissen ${id} finns inte.`,
  exportCannotWrite: (file: string) => `Kunde inte skriva ${file}.`,
  exportUnknownFormat: (format: string) =>
    `Formatet ${format} stöds inte. Välj ett av: ${EXPORT_FORMATS_SHOWN.join(', ')}.`,
  exportBinaryToStdout: (format: string) =>
    `${format.toUpperCase()} är en zip-fil och skrivs inte till terminalen. Ange en fil med --out, eller utelämna --out.`,
  digestHeading: (since: string) => `Remissvar tillagda sedan ${since}:`,
  digestNothing: (since: string) => `Inga remissvar tillagda sedan ${since}.`,
  badDate: (value: string) => `Ogiltigt datum: ${value} (skriv ÅÅÅÅ-MM-DD).`,
  replWelcome: (counts: string) =>
    `Inläst: ${counts}. Skriv ett avsnitt (7.2.2), ett ord (magnetmodellen) eller en remissinstans (Vision). Skriv hjälp för fler exempel. Avsluta med Ctrl-D.`,
  /** The terminal's answer to "hjälp"/"help"/"?": what one can type at `remiss> ` (Slack's help, for a terminal). */
  replHelp: [
    'Skriv en fråga och tryck Enter:',
    '  7.2.2                  ett förslag: vem tillstyrker, vem avstyrker, med citat',
    '  7.2.2 SOU 2024:72      när flera remisser har ett 7.2.2',
    '  magnetmodellen         sök i förslagens rubriker och i citaten (stavfel går bra)',
    '  Vision                 en remissinstans ståndpunkter',
    '  Åstorps kommun 7.2.2   en remissinstans svar på ett förslag',
    '  nästa                  nästa sida, när ett svar visar en del av förslagen',
    '  status                 vad som är inläst',
    '  hjälp                  den här texten',
    '  avsluta                avsluta (eller Ctrl-D)',
  ].join('\n'),
  replNextPage: 'skriv nästa',
  replPrompt: 'remiss> ',
  replIngesting: (dir: string) => `Läser in ${dir} …`,
  replQueryFailed: 'Något gick fel med frågan. Inget i databasen har ändrats.',
  /** Database errors: DATABASE_SV in database-strings-sv.ts. */
  database: DATABASE_SV,
  unexpected: (message: string) => `Oväntat fel: ${message}`,
});
