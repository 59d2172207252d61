import type { CorrectedStance } from '../review/correction.js';
import { STANCE_WORD_SV } from './stance-words-sv.js';

/** Swedish UI strings for review and correction (markers, the "Rätta" modal, /remiss granska). */
export const REVIEW_SV = Object.freeze({
  lowConfidence: 'osäker tolkning',
  /** "rättad av <@U0ANNA> 23 nov"; `user` is already a mention or escaped text. */
  correctedBy: (user: string, day: string) => `rättad av ${user} ${day}`,
  /** The analyst's comment under a corrected answer in the terminal. */
  correctionComment: (comment: string) => `kommentar: ”${comment}”`,
  menuCorrect: 'Rätta',
  menuWhy: 'Varför denna tolkning?',
  /** `reason` is a Swedish sentence (reason-sv.ts) or `reasonUnknown`. */
  why: (confidence: string, reason: string) => `Säkerhet: ${confidence}. ${reason}`,
  /** "Varför denna tolkning?" on a corrected answer, first: who corrected it, when, to what; `user` a mention. */
  whyCorrected: (user: string, day: string, stance: string) => `Rättad av ${user} ${day}: ${stance}.`,
  /** …the analyst's comment, when there is one. */
  whyComment: (comment: string) => `Kommentar: ”${comment}”`,
  /** …then what the parser had read, before its confidence and reason. */
  whyParsed: (stance: string) => `Före rättelsen tolkat som ${stance}.`,
  /** Under a shared quote an analyst corrected. */
  sharedComment: (comment: string) => `Kommentar vid rättelsen: ”${comment}”`,
  /** A stored reason of a shape this version cannot put in Swedish (it is in the log and `parse --json`). */
  reasonUnknown: 'Det finns ingen närmare förklaring sparad för den här tolkningen.',
  confidence: { high: 'hög', medium: 'medel', low: 'låg' } as Record<string, string>,
  modalTitle: 'Rätta ståndpunkt',
  modalSubmit: 'Spara rättelse',
  modalClose: 'Avbryt',
  /** Between the respondent and the proposal at the top of the modal: "Åstorps kommun om 7.2.2 …". */
  modalAbout: ' om ',
  modalParsed: (stance: string) => `Tolkat som: ${stance}`,
  modalCurrentCorrection: (user: string, day: string) => `Senast rättad av ${user} ${day}`,
  stanceLabel: 'Ståndpunkt',
  proposalLabel: 'Förslag',
  /** Under the proposal field when the catalog is too long for one list (an external select). */
  proposalHint: 'Skriv ett nummer (t.ex. 14 eller 7.2) eller ett ord ur rubriken för att hitta fler förslag.',
  /** The chosen proposal is not in the remiss's catalog (a forged or outdated submission). */
  proposalUnknown: 'Förslaget finns inte i remissens förslagslista. Välj ett förslag i listan.',
  quoteLabel: 'Citat (en mening ur remissvaret)',
  quoteHint: 'Citat väljs ur dokumentets egen text, så att de förblir ordagranna.',
  sentencesHeading: 'Meningar i dokumentet:',
  commentLabel: 'Kommentar',
  commentPlaceholder: 'Varför ändrar du? (valfritt)',
  // The same stance names as every answer shows, plus the choice only a correction has.
  stances: { ...STANCE_WORD_SV, none: 'tar inte ställning' } satisfies Record<CorrectedStance, string>,
  noNumber: '(utan nummer)',
  saved: (respondent: string, proposal: string, stance: string) =>
    `Rättelsen är sparad: ${respondent}, ${proposal} → ${stance}.`,
  /** The modal's title and button when it shows that the correction was saved (24 characters at most). */
  savedTitle: 'Rättelsen är sparad',
  savedClose: 'Stäng',
  concurrent: 'Någon annan rättade samtidigt; din rättelse gäller nu.',
  notAllowed: 'Du kan inte rätta här: bara medlemmar i kanalen där frågan ställdes får rätta.',
  notReviewer: 'Du kan inte rätta: bara de granskare som är angivna i REVIEWERS får rätta.',
  membersUnknown:
    'Jag kan inte se vilka som är med i kanalen, så du kan inte rätta här. Be en administratör att lägga till dig i REVIEWERS.',
  documentGone:
    'Dokumentet har ersatts eller tagits bort sedan du öppnade rutan. Sök igen och rätta den nya versionen.',
  stanceGone: 'Ståndpunkten finns inte längre (dokumentet har ersatts). Sök igen.',
  reviewTitle: (remiss: string | null) => (remiss ? `Att granska i ${remiss}` : 'Att granska'),
  reviewIntro:
    'Osäkra tolkningar först, sedan remissvar utan hittad remissinstans och remissvar där ingen ståndpunkt hittades. Rätta via menyn (…).',
  reviewLowHeading: (n: number) => `*Osäkra tolkningar* (${n})`,
  reviewUnattributedHeading: (n: number) => `*Remissvar utan hittad remissinstans* (${n})`,
  /** Under that heading: how such answers are shown, and the one way to name their sender ("Rätta" cannot). */
  reviewUnattributedHint:
    'Deras ståndpunkter räknas och visas som ”Okänd remissinstans (filnamn)”. Rätta kan inte ändra avsändaren: skriv in remissinstansens namn i filen och dela den igen med samma filnamn.',
  reviewNoStanceHeading: (n: number) => `*Remissvar utan hittad ståndpunkt* (${n})`,
  /** After a heading whose list began on an earlier page. */
  reviewContinued: '(forts.)',
  reviewNothing: 'Inget att granska: inga osäkra tolkningar och inga remissvar utan ståndpunkt eller remissinstans.',
  reviewMore: (n: number) => `… och ${n} till.`,
  /** Under a page that is not the whole list, above "Visa fler". */
  reviewShowing: (from: number, to: number, total: number) => `Visar ${from}–${to} av ${total} att granska`,
  /** The notification: what the list holds, out of context. */
  reviewSummary: (title: string, uncertain: number, noStance: number, unattributed = 0) =>
    `${title}: ${uncertain} ${uncertain === 1 ? 'osäker tolkning' : 'osäkra tolkningar'}, ${noStance} remissvar utan hittad ståndpunkt` +
    (unattributed > 0 ? `, ${unattributed} remissvar utan hittad remissinstans` : ''),
  unknownRemiss: (remiss: string) => `Remissen ${remiss} finns inte i databasen.`,
});
