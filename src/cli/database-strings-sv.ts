import type { DatabaseReason, ErrorDetails } from '../errors.js';

/**
 * What the CLI and the terminal say when the database cannot be used, in Swedish: the cause and which database
 * (a SQLite path, or a PostgreSQL server's host and database: never the user or password), as the app's English
 * start-up line does.
 */
type DatabaseText = (where: string, details?: ErrorDetails) => string;
type ReasonText = (where: string, details: ErrorDetails) => string;

const code = (d: ErrorDetails) => (d.driverCode ? ` (${d.driverCode})` : '');

const UNAVAILABLE: Record<DatabaseReason, ReasonText> = {
  unreachable: (where, d) =>
    `Databasen ${where} går inte att nå: servern svarar inte${code(d)}. Kontrollera att servern är igång och att REMISS_DB stämmer.`,
  host_not_found: (where, d) =>
    `Databasen ${where} går inte att nå: värden finns inte${code(d)}. Kontrollera värdnamnet i REMISS_DB.`,
  lost: (where, d) => `Databasen ${where} går inte att nå: förbindelsen bröts${code(d)}.`,
  login: (where) => `Databasen ${where} nekade inloggningen: fel användarnamn eller lösenord i REMISS_DB.`,
  no_database: (where) =>
    `Databasen ${where} finns inte på servern. Skapa den först (README: Running more than one instance).`,
  permission: (where, d) =>
    `Databasen ${where}: användaren saknar behörighet${d.serverMessage ? ` (${d.serverMessage})` : ''}.`,
  tls_unsupported: (where) =>
    `Databasen ${where} går inte att nå: REMISS_DB begär TLS (sslmode) men servern har inte TLS påslaget.`,
  tls_certificate: (where, d) =>
    `Databasen ${where} går inte att nå: serverns TLS-certifikat kunde inte kontrolleras${code(d)}. Ange CA-certifikatet med sslrootcert= i REMISS_DB.`,
};

/** Indexed by ErrorCode: a database error that ends a command. */
export const DATABASE_SV: Record<string, DatabaseText> = Object.freeze({
  database_corrupt: (where: string) => `Databasfilen ${where} är skadad eller är ingen databas. Inget har ändrats.`,
  database_locked: (where: string) => `Databasen ${where} är låst av en annan process. Försök igen om en stund.`,
  database_read_only: (where: string) => `Databasen ${where} går bara att läsa, inte skriva. Inget har ändrats.`,
  database_unavailable: (where: string, d: ErrorDetails = {}) =>
    d.reason ? UNAVAILABLE[d.reason](where, d) : `Databasen ${where} går inte att öppna.`,
  database_too_new: (where: string, d: ErrorDetails = {}) =>
    d.schema
      ? `Databasen ${where} har schemaversion ${d.schema.found}, men det här programmet känner bara till version ` +
        `${d.schema.known}. Uppdatera remiss till en version som stöder schemaversion ${d.schema.found}.`
      : `Databasen ${where} kommer från en nyare version av remiss. Uppdatera programmet.`,
});

/** REMISS_DB=postgres://… that cannot be parsed (src/store/postgres/redact.ts: urlProblem). */
export const malformedUrlSv = (redacted: string, encode: string) =>
  `REMISS_DB är ingen giltig PostgreSQL-adress: ${redacted}. Specialtecken i användarnamn och lösenord måste kodas: ${encode}.`;

/** After a database error in the middle of a terminal session: the session goes on. */
export const retryLaterSv = 'Försök igen om en stund.';
