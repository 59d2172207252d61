import { parseDocument } from '../../../src/core/parse/index.js';
import type { ParsedDocument } from '../../../src/core/types.js';
import { textSource } from '../../helpers/seed-source.js';

// Every document in this file is constructed by us, in shapes that real remissvar use; none is a real response.

function parse(text: string): ParsedDocument {
  return parseDocument(textSource(text), { file: 'constructed.txt' });
}

describe('When the letter recalls its answer to an earlier promemoria (constructed)', () => {
  const doc = parse(
    [
      'Exempelförbundets yttrande över utkast till lagrådsremiss om Bättre stöd vid omställning',
      '',
      'Departementet har gett Exempelförbundet möjlighet att yttra sig över utkastet.',
      '',
      'Exempelförbundet har i ett remissvar tillstyrkt förslagen i promemorian Bättre stöd vid omställning (Ds 2021:40). I utkastet har några förslag kompletterats.',
      '',
      'Exempelförbundet tillstyrker kompletteringarna.',
    ].join('\n'),
  );

  test('the number of the earlier promemoria is not taken as the remiss', () => {
    expect(doc.remiss?.id).not.toBe('Ds 2021:40');
  });

  test('the title after "<name>s yttrande över" names the remiss', () => {
    expect(doc.remiss?.title).toBe('Utkast till lagrådsremiss om Bättre stöd vid omställning');
  });
});

describe('When a number in the body is our own earlier answer but "i detta remissvar" is this one (constructed)', () => {
  test('"i detta remissvar" does not make the number earlier work', () => {
    const doc = parse(
      'Exempelkommun har fått remissen.\n\nKommunen lämnar i detta remissvar synpunkter på SOU 2024:15 och tillstyrker förslagen.\n',
    );
    expect(doc.remiss?.id).toBe('SOU 2024:15');
  });
});

describe('When an earlier betänkande is cited first and the remiss line stands at the end (constructed)', () => {
  const doc = parse(
    [
      'Exempelorganisationen Press och media',
      '',
      'Remissvar Exempelorganisationen: Tryggare boende för barn – promemoria',
      '',
      'Remissvar från: 2021-05-11',
      '',
      'När betänkandet om tryggare boende för barn (SOU 2018:90) var på remiss tillstyrkte Exempelorganisationen förslagen. Exempelorganisationen tillstyrker nu förslagen i promemorian, som skärper förslagen i SOU 2018:90.',
      '',
      'Utgiven 2021',
      '',
      'Remissvar på S2021/01234 Ds 2021:7 Tryggare boende för barn – förslag till ändrade bestämmelser',
    ].join('\n'),
  );

  test('the number in the "Remissvar på" line wins over numbers cited in the body', () => {
    expect(doc.remiss?.id).toBe('Ds 2021:7');
  });
});

describe('When no "Remissvar på" line names a number (constructed)', () => {
  test('the body number still counts, as before', () => {
    const doc = parse(
      'Exempelkommun har fått SOU 2023:9 på remiss.\n\nKommunen tillstyrker förslagen i SOU 2023:9.\n\nYttrande över ett förslag som gäller skolan\n',
    );
    expect(doc.remiss?.id).toBe('SOU 2023:9');
  });
});

describe('When the title stands in quotation marks after "<name>s remissvar på" (constructed)', () => {
  const doc = parse(
    [
      'Exempelsamverkan Nords remissvar på ”Gemensam indelning för statliga myndigheter”',
      '',
      'Regeringen skickade slutbetänkandet på remiss i våras.',
      '',
      'Exempelsamverkan Nord ställer sig positiv till förslagen.',
    ].join('\n'),
  );

  test('the quoted words are the title, without the quotation marks', () => {
    expect(doc.remiss?.title).toBe('Gemensam indelning för statliga myndigheter');
  });
});

describe('When the heading reads "Remissyttrande: Promemorian <title>" after web chrome (constructed)', () => {
  const doc = parse(
    [
      'Vi använder kakor för att sidan ska fungera. Du kan ändra dina val i sidfoten.',
      '',
      'nyheter press om oss',
      'Senaste nytt - Exempelförbundet',
      '',
      'Remissyttrande: Promemorian Tillfälliga regler för uthyrning av lokaler',
      '',
      'Publicerad 2 mar 2021',
      'Exempelförbundet kan inte tillstyrka förslaget till förordning.',
    ].join('\n'),
  );

  test('the promemoria title is the remiss', () => {
    expect(doc.remiss?.title).toBe('Tillfälliga regler för uthyrning av lokaler');
  });
});

