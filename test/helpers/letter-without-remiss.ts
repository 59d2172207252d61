/**
 * A constructed remissvar (our own words, no real letter) that never names the remiss it answers: no SOU/Ds number,
 * no title, only "Remissvar" and numbered proposals of SOU 2024:72, as a real answer often does. One proposal is
 * named by its words only ("förslaget om fler specialistsjuksköterskor …"): only the remiss's catalog can give it
 * its number (7.2.3), so a test sees whether the catalog of the hinted remiss was used.
 */
export const LETTER_WITHOUT_REMISS = [
  'Remissvar',
  '',
  'Exempelkommunen',
  '',
  'Exempelkommunen har getts tillfälle att lämna synpunkter och svarar på förslagen nedan.',
  '',
  '7.2.2 Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård',
  '',
  'Exempelkommunen tillstyrker förslaget.',
  '',
  'Övriga synpunkter',
  '',
  'Exempelkommunen avstyrker förslaget om fler specialistsjuksköterskor i kommunal hälso- och sjukvård.',
  '',
].join('\n');

export const LETTER_RESPONDENT = 'Exempelkommunen';

/** The same letter as another respondent's answer that names its remiss in its heading (constructed). */
export function letterNaming(remiss: string, respondent = 'Exempelregionen'): string {
  return LETTER_WITHOUT_REMISS.replace('Remissvar', `Remissvar på ${remiss}`).replaceAll('Exempelkommunen', respondent);
}
