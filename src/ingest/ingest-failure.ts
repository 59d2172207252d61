import { ErrorCode, isRemissError } from '../errors.js';

/** Why a file was not ingested: a code the CLI and Slack turn into Swedish, and an English line for logs. */
export interface IngestFailure {
  code: ErrorCode | 'file_not_found' | 'permission_denied' | 'not_a_file' | 'unexpected';
  message: string;
}

export function ingestFailure(error: unknown): IngestFailure {
  if (isRemissError(error)) return { code: error.code, message: error.message };
  const errno = (error as NodeJS.ErrnoException)?.code;
  if (errno === 'ENOENT') return { code: 'file_not_found', message: 'file not found' };
  if (errno === 'EACCES' || errno === 'EPERM') return { code: 'permission_denied', message: 'permission denied' };
  if (errno === 'EISDIR') return { code: 'not_a_file', message: 'is a directory, not a file' };
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { code: 'unexpected', message };
}

/** The parser's own refusal (`ParsedDocument.error`): not a remissvar, or no text. */
export function parseFailure(message: string): IngestFailure {
  return { code: ErrorCode.NotARemissvar, message };
}

/** Store errors that concern the whole database, not one file: the batch stops instead of failing every file. */
export function isDatabaseFailure(error: unknown): boolean {
  return (
    isRemissError(error) &&
    [
      ErrorCode.DatabaseCorrupt,
      ErrorCode.DatabaseLocked,
      ErrorCode.DatabaseReadOnly,
      ErrorCode.DatabaseUnavailable,
      ErrorCode.DatabaseTooNew,
    ].includes(error.code)
  );
}
