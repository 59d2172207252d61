import { ErrorCode, RemissError } from '../errors.js';

/**
 * Settles with `work`, or rejects with a Timeout RemissError after `timeoutMs` and calls `onTimeout` so the
 * caller can stop what can be stopped (pdf.js documents can be destroyed; mammoth cannot, and then only
 * the caller stops waiting). Bounding each file keeps one hostile document from hanging a whole ingest.
 */
export async function withTimeout<T>(
  work: Promise<T>,
  timeoutMs: number,
  what: string,
  onTimeout: () => void = () => {},
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new RemissError(ErrorCode.Timeout, `${what} took longer than ${timeoutMs} ms and was stopped`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
