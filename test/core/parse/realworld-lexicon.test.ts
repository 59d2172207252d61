import { type Catalog, EMPTY_CATALOG } from '../../../src/core/catalog/catalog.js';
import { parseDocument } from '../../../src/core/parse/index.js';
import type { ParsedDocument } from '../../../src/core/types.js';
import { curatedCatalog, textSource } from '../../helpers/seed-source.js';
import { summary } from '../../helpers/stance-summary.js';

// Every document in this file is constructed by us, in shapes met in real remissvar (the held-out evaluation's
// patterns P3, P8 and P9); none is a real response.

const LETTER = 'Exempelmyndigheten har fått betänkandet på remiss och lämnar följande synpunkter.';

function parse(body: string, catalog: Catalog = curatedCatalog(), header = 'Remissvar SOU 2024:72'): ParsedDocument {
  return parseDocument(textSource(`${header}\n\n${LETTER}\n\n${body}\n`), { file: 'constructed.txt', catalog });
}

const CHAPTER_7 = ['7.1.1', '7.2.1', '7.2.2', '7.2.3', '7.2.4', '7.2.5', '7.2.6', '7.2.7'];

describe('When a hedged agreement is qualified in a sentence after it (constructed)', () => {
  test('"i och för sig inga invändningar" with "Samtidigt borde …" a sentence later is partly, quoted together', () => {
    const doc = parse(
      '5.2 Statsbidrag\n\nVi har i och för sig inga invändningar mot förslaget. Ett sådant bidrag når vårdgivarna direkt. Samtidigt borde utjämningssystemet räcka för ändamålet.',
    );
    expect(summary(doc)).toEqual(['5.2 partly']);
    expect(doc.stances[0].quote).toContain('Samtidigt borde');
    expect(doc.stances[0].reason).toContain(", but '");
  });

  test('the same contrast after an agreement without a hedge leaves it for', () => {
    const doc = parse(
      '5.2 Statsbidrag\n\nVi har inga invändningar mot förslaget. Samtidigt borde utjämningssystemet räcka för ändamålet.',
    );
    expect(summary(doc)).toEqual(['5.2 for']);
  });

  test('a condition of success after a hedged agreement is no qualification ("förutsätts dock")', () => {
    const doc = parse(
      '5.2 Statsbidrag\n\nMyndigheten ställer sig i huvudsak bakom förslaget. För att det ska få genomslag förutsätts dock väl fungerande rutiner.',
    );
    expect(summary(doc)).toEqual(['5.2 for']);
  });

  test('a contrast that names other proposals belongs to them, not to the hedged verdict on the whole', () => {
    const doc = parse(
      'Regionen tillstyrker i huvudsak utredningens förslag. Regionen har dock synpunkter på förslagen i avsnitt 4.3 och 7.2.2.',
    );
    expect(summary(doc)).toEqual(['* for']);
  });

  test('a contrast further away than the next two sentences leaves the agreement for', () => {
    const doc = parse(
      '5.2 Statsbidrag\n\nVi har i och för sig inga invändningar mot förslaget. Bidraget når vårdgivarna direkt. Det liknar stödet till apotek. Samtidigt borde utjämningssystemet räcka.',
    );
    expect(summary(doc)).toEqual(['5.2 for']);
  });
});

