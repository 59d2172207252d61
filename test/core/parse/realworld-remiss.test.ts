import { buildCatalog, findProposal } from '../../../src/core/catalog/catalog.js';
import { matchProposalTitle } from '../../../src/core/catalog/match-title.js';
import { parseDocument } from '../../../src/core/parse/index.js';
import type { ParsedDocument } from '../../../src/core/types.js';
import { curatedCatalog, textSource } from '../../helpers/seed-source.js';

// Every document in this file is constructed by us, in shapes that real remissvar use; none is a real response.
// The catalog is the curated one for SOU 2024:72 (seeds/catalogs), which `parse` and `ingest` load by default.

function parse(text: string): ParsedDocument {
  return parseDocument(textSource(text), { file: 'constructed.txt', catalog: curatedCatalog() });
}

function summary(doc: ParsedDocument): string[] {
  return doc.stances.map((s) => `${s.proposal ?? `"${s.title}"`} ${s.stance}`);
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
