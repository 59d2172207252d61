/** Callers switch on `code`, never on message text. Messages are English, for logs; users see Swedish text from the UI strings. */
export enum ErrorCode {
  EmptyFile = 'empty_file',
  FileTooLarge = 'file_too_large',
  UnsupportedFormat = 'unsupported_format',
  CorruptFile = 'corrupt_file',
  EncryptedFile = 'encrypted_file',
  NoText = 'no_text',
  Timeout = 'timeout',
  /** The ingest worker died while reading or parsing the file (out of memory on a hostile file, a bug). */
  ReaderCrashed = 'reader_crashed',
  NotARemissvar = 'not_a_remissvar',
  DatabaseCorrupt = 'database_corrupt',
  DatabaseLocked = 'database_locked',
  DatabaseReadOnly = 'database_read_only',
  DatabaseUnavailable = 'database_unavailable',
  DatabaseTooNew = 'database_too_new',
  InvalidConfig = 'invalid_config',
  InvalidQuery = 'invalid_query',
  CorrectionDocumentGone = 'correction_document_gone',
  /** A document without stances would replace its respondent's answer that has some: the answer is kept. */
  AnswerKept = 'answer_kept',
}

/** Why a database cannot be used, for the user's message (the CLI words each in Swedish). */
export type DatabaseReason =
  /** The server refused or did not answer the connection (ECONNREFUSED, ETIMEDOUT …). */
  | 'unreachable'
  /** The host name does not resolve (ENOTFOUND). */
  | 'host_not_found'
  /** An open connection was broken: the server stopped or restarted, or the network failed. */
  | 'lost'
  | 'login'
  | 'no_database'
  | 'permission'
  /** `sslmode` asks for TLS and the server has none. */
  | 'tls_unsupported'
  /** TLS was set up but the server's certificate could not be verified. */
  | 'tls_certificate';

/** What a message to the user may say besides the code; never a secret. */
export interface ErrorDetails {
  reason?: DatabaseReason;
  /** The driver's or the system's code, e.g. ECONNREFUSED, 57P01. */
  driverCode?: string;
  /** The server's own words, when they name what is missing (a permission), password removed. */
  serverMessage?: string;
  /** DatabaseTooNew: the schema version found and the newest this program knows. */
  schema?: { found: number; known: number };
}

export class RemissError extends Error {
  readonly details: ErrorDetails;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: ErrorDetails },
  ) {
    super(message, options);
    this.name = 'RemissError';
    this.details = options?.details ?? {};
  }
}

export function isRemissError(error: unknown, code?: ErrorCode): error is RemissError {
  return error instanceof RemissError && (code === undefined || error.code === code);
}
