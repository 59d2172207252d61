/** The zone for days shown to users when the caller names none (DIGEST_TZ's default). */
export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

/** "23 nov": the day of an ISO instant in the team's time zone (the corrected marker); '' for a bad date. */
export function shortDay(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', timeZone }).format(date).replace('.', '');
}
