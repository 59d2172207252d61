/**
 * A computation done a step at a time: a generator whose yields are points where its caller may let other work
 * run, and whose return value is the result. Core only marks the points; what happens at one is the caller's
 * choice (the Slack app and the CLI let the event loop turn: src/export/cooperatively.ts; tests run straight on).
 */
export type Steps<T> = Generator<void, T, void>;

/** Takes a file's text one piece at a time. */
export type TextSink = (text: string) => void;

/**
 * Writes a file's text into `write`, piece by piece, and yields between rows: the points where building the file
 * may pause. Whoever collects the pieces decides at which of them it does (after every 64 KB or so).
 */
export type TextWriter = (write: TextSink) => Iterable<unknown>;

/** Runs every step at once: for tests and scripts where nothing else waits. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The whole text a writer writes, as one string: for tests and the terminal. */
export function textOf(writer: TextWriter): string {
  let text = '';
  const write = (piece: string) => {
    text += piece;
  };
  for (const _ of writer(write));
  return text;
}
