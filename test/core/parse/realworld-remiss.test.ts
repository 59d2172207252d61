import { buildCatalog, findProposal } from '../../../src/core/catalog/catalog.js';
import { matchProposalTitle } from '../../../src/core/catalog/match-title.js';
import { parseDocument } from '../../../src/core/parse/index.js';
import type { ParsedDocument } from '../../../src/core/types.js';
import { curatedCatalog, textSource } from '../../helpers/seed-source.js';
import { summary } from '../../helpers/stance-summary.js';

// Every document in this file is constructed by us, in shapes that real remissvar use; none is a real response.
// The catalog is the curated one for SOU 2024:72 (seeds/catalogs), which `parse` and `ingest` load by default.

function parse(text: string): ParsedDocument {
  return parseDocument(textSource(text), { file: 'constructed.txt', catalog: curatedCatalog() });
}

// Prose that names the substance of SOU 2024:72's proposal 7.2.1 ("Utveckla en nationell ledarskapsutbildning …").
const NAMES_7_2_1 =
  'Vi välkomnar en nationell ledarskapsutbildning för chefer inom den kommunala hälso- och sjukvården.';

describe('When a response names no remiss, the catalog of another remiss stays out (constructed)', () => {
  const doc = parse(['Yttrande', '', 'Myndigheten har tagit del av utredningens analys.', '', NAMES_7_2_1].join('\n'));

  test('no remiss is found', () => {
    expect(doc.remiss).toBeNull();
  });

  test("prose that resembles a SOU 2024:72 title is not stored as an answer to that remiss's proposal", () => {
    expect(doc.stances.map((s) => s.proposal)).not.toContain('7.2.1');
    expect(doc.stances.map((s) => s.title)).not.toContain(
      'Utveckla en nationell ledarskapsutbildning för chefer inom den kommunala hälso- och sjukvården',
    );
  });
});

describe('When a response names its remiss, its own catalog still applies (constructed)', () => {
  test('the same prose under "Remissvar SOU 2024:72" is matched to 7.2.1', () => {
    const doc = parse(['Remissvar SOU 2024:72', '', NAMES_7_2_1].join('\n'));
    expect(summary(doc)).toEqual(['7.2.1 for']);
  });

  test('the same prose in a response to another remiss is matched to nothing', () => {
    const doc = parse(['Remissvar SOU 2023:99', '', NAMES_7_2_1].join('\n'));
    expect(doc.stances.map((s) => s.proposal)).not.toContain('7.2.1');
  });
});

describe('When a response without a remiss names a number itself (constructed)', () => {
  const doc = parse(
    [
      'Yttrande',
      '',
      'Myndigheten har tagit del av förslagen och lämnar följande synpunkter.',
      '',
      '4.1 Samverkan mellan huvudmännen',
      '',
      'Vi tillstyrker förslaget.',
    ].join('\n'),
  );

  test('the stance on the named number still counts', () => {
    expect(summary(doc)).toEqual(['4.1 for']);
  });

  test("the number keeps the response's own heading, not another remiss's title for 4.1", () => {
    expect(doc.stances[0].title).toBe('Samverkan mellan huvudmännen');
  });
});

describe('When the catalog is asked about an unknown remiss', () => {
  const catalog = buildCatalog([
    { remiss: 'SOU 2024:72', number: '7.2.2', title: 'Genomför försöksverksamhet med Magnetmodellen' },
  ]);

  test('a title is matched against no remiss at all', () => {
    expect(matchProposalTitle(catalog, null, 'Försöksverksamhet med Magnetmodellen')).toBeNull();
  });

  test('a number has no title', () => {
    expect(findProposal(catalog, null, '7.2.2')).toBeUndefined();
  });

  test("the remiss's own id still finds both", () => {
    expect(matchProposalTitle(catalog, 'SOU 2024:72', 'Försöksverksamhet med Magnetmodellen')?.proposal.number).toBe(
      '7.2.2',
    );
    expect(findProposal(catalog, 'SOU 2024:72', '7.2.2')?.title).toBe('Genomför försöksverksamhet med Magnetmodellen');
  });
});

describe('When a response cites earlier work by its SOU number (constructed)', () => {
  test('"i sitt tidigare remissvar om delbetänkandet (SOU 2020:88)" does not make that report the remiss', () => {
    const doc = parse(
      [
        'Övergripande synpunkter',
        '',
        'Regionen ställer sig bakom de flesta av förslagen.',
        '',
        'Regionen har i sitt tidigare remissvar om delbetänkandet (SOU 2020:88) varnat för höga kostnader.',
      ].join('\n'),
    );
    expect(doc.remiss).toBeNull();
  });

  test('"I nämndens yttrande över delbetänkandet … (SOU 2019:60)" leaves the title as the remiss', () => {
    const doc = parse(
      [
        'Remissvar En trygg skola för alla elever',
        '',
        'Nämnden ställer sig bakom utredningens förslag.',
        '',
        'I nämndens yttrande över delbetänkandet Trygg skola (SOU 2019:60) beskrev vi elevhälsans behov.',
      ].join('\n'),
    );
    expect(doc.remiss).toEqual({ id: 'En trygg skola för alla elever', title: 'En trygg skola för alla elever' });
  });

  test('a report cited as earlier work in the body loses to the remiss, even when cited more often', () => {
    const doc = parse(
      [
        'Yttrande',
        '',
        'Kommunen har tagit del av förslagen och lämnar följande synpunkter.',
        '',
        'Bakgrund',
        '',
        'Kommunen ansvarar för elevhälsan.',
        '',
        'Utredningen (SOU 2024:12) bygger vidare på ett tidigare betänkande (SOU 2022:3). Vi har i vårt tidigare yttrande över SOU 2022:3 tillstyrkt förslaget.',
      ].join('\n'),
    );
    expect(doc.remiss?.id).toBe('SOU 2024:12');
  });
});

