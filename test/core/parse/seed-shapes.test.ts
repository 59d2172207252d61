import { buildCatalog } from '../../../src/core/catalog/catalog.js';
import { harvestProposals, parseDocument } from '../../../src/core/parse/index.js';
import type { ParsedDocument } from '../../../src/core/types.js';
import { ASTORP_PROPOSALS, curatedCatalog, SEEDS, seedSource } from '../../helpers/seed-source.js';

function parseSeed(path: string): ParsedDocument {
  return parseDocument(seedSource(path), { file: path, catalog: curatedCatalog() });
}

function stanceOf(doc: ParsedDocument, proposal: string | null) {
  return doc.stances.find((s) => s.proposal === proposal);
}

describe('When parsing a response with numbered headings and "Svar:" paragraphs (Åstorp)', () => {
  const doc = parseSeed(SEEDS.astorp);

  test('the respondent, remiss and kind are found', () => {
    expect([doc.kind, doc.respondent, doc.remiss?.id]).toEqual(['response', 'Åstorps kommun', 'SOU 2024:72']);
  });

  test('every numbered heading with an answer gives one stance', () => {
    expect(doc.stances.map((s) => s.proposal)).toEqual(ASTORP_PROPOSALS);
  });

  test('"instämmer inte" on the negative proposal 4.4.3 is against it', () => {
    expect(stanceOf(doc, '4.4.3')?.stance).toBe('against');
  });

  test('7.2.2 is against, quoted verbatim without the "Svar:" label, on page 4', () => {
    expect(stanceOf(doc, '7.2.2')).toMatchObject({ stance: 'against', page: 4, confidence: 'high' });
    expect(stanceOf(doc, '7.2.2')?.quote.startsWith('Vi instämmer inte till förslaget.')).toBe(true);
  });

  test('agreement plus a demand and an objection in the same section (4.2) is partly', () => {
    expect(stanceOf(doc, '4.2')?.stance).toBe('partly');
  });

  test('the reason for 4.2 names the demand and the objection that made it partly, not only the agreement', () => {
    expect(stanceOf(doc, '4.2')?.reason).toBe(
      "under heading 4.2; 'instämmer', but 'Det behöver även tydliggöras' and 'instämmer inte' (+2 more sentences)",
    );
  });

  test('the quote for 4.2 runs from the agreement to the demand; the objection is past the quote budget', () => {
    const quote = stanceOf(doc, '4.2')?.quote ?? '';
    expect([quote.startsWith('Vi instämmer i att'), quote.endsWith('om avtalet inte följs.')]).toEqual([true, true]);
  });
});

describe('When parsing bullets that quote proposal titles (FSS)', () => {
  const doc = parseSeed(SEEDS.fss);

  test("the respondent is the organisation's name without its abbreviation", () => {
    expect(doc.respondent).toBe('Föreningen Sveriges socialchefer');
  });

  test('each bullet title is matched to its number through the catalog', () => {
    expect(doc.stances.map((s) => [s.proposal, s.stance])).toEqual([
      ['4.1.1', 'for'],
      ['4.2.3', 'for'],
      ['4.6.4', 'partly'],
      ['5.4', 'against'],
      ['7.2.1', 'for'],
      ['7.2.2', 'against'],
    ]);
  });

  test("the reason for 4.6.4 names the reservation after the agreement: '… behöver dock definieras'", () => {
    expect(stanceOf(doc, '4.6.4')?.reason).toMatch(/'ser det som positivt om', but 'behöver dock definieras'/);
  });

  test('a short quote takes the following sentence that gives the reason', () => {
    expect(stanceOf(doc, '7.2.2')?.quote).toBe(
      'FSS instämmer inte i förslaget. Kommunerna ska även fortsättningsvis äga frågan om sin inre organisering.',
    );
  });

  test('without a catalog the titles still come through, with no number', () => {
    const bare = parseDocument(seedSource(SEEDS.fss), { file: SEEDS.fss });
    expect(bare.stances.every((s) => s.proposal === null && s.title)).toBe(true);
    expect(bare.stances).toHaveLength(6);
  });
});

