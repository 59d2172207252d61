import { type DatabaseReason, ErrorCode, type ErrorDetails, RemissError } from '../../errors.js';
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
  const unavailable = (message: string, details: ErrorDetails) =>
    new RemissError(ErrorCode.DatabaseUnavailable, message, {
      cause: error,
      details: { driverCode: e.code, ...details },
    });
  switch (e.code) {
    case '28P01':
    case '28000':
      return unavailable(`PostgreSQL at ${where} refused the login: wrong user name or password (${detail})`, {
        reason: 'login',
        serverMessage: detail,
      });
    case '3D000':
      return unavailable(`PostgreSQL at ${where}: ${detail}; create it first`, { reason: 'no_database' });
    case '42501':
      return unavailable(`PostgreSQL at ${where}: permission denied (${detail})`, {
        reason: 'permission',
        serverMessage: detail,
      });
  }
  const tls = tlsReason(e);
  if (tls) {
    return unavailable(`PostgreSQL at ${where}: TLS failed (${detail}); see sslmode in the README`, { reason: tls });
  }
  if (isConnectionError(error)) {
    return unavailable(
      `PostgreSQL at ${where} is unavailable (${e.code ?? detail}); check that the server runs and REMISS_DB is right`,
      { reason: connectionReason(e) },
    );
  }
  const wrapped = new Error(e.code ? `${detail} [SQLSTATE ${e.code}]` : detail);
  (wrapped as Error & { code?: string }).code = e.code;
  return wrapped;
}

/** "The server does not support SSL connections" (sslmode set, no TLS on the server), or a certificate refused. */
function tlsReason(e: DriverError): DatabaseReason | null {
  if (/does not support SSL/i.test(e.message ?? '')) return 'tls_unsupported';
  if (e.code && (TLS_CERTIFICATE_CODES.has(e.code) || e.code.startsWith('ERR_TLS_'))) return 'tls_certificate';
  return null;
}

const TLS_CERTIFICATE_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
]);

function connectionReason(e: DriverError): DatabaseReason {
  const code = e.code ?? e.errors?.find((inner) => inner.code)?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host_not_found';
  if (code && (SERVER_GONE.has(code) || code === 'ECONNRESET' || code === 'EPIPE')) return 'lost';
  if (/terminated|not queryable|Client was closed/i.test(e.message ?? '')) return 'lost';
  return 'unreachable';
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}
