/** "ÅSTORPS KOMMUN " and "Åstorps kommun" are one respondent: trimmed, spaces collapsed, Swedish lower case. */
export function respondentKey(respondent: string): string {
  return respondent.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
}
