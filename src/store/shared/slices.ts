/**
 * How Store.allAnswers reads a large remiss (18,000 stances at 300 respondents × 60 proposals): `rows` at a time,
 * with `between` run between two slices. An option of both stores, so tests can put a concurrent write there.
 */
export interface SliceOptions {
  /** Rows per slice. Default 500: a few ms of work on either backend at 18,000 stances. */
  rows?: number;
  /** Runs between two slices; the backend's default when absent (SQLite: one turn of the event loop). */
  between?: () => Promise<void>;
}

export interface Slices {
  rows: number;
  /** May throw to stop the read (the store was closed meanwhile). */
  between(): Promise<void>;
}

export const DEFAULT_SLICE_ROWS = 500;

/** The options with defaults, and `check` (the store's closed check) after every pause. */
export function slicesOf(options: SliceOptions | undefined, between: () => Promise<void>, check: () => void): Slices {
  const pause = options?.between ?? between;
  return {
    rows: Math.max(1, Math.floor(options?.rows ?? DEFAULT_SLICE_ROWS)),
    async between() {
      await pause();
      check();
    },
  };
}
