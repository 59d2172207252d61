/**
 * How every surface names the sender of a remissvar: the respondent the parser found, or, when it found none, that
 * it is unknown together with the file it came in ("Okänd remissinstans (svar.pdf)"), so a file name is never
 * shown where a respondent's name goes. The store names stored answers this way too (store/shared/rows.ts). Pure.
 */
import { SLACK_SV as S } from './strings-sv.js';

export function respondentName(respondent: string | null, file: string): string {
  return respondent ?? S.unknownRespondent(file);
}