describe('When parsing themed prose with a closing demands list (Vision)', () => {
  const doc = parseSeed(SEEDS.vision);

  test('topics are mapped to proposals: ledningsnivå → 4.6.4, ledarskapsutbildning → 7.2.1, both partly', () => {
    expect(doc.stances.map((s) => [s.proposal, s.stance])).toEqual([
      ['4.6.4', 'partly'],
      ['7.2.1', 'partly'],
    ]);
  });

  test("the reservation inside the agreement is named: 'välkomnar' … 'men anser'", () => {
    expect(stanceOf(doc, '7.2.1')?.reason).toMatch(/'välkomnar' with the reservation 'men anser'/);
  });

  test('inferred topics are marked as low or medium confidence with a reason', () => {
    for (const s of doc.stances) {
      expect(s.confidence).not.toBe('high');
      expect(s.reason).toMatch(/matched to/);
    }
  });
});

describe("When parsing an official's statement with an overall verdict and one reservation (Stockholm)", () => {
  const doc = parseSeed(SEEDS.stockholm);

  test('the remiss without an SOU number is identified by its title', () => {
    expect(doc.remiss?.id).toBe('Förslag till nationell plan för hälso- och sjukvårdens kompetensförsörjning');
  });

  test('the municipal administration is named as its city: Stockholms stad', () => {
    expect(doc.respondent).toBe('Stockholms stad');
  });

  test('"24 av de 25 förslagen är bra … men" is a partly verdict on the whole remiss', () => {
    expect(stanceOf(doc, '*')?.stance).toBe('partly');
  });

  test('the numbered reservation (punkt 5.2.1) is partly', () => {
    expect(stanceOf(doc, '5.2.1')?.stance).toBe('partly');
  });

  test('no quote contains contact details', () => {
    expect(doc.stances.some((s) => /@|Telefon/.test(s.quote))).toBe(false);
  });
});

describe("When parsing the inquiry's own summary", () => {
  test('it is a report with its SOU number and no stances', () => {
    const doc = parseSeed(SEEDS.report);
    expect([doc.kind, doc.remiss?.id, doc.stances.length]).toEqual(['report', 'SOU 2024:72', 0]);
  });
});

describe('When harvesting the corpus catalog', () => {
  test("Åstorp's numbered headings give number → title for SOU 2024:72", () => {
    const proposals = harvestProposals(seedSource(SEEDS.astorp));
    expect(proposals.find((p) => p.number === '7.2.2')).toEqual({
      remiss: 'SOU 2024:72',
      number: '7.2.2',
      title: 'Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård',
    });
  });

  test("a harvested catalog alone numbers FSS's bullets as well as the curated one", () => {
    const catalog = buildCatalog(harvestProposals(seedSource(SEEDS.astorp)));
    const doc = parseDocument(seedSource(SEEDS.fss), { file: SEEDS.fss, catalog });
    expect(doc.stances.map((s) => s.proposal)).toEqual(['4.1.1', '4.2.3', '4.6.4', '5.4', '7.2.1', '7.2.2']);
  });
});

describe('When an answer introduces a list with a colon (Åstorp 4.6.4)', () => {
  test('the quote takes the bulleted list along, verbatim', () => {
    const doc = parseDocument(seedSource(SEEDS.astorp), { file: SEEDS.astorp, catalog: curatedCatalog() });
    expect(doc.stances.find((s) => s.proposal === '4.6.4')?.quote).toBe(
      'Vi instämmer med förslaget om att genomföra de redan lämnade förslagen från utredningen SOU 2022:41 om lagkrav på: • en ledningsansvarig för kommunal hälso- och sjukvård i alla kommuner, och • en ledningsansvarig för planering, uppföljning och samordning av regionens hälso- och sjukvård.',
    );
  });
});