describe('When the remiss answered is itself a delbetänkande (constructed)', () => {
  test('a heading "Kommunens yttrande över delbetänkandet … (SOU 2024:5)" names the remiss', () => {
    const doc = parse(
      [
        'Kommunens yttrande över delbetänkandet Bättre stöd i skolan (SOU 2024:5)',
        '',
        'Kommunen tillstyrker förslagen i delbetänkandet.',
      ].join('\n'),
    );
    expect(doc.remiss?.id).toBe('SOU 2024:5');
  });

  test('"Kommunen har fått delbetänkandet … (SOU 2024:5) på remiss" in prose names the remiss', () => {
    const doc = parse(
      [
        'Yttrande',
        '',
        'Kommunen har fått delbetänkandet Bättre stöd i skolan (SOU 2024:5) på remiss och lämnar följande synpunkter.',
        '',
        'Kommunen tillstyrker förslagen.',
      ].join('\n'),
    );
    expect(doc.remiss?.id).toBe('SOU 2024:5');
  });
});

describe('When a remiss number is written with "nr" (constructed)', () => {
  test('"Ds 2021 nr 14" is Ds 2021:14', () => {
    const doc = parse(
      ['Nämndens yttrande angående Skolskjuts på landsbygden Ds 2021 nr 14', '', 'Nämnden tillstyrker förslagen.'].join(
        '\n',
      ),
    );
    expect(doc.remiss?.id).toBe('Ds 2021:14');
  });

  test('"SOU 2023 nr 5" is SOU 2023:5', () => {
    const doc = parse(['Remissvar SOU 2023 nr 5', '', 'Regionen tillstyrker förslagen i betänkandet.'].join('\n'));
    expect(doc.remiss?.id).toBe('SOU 2023:5');
  });

  test('"nr" with no series before it is not a remiss', () => {
    const doc = parse(
      ['Yttrande', '', 'Kommunen tillstyrker förslagen i ärende 2023 nr 5 och har inget mer att tillägga.'].join('\n'),
    );
    expect(doc.remiss).toBeNull();
  });
});

describe('When a paragraph starts with "Remissyttrande" (constructed)', () => {
  const paragraph =
    'Remissyttrande Nämnden menar att reformen kommer för sent för de minsta kommunerna och deras skolor. Vi saknar dessutom en konsekvensanalys av hur reformen ska finansieras.';

  test('a sentence stating a position is not taken for the title of the remiss', () => {
    const doc = parse(['Nämndens yttrande angående Skolskjuts på landsbygden Ds 2021 nr 14', '', paragraph].join('\n'));
    // The heading's own title, after the sender's genitive "Nämndens yttrande angående", is the title.
    expect(doc.remiss).toEqual({ id: 'Ds 2021:14', title: 'Skolskjuts på landsbygden' });
  });

  test('without a number, no remiss is found rather than the paragraph', () => {
    const doc = parse(['Nämndens yttrande', '', paragraph].join('\n'));
    expect(doc.remiss).toBeNull();
  });

  test('a long title without a stance verb is still a title', () => {
    const title =
      'Ett samlat ansvar för vård och omsorg i glesbygd och på landsbygden med stöd av nya statliga bidrag till kommuner och regioner';
    const doc = parse([`Remissvar ${title}`, '', 'Regionen tillstyrker förslagen i promemorian.'].join('\n'));
    expect(doc.remiss).toEqual({ id: title, title });
  });
});

describe('When a title heading runs on into the paragraph after it (constructed)', () => {
  test('the title ends at the number that closes it', () => {
    const doc = parse(
      [
        'Remissvar på betänkandet En trygg skola för alla elever (SOU 2024:9) Nämnden har fått betänkandet på remiss och',
        'lämnar här sina synpunkter. Nämnden tillstyrker förslagen.',
      ].join('\n'),
    );
    expect(doc.remiss).toEqual({ id: 'SOU 2024:9', title: 'En trygg skola för alla elever' });
  });
});

describe('When prose before the title cites another report (constructed)', () => {
  test('the number in the title heading wins over the one in the prose above it', () => {
    const doc = parse(
      [
        'Regeringen gav utredningen tilläggsdirektiv efter betänkandet SOU 2021:7.',
        '',
        'Remissvar SOU 2023:40 Fler vägar till vård',
        '',
        'Regionen tillstyrker förslagen i betänkandet.',
      ].join('\n'),
    );
    expect(doc.remiss).toEqual({ id: 'SOU 2023:40', title: 'Fler vägar till vård' });
  });
});