describe('When "betänkandet" is followed by a number without "SOU" (constructed)', () => {
  const doc = parse(
    'Nyhet\n\nVåra synpunkter på betänkandet 2019:33 Barnet i centrum!\n\nExempelföreningen delar de flesta av utredningens förslag.\n',
  );

  test('the number is read as an SOU', () => {
    expect(doc.remiss?.id).toBe('SOU 2019:33');
  });

  test('the words after the number are the title', () => {
    expect(doc.remiss?.title).toBe('Barnet i centrum!');
  });

  test('a bare "2019:33" elsewhere is not read as an SOU', () => {
    const other = parse(
      'Exempelföreningen har tagit del av ärendet.\n\nEnligt beslut 2019:33 ska nämnden yttra sig.\n',
    );
    expect(other.remiss).toBeNull();
  });
});

describe('When the first line is the title and "ovan rubricerat" points back to it (constructed)', () => {
  const doc = parse(
    'Försök med nya antagningsprov till sjuksköterskeutbildningen.\n\nExempelförbundet har getts möjlighet att yttra sig över ovan rubricerat förslag.\n\nFörbundet tillstyrker förslaget.\n',
  );

  test('the first line is the remiss', () => {
    expect(doc.remiss?.title).toBe('Försök med nya antagningsprov till sjuksköterskeutbildningen');
  });
});

describe('When the first line is the title and a lone "Remissvar" line follows (constructed)', () => {
  test('the first line is the remiss', () => {
    const doc = parse(
      'Tillfälliga regler för uthyrning av lokaler\n\nArbetsmarknad\n\nRemissvar\n\n2021-03-02\n\nExempelförbundet tillstyrker förslagen.\n',
    );
    expect(doc.remiss?.title).toBe('Tillfälliga regler för uthyrning av lokaler');
  });

  test('web chrome as the first line is not a title', () => {
    const doc = parse('Hoppa till innehåll\n\nRemissvar\n\nExempelförbundet tillstyrker förslagen.\n');
    expect(doc.remiss).toBeNull();
  });

  test('without a "Remissvar" line or "ovan rubricerat" the first line is not taken', () => {
    const doc = parse(
      'Tillfälliga regler för uthyrning av lokaler\n\nExempelförbundet tillstyrker förslagen om uthyrning.\n',
    );
    expect(doc.remiss).toBeNull();
  });
});

describe('When the reply heading names the sender by its abbreviation and a colon (constructed)', () => {
  test('"Remissvar EXF: <title>" gives the title without the abbreviation', () => {
    const doc = parse('Remissvar EXF: Bättre skydd för barn i boende – promemoria\n\nEXF tillstyrker förslagen.\n');
    expect(doc.remiss?.title).toBe('Bättre skydd för barn i boende – promemoria');
  });
});

describe('When the body names the inquiry it answers: "sitt remissvar till <X>utredningen" (constructed)', () => {
  test('a named inquiry is the remiss', () => {
    const doc = parse(
      'Rektors blogg\n\nExempeluniversitetet skickar snart sitt remissvar till Styr- och finansieringsutredningen, Stryf, och styrelsen har beslutat.\n',
    );
    expect(doc.remiss?.title).toBe('Styr- och finansieringsutredningen');
  });

  test('"vårt svar på <x>utredningen, <title>" gives the title after the comma', () => {
    const doc = parse(
      'Exempelnätverket om regionutredningen.\n\nVi har kortat vårt svar på regionutredningen, Starkare regioner – med kraft att bära vården, som kom i mars.\n',
    );
    expect(doc.remiss?.title).toBe('Starkare regioner – med kraft att bära vården');
  });

  test('an answer sent to a department names no remiss', () => {
    const doc = parse('Exempelkommun har skickat sitt remissvar till Socialdepartementet i tid.\n');
    expect(doc.remiss).toBeNull();
  });

  test('an earlier answer to an inquiry names no remiss', () => {
    const doc = parse(
      'Exempelkommun lämnade i fjol sitt tidigare remissvar till Styr- och finansieringsutredningen.\n\nKommunen tillstyrker förslagen.\n',
    );
    expect(doc.remiss).toBeNull();
  });
});

describe('When the promemoria is named only by its diarienummer (constructed)', () => {
  test('"Promemorian Fi 2009/1234" gives the diarienummer as the remiss', () => {
    const doc = parse(
      'Promemorian Fi 2009/1234 saknar en tydlig målsättning. Förbundet anser att förslaget är olämpligt.\n',
    );
    expect(doc.remiss?.id).toBe('Fi 2009/1234');
  });

  test("the respondent's own case number is not a remiss", () => {
    const doc = parse('Dnr KS 2009/1234\n\nKommunen anser att förslaget är olämpligt.\n');
    expect(doc.remiss).toBeNull();
  });
});
