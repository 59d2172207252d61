import type { ParsedDocument } from '../../../src/core/types.js';
import { parseConstructed } from '../../helpers/stance-summary.js';

// Every document in this file is constructed by us (none is a real response), in the shapes municipal and regional
// letters have: a committee (nämnd, styrelse, utskott, förvaltning) answers on behalf of its municipality or region.
// Every municipality has a "Socialnämnden", and the store keeps one answer per respondent, so a committee's name
// alone would let two municipalities' answers replace each other: the respondent is the owner, or nobody.

const TITLE = 'Yttrande över betänkandet Ett påhittat betänkande om skolhälsa (SOU 2030:11)';
const POSITION = 'Vi tillstyrker förslaget i 4.1 men avstyrker förslaget i 4.2.';

/** A letter whose opening sentence introduces `name` as the one invited to answer. */
function introducedAs(name: string, { before = '', after = '' } = {}): ParsedDocument {
  return parseConstructed(
    `${before}${TITLE}\n\n${name} har beretts möjlighet att yttra sig över rubricerat betänkande och lämnar följande synpunkter.\n\n${POSITION}\n${after}`,
  );
}

describe('When a committee names its owner in the same words (constructed)', () => {
  test('"Socialnämnden i Åstorps kommun har beretts möjlighet …" is Åstorps kommun', () => {
    expect(introducedAs('Socialnämnden i Åstorps kommun').respondent).toBe('Åstorps kommun');
  });

  test('"Hälso- och sjukvårdsnämnden i Region Exempelland …" is Region Exempelland', () => {
    expect(introducedAs('Hälso- och sjukvårdsnämnden i Region Exempelland').respondent).toBe('Region Exempelland');
  });

  test('"Kommunstyrelsen i Exempelby kommun …" is Exempelby kommun', () => {
    expect(introducedAs('Kommunstyrelsen i Exempelby kommun').respondent).toBe('Exempelby kommun');
  });

  test('"Åstorps kommuns socialnämnd har tagit del av …" (the owner in the genitive) is Åstorps kommun', () => {
    const doc = parseConstructed(
      `${TITLE}\n\nÅstorps kommuns socialnämnd har tagit del av betänkandet och lämnar följande synpunkter.\n\n${POSITION}\n`,
    );
    expect(doc.respondent).toBe('Åstorps kommun');
  });

  test('"Socialnämnden i Lund …" (a town, no "kommun") is Lunds kommun, "Kommunstyrelsen i Malmö" Malmö stad', () => {
    expect(introducedAs('Socialnämnden i Lund').respondent).toBe('Lunds kommun');
    expect(introducedAs('Kommunstyrelsen i Malmö').respondent).toBe('Malmö stad');
  });
});

describe('When the letterhead or the signature names the owner of a committee that introduces itself (constructed)', () => {
  test('the letterhead "Åstorps kommun" / "Socialnämnden" above it names Åstorps kommun', () => {
    expect(introducedAs('Socialnämnden', { before: 'Åstorps kommun\nSocialnämnden\n\n' }).respondent).toBe(
      'Åstorps kommun',
    );
  });

  test('a letterhead run together on one line, "Åstorps kommun Socialnämnden", names Åstorps kommun', () => {
    expect(introducedAs('Socialnämnden', { before: 'Åstorps kommun Socialnämnden\n\n' }).respondent).toBe(
      'Åstorps kommun',
    );
  });

  test('a letterhead in capitals, "ÅSTORPS KOMMUN", names Åstorps kommun', () => {
    expect(
      introducedAs('Barn- och utbildningsnämnden', { before: 'ÅSTORPS KOMMUN\nBarn- och utbildningsnämnden\n\n' })
        .respondent,
    ).toBe('Åstorps kommun');
  });

  test('"Region Exempelland" above "Hälso- och sjukvårdsnämnden" names Region Exempelland', () => {
    expect(introducedAs('Hälso- och sjukvårdsnämnden', { before: 'Region Exempelland\n\n' }).respondent).toBe(
      'Region Exempelland',
    );
  });

  test('a signature block ending in "Åstorps kommun" names Åstorps kommun', () => {
    const signature = '\nFör socialnämnden\n\nAnna Exempelsson\nordförande\n\nÅstorps kommun, Box 1, 265 00 Åstorp\n';
    expect(introducedAs('Socialnämnden', { after: signature }).respondent).toBe('Åstorps kommun');
  });

  test('an e-mail domain names the owner when the letter writes that town out: @astorp.se and "Åstorp"', () => {
    const after = '\nKontakt: Anna Exempelsson, anna.exempelsson@astorp.se\n\nÅstorp den 3 mars 2030\n';
    expect(introducedAs('Miljö- och byggnadsnämnden', { after }).respondent).toBe('Åstorps kommun');
  });

  test('a committee that states the positions under a letterhead "Exempelby kommun" is Exempelby kommun', () => {
    const doc = parseConstructed(
      `Exempelby kommun\n\n${TITLE}\n\nSocialnämnden tillstyrker förslaget i 4.1. Socialnämnden avstyrker förslaget i 4.2.\n`,
    );
    expect(doc.respondent).toBe('Exempelby kommun');
  });
});

