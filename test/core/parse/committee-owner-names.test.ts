import type { ParsedDocument } from '../../../src/core/types.js';
import { parseConstructed } from '../../helpers/stance-summary.js';

// Every document in this file is constructed by us (none is a real response). A committee ("Socialnämnden") is filed
// under its owner; these are the owners whose names are more than one word ("Upplands Väsby kommun", "Region
// Jönköpings län") or whose only clue is a region's e-mail domain. Contact names and postal codes are made up.

const TITLE = 'Yttrande över betänkandet Ett påhittat betänkande om skolhälsa (SOU 2030:11)';
const POSITION = 'Vi tillstyrker förslaget i 4.1 men avstyrker förslaget i 4.2.';

/** A letter whose opening sentence introduces `name` as the one invited to answer. */
function introducedAs(name: string, { before = '', after = '' } = {}): ParsedDocument {
  return parseConstructed(
    `${before}${TITLE}\n\n${name} har beretts möjlighet att yttra sig över rubricerat betänkande och lämnar följande synpunkter.\n\n${POSITION}\n${after}`,
  );
}

describe('When the owning municipality has a name of two words (constructed)', () => {
  test('"Socialnämnden i Upplands Väsby kommun har beretts möjlighet …" is Upplands Väsby kommun', () => {
    expect(introducedAs('Socialnämnden i Upplands Väsby kommun').respondent).toBe('Upplands Väsby kommun');
  });

  test('"Socialnämnden i Upplands Väsby" (the town, no "kommun") is Upplands Väsby kommun', () => {
    expect(introducedAs('Socialnämnden i Upplands Väsby').respondent).toBe('Upplands Väsby kommun');
    expect(introducedAs('Socialnämnden i Lilla Edet').respondent).toBe('Lilla Edets kommun');
  });

  test('"Socialnämnden i Malung-Sälen" (a hyphenated town, no "kommun") is Malung-Sälens kommun', () => {
    expect(introducedAs('Socialnämnden i Malung-Sälen').respondent).toBe('Malung-Sälens kommun');
    expect(introducedAs('Kommunstyrelsen i Upplands-Bro').respondent).toBe('Upplands-Bro kommun');
  });

  test('"Lilla Edets kommuns socialnämnd har tagit del av …" is Lilla Edets kommun', () => {
    const doc = parseConstructed(
      `${TITLE}\n\nLilla Edets kommuns socialnämnd har tagit del av betänkandet och lämnar följande synpunkter.\n\n${POSITION}\n`,
    );
    expect(doc.respondent).toBe('Lilla Edets kommun');
  });

  test('the letterhead "Lilla Edets kommun" above "Socialnämnden" names Lilla Edets kommun, not "Edets kommun"', () => {
    expect(introducedAs('Socialnämnden', { before: 'Lilla Edets kommun\nSocialnämnden\n\n' }).respondent).toBe(
      'Lilla Edets kommun',
    );
  });

  test('the letterhead "Upplands Väsby kommun" above "Kommunstyrelsen" names Upplands Väsby kommun', () => {
    expect(introducedAs('Kommunstyrelsen', { before: 'Upplands Väsby kommun\n\n' }).respondent).toBe(
      'Upplands Väsby kommun',
    );
  });

  test('a letterhead in capitals, "ÖSTRA GÖINGE KOMMUN", names Östra Göinge kommun', () => {
    expect(introducedAs('Socialnämnden', { before: 'ÖSTRA GÖINGE KOMMUN\nSocialnämnden\n\n' }).respondent).toBe(
      'Östra Göinge kommun',
    );
  });

  test('a signature ending in "Upplands Väsby kommun, Box 1, …" names Upplands Väsby kommun', () => {
    const after =
      '\nFör socialnämnden\n\nAnna Exempelsson\nordförande\n\nUpplands Väsby kommun, Box 1, 123 45 Upplands Väsby\n';
    expect(introducedAs('Socialnämnden', { after }).respondent).toBe('Upplands Väsby kommun');
  });

  test('"@upplandsvasby.se" and "Upplands Väsby den 3 mars 2030" name Upplands Väsby kommun', () => {
    const after = '\nKontakt: anna.exempelsson@upplandsvasby.se\n\nUpplands Väsby den 3 mars 2030\n';
    expect(introducedAs('Miljö- och byggnadsnämnden', { after }).respondent).toBe('Upplands Väsby kommun');
  });

  test('"@ostragoinge.se" and "Östra Göinge kommun" written in a sentence name Östra Göinge kommun', () => {
    const after = '\nFörslaget berör många familjer i Östra Göinge kommun.\nKontakt: anna.exempelsson@ostragoinge.se\n';
    expect(introducedAs('Socialnämnden', { after }).respondent).toBe('Östra Göinge kommun');
  });

  test('a hyphenated name\'s domain, "@upplandsbro.se", with "Upplands-Bro kommun" written names Upplands-Bro kommun', () => {
    const after = '\nFörslaget berör många familjer i Upplands-Bro kommun.\nKontakt: anna.exempelsson@upplandsbro.se\n';
    expect(introducedAs('Socialnämnden', { after }).respondent).toBe('Upplands-Bro kommun');
  });

  test('"Socialförvaltningen" with "@lillaedet.se" and "Box 1, 123 45 Lilla Edet" is Lilla Edets kommun', () => {
    const doc = parseConstructed(
      `${TITLE}\n\nSocialförvaltningen har beretts möjlighet att yttra sig och lämnar följande synpunkter.\n\n${POSITION}\n\nKontakt: anna.exempelsson@lillaedet.se\nBox 1, 123 45 Lilla Edet\n`,
    );
    expect(doc.respondent).toBe('Lilla Edets kommun');
  });
});

