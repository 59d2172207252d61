/** Times shown to users are Swedish local time: "2026-11-23 13:12". */
export const DISPLAY_TIME_ZONE = 'Europe/Stockholm';

/**
 * The zone for the day in an answer's "rättad av … 23 nov": DIGEST_TZ, as in Slack, when it names a zone;
 * otherwise Swedish time (a bad DIGEST_TZ is reported by `npm start`, not by a query).
 */
export function answerTimeZone(env: NodeJS.ProcessEnv): string {
  const zone = env.DIGEST_TZ?.trim();
  if (!zone) return DISPLAY_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('sv-SE', { timeZone: zone });
    return zone;
  } catch {
    return DISPLAY_TIME_ZONE;
  }
}

/** "2026-11-23 13:12" in `timeZone` (answerTimeZone(env) in the CLI, so every command shows one local time). */
export function formatLocalTime(iso: string | Date, timeZone: string = DISPLAY_TIME_ZONE): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return date.toLocaleString('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function formatLocalDate(date: Date): string {
  return date.toLocaleDateString('sv-SE', { timeZone: DISPLAY_TIME_ZONE });
}

/** "2026-11-20" → the instant local midnight (Swedish, or `timeZone`) begins that day; anything else → undefined. */
export function parseLocalDay(value: string, timeZone: string = DISPLAY_TIME_ZONE): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(utcMidnight).toISOString().slice(0, 10) !== value) return undefined;
  // The zone's offset at that moment (+1 h winter, +2 h summer), read back from the formatted wall time.
  const wall = new Date(utcMidnight).toLocaleString('sv-SE', { timeZone }).replace(' ', 'T');
  const offset = Date.parse(`${wall}Z`) - utcMidnight;
  return new Date(utcMidnight - offset);
}
