import type { Stance } from '../types.js';

/** Swedish strings of the remissammanställning (markdown and CSV export). */
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
});
