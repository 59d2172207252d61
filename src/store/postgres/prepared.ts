import { createHash } from 'node:crypto';
import type { QueryConfig } from 'pg';

const names = new Map<string, string>();

/**
 * A search statement as a named prepared statement: each pooled connection parses and plans it once, then only
 * executes it (planning the respondent page's join costs about 0.9 ms, more than running it). The name is a hash
 * of the text, so one text is one name on every connection. Only for the few fixed statements search sends:
 * each connection keeps every name it has seen.
 */
export function preparedQuery(text: string, values: unknown[]): QueryConfig {
  let name = names.get(text);
  if (name === undefined) {
    name = `remiss_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return { name, text, values };
}
