/**
 * A CONSTRUCTED remissammanställning of any size, the same on every run (no randomness, no clock), for tests that
 * pin export bytes or watch a large export. Its text exercises what the renderers escape or guard: Swedish
 * letters, typographic quotes, XML markup, a control character and a lone surrogate (dropped or replaced in Office
 * XML), a literal "_x000D_" (Excel's escape syntax), CSV commas, quotes, line breaks and formula prefixes,
 * Markdown pipes; corrected answers, answers without a page, the whole remiss, title-only proposals and a
 * proposal nobody answered.
 */
import { buildRemissammanstallning, type ExportAnswer, type ExportRemiss } from '../../src/core/render/export-model.js';
import type { Proposal, Stance } from '../../src/core/types.js';

const STANCES: readonly Stance[] = ['against', 'partly', 'for', 'neutral'];

const QUOTES = [
  'Vi instämmer inte till förslaget. Vi ser inte nyttan, då det innebär en ny certifiering vart fjärde år.',
  'Kommunen tillstyrker förslaget om ”magnetsjukhus” & <kvalitetsregister> i stort.',
  'Förbundet avstyrker, med hänvisning till "kostnaderna" – se bilaga 2.',
  '=HYPERLINK("http://example.com") är inte en formel här',
  'Rad ett\nrad två | med ett rör',
  'Ett styrtecken\u0002 och ett ensamt surrogat \uD800 i texten.',
  'Texten _x000D_ ska stå kvar som den skrevs.',
  '  Inledande och avslutande blanksteg.  ',
  '@SUM(A1:A2) och +1 och -1',
  'Region Skåne tillstyrker delvis; vi önskar en längre övergångsperiod för små kommuner i glesbygd.',
];

const NAMES = ['Åstorps kommun', 'Region Skåne', 'Vision', 'Föreningen Sveriges socialchefer', 'Örebro universitet'];

export interface ConstructedExportShape {
  respondents: number;
  proposals: number;
  /** The first answer's quote made this long (a quote longer than a compression batch), when given. */
  longQuote?: number;
}

/**
 * `respondents` × `proposals` answers on SOU 2024:72 (respondent r on proposal p), plus, for any size, one
 * answer on the whole remiss, one title-only answer, one on a second remiss and one on an unknown remiss.
 */
export function constructedExport({ respondents, proposals, longQuote }: ConstructedExportShape): ExportRemiss[] {
  const catalog: Proposal[] = Array.from({ length: proposals + 1 }, (_, p) => ({
    remiss: 'SOU 2024:72',
    number: `7.${Math.floor(p / 10) + 1}.${(p % 10) + 1}`,
    title: `Förslag ${p + 1} om kompetens & ”ansvar”`,
  }));
  const answers: ExportAnswer[] = [];
  for (let r = 0; r < respondents; r++) {
    for (let p = 0; p < proposals; p++) {
      const n = r * proposals + p;
      answers.push({
        documentId: r + 1,
        remiss: 'SOU 2024:72',
        proposal: catalog[p].number,
        title: catalog[p].title,
        respondent: `${NAMES[r % NAMES.length]} ${r + 1}`,
        stance: STANCES[(r + p) % STANCES.length],
        quote: `${QUOTES[n % QUOTES.length]} (${n})`,
        file: `${String(r + 1).padStart(3, '0')}_remissvar.pdf`,
        page: n % 7 === 0 ? null : (n % 40) + 1,
        confidence: n % 5 === 0 ? 'low' : n % 3 === 0 ? 'medium' : 'high',
        ...(n % 11 === 0 ? { corrected: { by: 'U0ANNA', at: '2026-11-22T09:00:00Z' } } : {}),
      });
    }
  }
  if (longQuote !== undefined && answers.length > 0) {
    answers[0].quote = `${answers[0].quote} `
      .repeat(Math.ceil(longQuote / answers[0].quote.length))
      .slice(0, longQuote);
  }
  const extra = (overrides: Partial<ExportAnswer>): ExportAnswer => ({
    documentId: 1,
    remiss: 'SOU 2024:72',
    proposal: '*',
    title: null,
    respondent: 'Åstorps kommun 1',
    stance: 'partly',
    quote: QUOTES[1],
    file: '001_remissvar.pdf',
    page: 1,
    confidence: 'high',
    ...overrides,
  });
  answers.push(
    extra({}),
    extra({ proposal: null, title: 'Ledarskap', stance: 'neutral', page: null }),
    extra({ remiss: 'Ds 2025:3', proposal: '2.1', title: 'Tillsyn', documentId: 9001, respondent: 'Vision' }),
    extra({ remiss: '', proposal: '3', title: null, documentId: 9002, respondent: 'Okänd', stance: 'against' }),
  );
  const remisser = [
    { id: 'SOU 2024:72', title: 'Stärkt medicinsk kompetens i kommunal hälso- och sjukvård' },
    { id: 'Ds 2025:3', title: null },
  ];
  return buildRemissammanstallning(answers, catalog, remisser);
}

/** How many answers the model holds. */
export function answerCount(model: readonly ExportRemiss[]): number {
  return model.reduce((n, r) => n + r.proposals.reduce((m, p) => m + p.answers.length, 0), 0);
}
