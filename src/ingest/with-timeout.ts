import { ErrorCode, RemissError } from '../errors.js';

/**
 * Settles with `work`, or rejects with a Timeout RemissError after `timeoutMs` and calls `onTimeout` so the
 * caller can stop what can be stopped. The ingest worker process is killed (src/ingest/reader/worker-reader.ts),
 * which stops anything, a loop in pdf.js or mammoth included; in this thread a pdf.js document can be destroyed,
 * while mammoth cannot be stopped and only the caller stops waiting. Bounding each file keeps one hostile
 * document from hanging a whole ingest.
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