describe('When a two-word place is not a municipality (constructed)', () => {
  test('a company, "Väsby Bygg AB", stays the respondent', () => {
    expect(introducedAs('Väsby Bygg AB').respondent).toBe('Väsby Bygg AB');
  });

  test('a committee under the letterhead "Väsby Bygg AB" names no respondent (a company owns no committee)', () => {
    expect(introducedAs('Socialnämnden', { before: 'Väsby Bygg AB\n\n' }).respondent).toBeNull();
  });

  test('"@upplandsvasby.se" alone, the town never written out, names nobody', () => {
    const after = '\nKontakt: anna.exempelsson@upplandsvasby.se\n';
    expect(introducedAs('Socialnämnden', { after }).respondent).toBeNull();
  });
});

describe('When the owning region has a name of more than two words (constructed)', () => {
  test('the letterhead "Region Jönköpings län" names Region Jönköpings län, not "Region Jönköpings"', () => {
    expect(
      introducedAs('Hälso- och sjukvårdsnämnden', { before: 'Region Jönköpings län\nHälso- och sjukvårdsnämnden\n\n' })
        .respondent,
    ).toBe('Region Jönköpings län');
  });

  test('"Region Örebro läns hälso- och sjukvårdsnämnd har tagit del av …" (the owner in the genitive) is Region Örebro län', () => {
    const doc = parseConstructed(
      `${TITLE}\n\nRegion Örebro läns hälso- och sjukvårdsnämnd har tagit del av betänkandet och lämnar följande synpunkter.\n\n${POSITION}\n`,
    );
    expect(doc.respondent).toBe('Region Örebro län');
  });

  test('"Hälso- och sjukvårdsnämnden i Region Örebro län …" is Region Örebro län', () => {
    expect(introducedAs('Hälso- och sjukvårdsnämnden i Region Örebro län').respondent).toBe('Region Örebro län');
  });
});

describe("When a region's e-mail domain is the committee's only owner on a line of its own (constructed)", () => {
  const contact = (domain: string, sentence: string) =>
    introducedAs('Hälso- och sjukvårdsnämnden', {
      after: `\n${sentence}\nKontakt: Anna Exempelsson, anna.exempelsson@${domain}.se\n`,
    });

  test('"@regionskane.se" and "Region Skåne" written in a sentence name Region Skåne', () => {
    expect(contact('regionskane', 'Förslaget påverkar vårdcentralerna i Region Skåne.').respondent).toBe(
      'Region Skåne',
    );
  });

  test('"@regionhalland.se" and "Region Halland" written in a sentence name Region Halland', () => {
    expect(contact('regionhalland', 'Förslaget påverkar vårdcentralerna i Region Halland.').respondent).toBe(
      'Region Halland',
    );
  });

  test('"@vgregion.se" and "Västra Götalandsregionen" written in a sentence name Västra Götalandsregionen', () => {
    expect(contact('vgregion', 'Förslaget påverkar vårdcentralerna i Västra Götalandsregionen.').respondent).toBe(
      'Västra Götalandsregionen',
    );
  });

  test('"@rjl.se" and "Region Jönköpings län" written in a sentence name Region Jönköpings län', () => {
    expect(contact('rjl', 'Förslaget påverkar vårdcentralerna i Region Jönköpings län.').respondent).toBe(
      'Region Jönköpings län',
    );
  });

  test('"@regionstockholm.se" or "@sll.se" and "Region Stockholm" written name Region Stockholm', () => {
    const sentence = 'Förslaget påverkar vårdcentralerna i Region Stockholm.';
    expect(contact('regionstockholm', sentence).respondent).toBe('Region Stockholm');
    expect(contact('sll', sentence).respondent).toBe('Region Stockholm');
  });

  test('"@regionhalland.se" alone, the region never written out, names nobody', () => {
    expect(contact('regionhalland', 'Förslaget påverkar vårdcentralerna.').respondent).toBeNull();
  });

  test('"@regionhalland.se" with another region written, "Region Skåne", names nobody', () => {
    expect(contact('regionhalland', 'Vi har samrått med Region Skåne.').respondent).toBeNull();
  });
});
