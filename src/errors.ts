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

export class RemissError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RemissError';
  }
}

export function isRemissError(error: unknown, code?: ErrorCode): error is RemissError {
  return error instanceof RemissError && (code === undefined || error.code === code);
}
