/**
 * Constructed (not from a real SOU): a catalog of 150 proposals, chapters 1–15 with proposals x.1–x.10, for a
 * remiss too long for one Slack select. Titles are "<chapter topic> – <aspect>", with å/ä/ö where Swedish has them:
 * "14.9 Övergångsbestämmelser för vårdgivare – tillsyn".
 */
import type { Proposal } from '../../src/core/types.js';
import type { StoredAnswer } from '../../src/store/store.js';

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

/** Åstorps kommun on 1.1 of the constructed catalog's remiss, as the store hands it out (document 1). */
export function constructedAnswer(remiss: string, stanceId: number): StoredAnswer {
  return {
    stanceId,
    documentId: 1,
    remiss,
    proposal: '1.1',
    title: 'Ledarskapsutbildning för chefer – ansvar',
    respondent: 'Åstorps kommun',
    stance: 'for',
    quote: 'Kommunen tillstyrker förslaget.',
    page: 1,
    file: 'konstruerat-remissvar.txt',
    confidence: 'high',
    reason: 'constructed',
    addedAt: '2026-11-23T08:00:00Z',
  };
}
