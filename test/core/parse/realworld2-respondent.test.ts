import { parseDocument } from '../../../src/core/parse/index.js';
import type { ParsedDocument } from '../../../src/core/types.js';
import { textSource } from '../../helpers/seed-source.js';

// Every document in this file is constructed by us, in shapes that real remissvar use; none is a real response.

function parse(text: string): ParsedDocument {
  return parseDocument(textSource(text), { file: 'constructed.txt' });
}

describe('When a proper name of capitalised words states the positions (constructed)', () => {
  test('"Trygga Barnen instämmer …", repeated, names the respondent', () => {
    const doc = parse(
      [
        'Nyhet',
        '',
        'Våra synpunkter på betänkandet SOU 2019:33 Barnet i centrum',
        '',
        'Trygga Barnen instämmer med flera av utredningens förslag om stöd till barn.',
        '',
        'Utredningen föreslår att domstolen ska kunna besluta om delat boende. Trygga Barnen ser inte hur förslaget gynnar barnet.',
      ].join('\n'),
    );
    expect(doc.respondent).toBe('Trygga Barnen');
  });

  test('a capitalised pair named once, after the writer has spoken as "vi", is not taken', () => {
    const doc = parse(
      [
        'Remissvar SOU 2019:33',
        '',
        'Vi har tagit del av betänkandet och lämnar synpunkter.',
        '',
        'Norra Skogen tillstyrker förslaget om stöd till barn, och förslaget är bra.',
      ].join('\n'),
    );
    expect(doc.respondent).toBeNull();
  });

  test('a capitalised pair that states one position and is never named again is not taken', () => {
    const doc = parse('Remissvar SOU 2019:33\n\nNorra Skogen instämmer i förslaget om stöd till barn.\n');
    expect(doc.respondent).toBeNull();
  });
});

describe('When an abbreviation "avvisar" a proposal (constructed)', () => {
  test('"EXR avvisar utredningens förslag …" names EXR', () => {
    const doc = parse(
      'Publicerad 13 mars 2023\n\nStatens roll i skolan (SOU 2022:99)\n\nBetänkandet tar upp frågan om statligt huvudmannaskap. EXR avvisar utredningens förslag om ett statligt huvudmannaskap.\n',
    );
    expect(doc.respondent).toBe('EXR');
  });

  test('"Utredningen avvisar …" names nobody', () => {
    const doc = parse(
      'Statens roll i skolan (SOU 2022:99)\n\nUtredningen avvisar tanken på ett nytt system.\n\nFörslaget är bra.\n',
    );
    expect(doc.respondent).toBeNull();
  });
});

describe('When the name stands after a modal verb: "kan <name> inte tillstyrka" (constructed)', () => {
  test('the organisation after the fronted clause is the respondent', () => {
    const doc = parse(
      'Remissyttrande: Promemorian Tillfälliga regler för uthyrning av lokaler\n\nPå grund av brister i underlaget kan Småföretagarna inte tillstyrka förslaget till förordning.\n',
    );
    expect(doc.respondent).toBe('Småföretagarna');
  });

  test('"kan regeringen inte …" names nobody', () => {
    const doc = parse(
      'Remissyttrande: Promemorian Tillfälliga regler för uthyrning av lokaler\n\nUtan ett bättre underlag kan Regeringen inte tillstyrka förslaget.\n',
    );
    expect(doc.respondent).toBeNull();
  });
});

describe('When a header "<organisation>:" stands before verb-first bullets (constructed)', () => {
  test('the header names the respondent', () => {
    const doc = parse(
      [
        'Betänkande "Vård och kompetens" (SOU 2010:99)',
        '',
        'Svensk exempelförening har i sitt remissvar valt att fokusera på utbildningen.',
        '',
        'Svensk exempelförening:',
        '',
        '• tillstyrker förslaget att ge Universitetskanslersämbetet ett uppdrag om samverkan',
        '• tillstyrker att uppdraget omfattar en inventering av behoven',
      ].join('\n'),
    );
    expect(doc.respondent).toBe('Svensk exempelförening');
  });

  test('a header before bullets that state no position is not taken', () => {
    const doc = parse(
      [
        'Betänkande "Vård och kompetens" (SOU 2010:99)',
        '',
        'Utredningen har hört flera aktörer.',
        '',
        'Svensk exempelförening:',
        '',
        '• organiserar barnmorskor i hela landet',
        '• ger ut en tidskrift',
      ].join('\n'),
    );
    expect(doc.respondent).toBeNull();
  });
});

describe('When a news item opens "<organisation> remissvar på …" (constructed)', () => {
  test('the organisation is the respondent', () => {
    const doc = parse(
      'Effektiv vård\n\nSvensk exempelförening remissvar på regeringens utredning Effektiv vård innehåller både ris och ros. Föreningen stödjer förslaget om primärvården.\n',
    );
    expect(doc.respondent).toBe('Svensk exempelförening');
  });

  test('"Läs remissvar på …" names nobody', () => {
    const doc = parse('Effektiv vård\n\nLäs remissvar på regeringens utredning Effektiv vård här. Förslaget är bra.\n');
    expect(doc.respondent).toBeNull();
  });
});

describe('When "Våra synpunkter på …" labels a news item (constructed)', () => {
  test('the label does not count as the writer speaking before the name', () => {
    const doc = parse(
      'Gå direkt till innehåll\n\nNyhet - Våra synpunkter på betänkandet SOU 2019:33 Barnet i centrum!\n\nTrygga Barnen instämmer med flera av utredningens förslag.\n\nTrygga Barnen vill att barnets röst hörs.\n',
    );
    expect(doc.respondent).toBe('Trygga Barnen');
  });

  test('"vi" in a sentence of the letter still does', () => {
    const doc = parse(
      'Gå direkt till innehåll\n\nNyhet - Vi har läst betänkandet SOU 2019:33 Barnet i centrum.\n\nTrygga Barnen instämmer med flera av utredningens förslag.\n\nDet gör Trygga Barnen också.\n',
    );
    expect(doc.respondent).toBeNull();
  });
});

describe('When cookie chrome is run into the sentence before "kan <name> inte tillstyrka" (constructed)', () => {
  test('the name is still found', () => {
    const doc = parse(
      'Du kan ändra dina val för kakor i sidfoten. nyheter press Remissyttrande: Promemorian Tillfälliga regler Publicerad 1 mar 2021 På grund av brister kan Småföretagarna inte tillstyrka förslaget.\n',
    );
    expect(doc.respondent).toBe('Småföretagarna');
  });

  test('a question names nobody', () => {
    const doc = parse('Remiss SOU 2020:1\n\nVarför kan Småföretagarna inte tillstyrka förslaget?\n');
    expect(doc.respondent).toBeNull();
  });
});

describe('When the organisation "ska skicka sitt remissvar" (constructed)', () => {
  test('the university sending its own answer is the respondent', () => {
    const doc = parse(
      'Rektors blogg\n\nExempelstads universitet ska snart skicka sitt remissvar till Styr- och finansieringsutredningen, och styrelsen har beslutat.\n\nVi är positiva till flertalet förslag.\n',
    );
    expect(doc.respondent).toBe('Exempelstads universitet');
  });

  test('"Flera universitet har skickat sina remissvar" names nobody', () => {
    const doc = parse(
      'Rektors blogg\n\nFlera universitet har skickat sitt remissvar till Styr- och finansieringsutredningen.\n\nVi är positiva till flertalet förslag.\n',
    );
    expect(doc.respondent).toBeNull();
  });
});
