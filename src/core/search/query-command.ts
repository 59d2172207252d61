/**
 * Words that are not searches: Slack (`/remiss hjälp`, `@remiss status`) and the terminal prompt answer them the
 * same way, so they are told apart here, once.
 */

/** "", "hjälp", "hjalp", "help", "?" => the usage text. An empty query is a request for help too. */
export const HELP_QUERY = /^(hjälp|hjalp|help|\?)?$/i;
/** "status" => what is ingested. */
export const STATUS_QUERY = /^status$/i;

export type QueryCommand = 'help' | 'status';

/** "hjälp" => 'help', " Status " => 'status', "7.2.2" => null (a search). */
export function queryCommand(query: string): QueryCommand | null {
  const trimmed = query.trim();
  if (HELP_QUERY.test(trimmed)) return 'help';
  if (STATUS_QUERY.test(trimmed)) return 'status';
  return null;
}
