import type { Logger } from '@slack/bolt';

export type Surface = 'command' | 'mention' | 'shortcut' | 'action' | 'file' | 'home' | 'digest';

export interface RequestLogEntry {
  surface: Surface;
  query: string;
  latencyMs: number;
  hits: number;
  /** Set when the request failed; the detail goes to a separate error line. */
  outcome?: 'ok' | 'error';
}

/**
 * One line per request: `request surface=command query="7.2.2" latency_ms=12 hits=3 outcome=ok`.
 * The query is JSON-quoted (no log injection through newlines) and cut to 200 characters; tokens are never passed here.
 */
export function logRequest(logger: Logger, entry: RequestLogEntry): void {
  const query = JSON.stringify(entry.query.length > 200 ? `${entry.query.slice(0, 200)}…` : entry.query);
  logger.info(
    `request surface=${entry.surface} query=${query} latency_ms=${Math.round(entry.latencyMs)} hits=${entry.hits} outcome=${entry.outcome ?? 'ok'}`,
  );
}

/** English, one line, no stack: for the log line that accompanies a Swedish apology to the user. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split('\n')[0]}`;
  return String(error);
}