describe('When nothing in the letter says whose committee it is (constructed)', () => {
  test.each([
    'Socialnämnden',
    'Kommunstyrelsen',
    'Barn- och utbildningsnämnden',
    'Miljö- och byggnadsnämnden',
    'Regionstyrelsen',
    'Hälso- och sjukvårdsnämnden',
    'Kultur- och fritidsnämnden',
    'Tekniska nämnden',
    'Kommunstyrelsens arbetsutskott',
  ])('"%s" alone names no respondent', (committee) => {
    expect(introducedAs(committee).respondent).toBeNull();
  });

  test('a signature "För socialnämnden" alone names no respondent', () => {
    const doc = parseConstructed(`${TITLE}\n\n${POSITION}\n\nFör socialnämnden\n\nAnna Exempelsson\n`);
    expect(doc.respondent).toBeNull();
  });

  test('an e-mail domain without å/ä/ö that the letter never writes out names nobody (not "Astorps kommun")', () => {
    const after = '\nKontakt: anna.exempelsson@astorp.se\n';
    expect(introducedAs('Socialnämnden', { after }).respondent).toBeNull();
  });

  test('another municipality named in a phrase is not the owner: "… delar bedömningen från Lunds kommun"', () => {
    const doc = parseConstructed(
      `${TITLE}\n\nSocialnämnden har beretts möjlighet att yttra sig. Vi delar bedömningen från Lunds kommun.\n\n${POSITION}\n`,
    );
    expect(doc.respondent).toBeNull();
  });
});

describe('When an administration signs with a short opening sentence (constructed)', () => {
  const shortOpening = (body: string, after = '') =>
    parseConstructed(
      `${TITLE}\n\n${body} har beretts möjlighet att yttra sig och lämnar följande synpunkter.\n\n${POSITION}\n${after}`,
    );

  test('"Socialnämnden har beretts möjlighet att yttra sig och lämnar …" names nobody, not the clause before "lämnar"', () => {
    expect(shortOpening('Socialnämnden').respondent).toBeNull();
  });

  test('"Socialförvaltningen …" with only "anna@astorp.se" names nobody (not "Astorps kommun")', () => {
    expect(shortOpening('Socialförvaltningen', '\nKontakt: anna.exempelsson@astorp.se\n').respondent).toBeNull();
  });

  test('"Socialförvaltningen …" with "anna@astorp.se" and the postal address "265 80 Åstorp" is Åstorps kommun', () => {
    const after = '\nKontakt: anna.exempelsson@astorp.se\nBox 1, 265 80 Åstorp\n';
    expect(shortOpening('Socialförvaltningen', after).respondent).toBe('Åstorps kommun');
  });

  test("the department's address above the letter is not the committee's owner: 103 33 Stockholm", () => {
    const doc = parseConstructed(
      `Regeringskansliet\nSocialdepartementet\n103 33 Stockholm\n\n${TITLE}\n\nKommunstyrelsen har beretts möjlighet att yttra sig och lämnar följande synpunkter.\n\n${POSITION}\n`,
    );
    expect(doc.respondent).toBeNull();
  });

  test('an association that states the positions stays the respondent when it speaks of "Socialnämnden"', () => {
    const doc = parseConstructed(
      `${TITLE}\n\nExempelförbundet avstyrker förslaget i 4.1. Socialnämnden ska enligt förslaget pröva varje ansökan. Exempelförbundet avstyrker också förslaget i 4.2.\n`,
    );
    expect(doc.respondent).toBe('Exempelförbundet');
  });
});

describe('When a national body has "nämnden", "styrelsen" or "rådet" in its own name (constructed)', () => {
  test.each([
    'Överklagandenämnden för högskolan',
    'Statens medicinsk-etiska råd',
    'Nämnden för hemslöjdsfrågor',
    'Kemikalieinspektionen',
    'Bokföringsnämnden',
    'Skatterättsnämnden',
    'Socialstyrelsen',
    'Transportstyrelsen',
    'Säkerhets- och integritetsskyddsnämnden',
  ])('"%s" stays the respondent', (agency) => {
    expect(introducedAs(agency).respondent).toBe(agency);
  });

  test('an agency letter that speaks of "socialnämnden" keeps the agency as respondent', () => {
    const doc = parseConstructed(
      `${TITLE}\n\nSocialstyrelsen har beretts möjlighet att yttra sig. Socialnämnden i varje kommun ska enligt förslaget pröva ansökan.\n\n${POSITION}\n`,
    );
    expect(doc.respondent).toBe('Socialstyrelsen');
  });

  test('"Hyresnämnden i Exempelstad" (not a municipal committee) is kept as written', () => {
    expect(introducedAs('Hyresnämnden i Exempelstad').respondent).toBe('Hyresnämnden i Exempelstad');
  });
});
