/**
 * Constructed (not from a real SOU): a catalog of 150 proposals, chapters 1–15 with proposals x.1–x.10, for a
 * remiss too long for one Slack select. Titles are "<chapter topic> – <aspect>", with å/ä/ö where Swedish has them:
 * "14.9 Övergångsbestämmelser för vårdgivare – tillsyn".
 */
import type { Proposal } from '../../src/core/types.js';

const TOPICS = [
  'Ledarskapsutbildning för chefer',
  'Magnetmodellen i vården',
  'Läkarnas fortbildning',
  'Sjuksköterskornas specialisering',
  'Kompetensförsörjning i regionerna',
  'Primärvårdens uppdrag',
  'Digital vård och journalföring',
  'Forskning och utveckling',
  'Äldreomsorgens bemanning',
  'Psykiatrisk vård',
  'Tandvårdens organisation',
  'Patientsäkerhet och rapportering',
  'Statsbidrag till huvudmännen',
  'Övergångsbestämmelser för vårdgivare',
  'Ikraftträdande och uppföljning',
];

const ASPECTS = [
  'ansvar',
  'finansiering',
  'uppföljning',
  'tidplan',
  'författningsändringar',
  'konsekvenser',
  'samverkan',
  'utbildning',
  'tillsyn',
  'utvärdering',
];

export function constructedCatalog(remiss: string): Proposal[] {
  return TOPICS.flatMap((topic, c) =>
    ASPECTS.map((aspect, p) => ({ remiss, number: `${c + 1}.${p + 1}`, title: `${topic} – ${aspect}` })),
  );
}
