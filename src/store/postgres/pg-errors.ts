import { ErrorCode, RemissError } from '../../errors.js';
import { redactSecret, redactUrl } from './redact.js';

// SQLSTATE classes and Node socket codes that mean "the server cannot be reached or dropped us".
const CONNECTION_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);
const SERVER_GONE = new Set(['57P01', '57P02', '57P03', '53300']);
// "database "remiss" is not currently accepting connections" (55000, ALLOW_CONNECTIONS false during maintenance):
// the SQLSTATE alone is too broad, so the message decides.
const CONNECTION_MESSAGES =
  /Connection terminated|connection timeout|timeout expired|not queryable|Client was closed|not currently accepting connections/i;

interface DriverError {
  code?: string;
  message?: string;
  errors?: DriverError[];
}

/** True for faults where a new connection may succeed: refused, reset, terminated by the server, timed out. */
export function isConnectionError(error: unknown): boolean {
  const e = error as DriverError | undefined;
  if (!e || typeof e !== 'object') return false;
  if (e.code && (CONNECTION_ERRNOS.has(e.code) || SERVER_GONE.has(e.code) || e.code.startsWith('08'))) return true;
  if (Array.isArray(e.errors) && e.errors.some(isConnectionError)) return true;
  return CONNECTION_MESSAGES.test(e.message ?? '');
}

/** Serialization failures and deadlocks: the transaction may simply be run again. */
export function isRetryableConflict(error: unknown): boolean {
  const code = (error as DriverError | undefined)?.code;
  return code === '40001' || code === '40P01';
}

/**
 * Driver errors → RemissError with an English message that names the database without its password.
 * Errors that are not about the database's availability (a CHECK violation, a bug in SQL) keep their SQLSTATE
 * in the message and are passed on as they are, with secrets removed.
 */
export function toStoreError(error: unknown, url: string): Error {
  if (error instanceof RemissError) return error;
  const where = redactUrl(url);
  const e = (error ?? {}) as DriverError;
  const detail = redactSecret(firstLine(e.message ?? String(error)), url);
  switch (e.code) {
    case '28P01':
    case '28000':
      return new RemissError(
        ErrorCode.DatabaseUnavailable,
        `PostgreSQL at ${where} refused the login: wrong user name or password (${detail})`,
      );
    case '3D000':
      return new RemissError(ErrorCode.DatabaseUnavailable, `PostgreSQL at ${where}: ${detail}; create it first`);
    case '42501':
      return new RemissError(ErrorCode.DatabaseUnavailable, `PostgreSQL at ${where}: permission denied (${detail})`);
  }
  if (isConnectionError(error)) {
    return new RemissError(
      ErrorCode.DatabaseUnavailable,
      `PostgreSQL at ${where} is unavailable (${e.code ?? detail}); check that the server runs and REMISS_DB is right`,
      { cause: error },
    );
  }
  const wrapped = new Error(e.code ? `${detail} [SQLSTATE ${e.code}]` : detail);
  (wrapped as Error & { code?: string }).code = e.code;
  return wrapped;
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}
