import { ErrorCode, RemissError } from '../../errors.js';

// Primary SQLite result codes (the low byte of an extended code); node:sqlite puts it on `errcode`.
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;

interface SqliteFailure {
  errcode?: number;
  message?: string;
}

/**
 * Turns a node:sqlite error into a RemissError with a code callers can switch on. Errors that are not about
 * the database file itself (a constraint in our own SQL, a bug) pass through unchanged.
 */
export function toStoreError(error: unknown, path: string): unknown {
  if (error instanceof RemissError) return error;
  const failure = error as SqliteFailure;
  if (typeof failure?.errcode !== 'number') return error;
  const detail = failure.message ?? 'unknown SQLite error';
  switch (failure.errcode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return new RemissError(
        ErrorCode.DatabaseLocked,
        `Database ${path} is locked by another process (${detail}); try again when it is done`,
        { cause: error },
      );
    case SQLITE_READONLY:
      return new RemissError(ErrorCode.DatabaseReadOnly, `Database ${path} is read-only (${detail})`, {
        cause: error,
      });
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return new RemissError(ErrorCode.DatabaseCorrupt, `Database ${path} is damaged or not a database (${detail})`, {
        cause: error,
      });
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
      return new RemissError(ErrorCode.DatabaseUnavailable, `Database ${path} cannot be opened (${detail})`, {
        cause: error,
      });
    default:
      return error;
  }
}
