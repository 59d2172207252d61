import type { Confidence, Stance } from '../types.js';

/** Swedish strings of the remissammanställning (Markdown, CSV, DOCX and XLSX export; `/remiss export`). */
export const EXPORT_SV = Object.freeze({
  stance: {
    for: 'tillstyrker',
    partly: 'tillstyrker delvis',
    against: 'avstyrker',
    neutral: 'neutral',
  } satisfies Record<Stance, string>,
  // A remiss without a number is known by its title alone: "X – X" would repeat it.
  title: (remiss: string, title: string | null) =>
    title && title !== remiss ? `Remissammanställning: ${remiss} – ${title}` : `Remissammanställning: ${remiss}`,
  unknownRemiss: 'Okänd remiss',
  basis: (responses: number, stances: number, date: string) =>
    `Underlag: ${responses} remissvar, ${stances} ståndpunkter. Sammanställd ${date}.`,
  wholeRemiss: 'Remissen som helhet',
  untitled: '(utan rubrik)',
  withoutNumber: 'utan avsnittsnummer',
  noAnswers: 'Inga remissvar om förslaget.',
  page: (page: number) => `s. ${page}`,
  tableHeader: ['Remissinstans', 'Ståndpunkt', 'Citat', 'Källa'],
  csvHeader: ['remiss', 'avsnitt', 'rubrik', 'remissinstans', 'ståndpunkt', 'citat', 'fil', 'sida', 'säkerhet'],
  empty: 'Inga remissvar att sammanställa.',
  confidence: { high: 'hög', medium: 'medel', low: 'låg' } satisfies Record<Confidence, string>,
  // "rättad av U0123ABCD 2026-11-23": who (the Slack user id as stored) and the day, each when known.
  corrected: (by?: string, at?: string) =>
    ['rättad', by ? `av ${by}` : '', at ? at.slice(0, 10) : ''].filter(Boolean).join(' '),
  correctedYes: 'ja',
  correctedNote: 'Rättade ställningstaganden är granskade och ändrade av en handläggare.',
  docxTableHeader: ['Remissinstans', 'Ställning', 'Citat', 'Källa'],
  sheetStances: 'Ställningstaganden',
  sheetOverview: 'Översikt',
  xlsxHeader: [
    'Remiss',
    'Förslag',
    'Titel',
    'Remissinstans',
    'Ställning',
    'Citat',
    'Fil',
    'Sida',
    'Säkerhet',
    'Rättad',
  ],
  overviewRespondent: 'Remissinstans',
  overviewNumber: 'Förslag',
  overviewTitle: 'Titel',
  overviewTotal: (stance: string) => `Antal ${stance}`,
});