describe('When a sentence answers the proposals of a chapter, with the remiss in the catalog (constructed)', () => {
  test('"instämmer i förslagen i kapitel 7" is a stance on each of the chapter\'s proposals, not on a proposal "7"', () => {
    const doc = parse('Vi instämmer i förslagen i kapitel 7.');
    expect(summary(doc)).toEqual(CHAPTER_7.map((n) => `${n} for`));
    expect(doc.stances.every((s) => s.quote === 'Vi instämmer i förslagen i kapitel 7.')).toBe(true);
    expect(doc.stances[0].reason).toBe("names chapter 7, which holds 7.1.1; 'instämmer'");
  });

  test('"kap." is a chapter too', () => {
    expect(summary(parse('Regionen tillstyrker förslagen i kap. 7.'))).toEqual(CHAPTER_7.map((n) => `${n} for`));
  });

  test('a proposal the same sentence names on its own keeps its own stance', () => {
    const doc = parse('Vi instämmer i förslagen i kapitel 7 men avstyrker förslaget i 7.2.2.');
    expect(summary(doc)).toEqual(CHAPTER_7.map((n) => `${n} ${n === '7.2.2' ? 'against' : 'for'}`));
  });

  test('a proposal a later sentence names on its own keeps its own stance', () => {
    const doc = parse('Vi instämmer i förslagen i kapitel 7. Förslaget i 7.2.2 avstyrker vi dock.');
    expect(summary(doc)).toEqual(CHAPTER_7.map((n) => `${n} ${n === '7.2.2' ? 'against' : 'for'}`));
  });

  test('"flertalet av förslagen i kapitel 7" is partly on the chapter as a whole, not on each of its proposals', () => {
    const doc = parse('Regionen tillstyrker flertalet av förslagen i kapitel 7.');
    expect(summary(doc)).toEqual(['"kapitel 7" partly']);
    expect(doc.stances[0].reason).toBe("names chapter 7 as a whole; 'tillstyrker flertalet av förslag'");
  });

  test("a chapter named under a heading that names the same chapter stays the heading's topic", () => {
    const doc = parse('Kapitel 7\nRegionen har inga synpunkter på förslagen i kapitel 7.');
    expect(summary(doc)).toEqual(['7 neutral']);
  });

  test('"avsnitt 5" is a section, not a chapter: it stays as written', () => {
    expect(summary(parse('Vi tillstyrker förslagen i avsnitt 5.'))).toEqual(['5 for']);
  });
});

describe('When a sentence answers the proposals of a chapter the catalog does not hold (constructed)', () => {
  test('with no catalog the chapter is a title of its own, never a proposal number', () => {
    const doc = parse('Vi instämmer i förslagen i kapitel 13. Vi lämnar inga synpunkter på kapitel 14.', EMPTY_CATALOG);
    expect(summary(doc)).toEqual(['"kapitel 13" for', '"kapitel 14" neutral']);
    expect(doc.stances[0].reason).toBe("names chapter 13 (none of its proposals in the catalog); 'instämmer'");
  });

  test('"inga synpunkter på förslagen i kapitel 5 om tillsyn" is neutral on the chapter, not on the remiss', () => {
    const doc = parse('Kommunen har inga synpunkter på förslagen i kapitel 5 om tillsyn.', EMPTY_CATALOG);
    expect(summary(doc)).toEqual(['"kapitel 5" neutral']);
  });

  test('a catalog of another remiss is not used when the answer names no remiss', () => {
    const doc = parse('Vi instämmer i förslagen i kapitel 7.', curatedCatalog(), 'Remissvar');
    expect(summary(doc)).toEqual(['"kapitel 7" for']);
  });
});

describe('When a sentence names a range of sections (constructed)', () => {
  test('"förslagen i avsnitt 5.1–5.3" with no catalog answers 5.1, 5.2 and 5.3', () => {
    const doc = parse('Kommunen tillstyrker förslagen i avsnitt 5.1–5.3.', EMPTY_CATALOG);
    expect(summary(doc)).toEqual(['5.1 for', '5.2 for', '5.3 for']);
  });

  test('with a catalog, the range covers the numbers between that the catalog has', () => {
    const doc = parse('Vi tillstyrker förslagen i avsnitt 7.2.3-7.2.6.');
    expect(summary(doc)).toEqual(['7.2.3 for', '7.2.4 for', '7.2.5 for', '7.2.6 for']);
  });

  test('with a catalog, a number between that the catalog lacks is left out', () => {
    expect(summary(parse('Vi tillstyrker förslagen i avsnitt 5.2–5.4.'))).toEqual(['5.2 for', '5.4 for']);
  });

  test('a range across chapters is not filled in', () => {
    const doc = parse('Kommunen tillstyrker förslagen i avsnitt 5.3–6.2.', EMPTY_CATALOG);
    expect(summary(doc)).toEqual(['5.3 for', '6.2 for']);
  });

  test('page ranges are no sections', () => {
    const doc = parse('5.2 Statsbidrag\n\nVi tillstyrker förslaget (se s. 236–238 i betänkandet).', EMPTY_CATALOG);
    expect(summary(doc)).toEqual(['5.2 for']);
  });

  test('numbers with no reference word before them are not filled in', () => {
    const doc = parse('Kommunen tillstyrker förslagen, se tabellerna 2.1–2.4.', EMPTY_CATALOG);
    expect(summary(doc)).not.toContain('2.2 for');
  });
});
