import { parseDocument } from '../../../src/core/parse/index.js';
import type { ParsedDocument } from '../../../src/core/types.js';
import { SEEDS, seedSource, textSource } from '../../helpers/seed-source.js';
import { regexWork } from '../../helpers/work-meter.js';

// Who answers, in the shapes real remissvar open with (web pages, agency letters, news items about a letter).
// Every document in this file is constructed by us; none is a real response.

function respondentOf(lines: string[]): string | null {
  const doc: ParsedDocument = parseDocument(textSource(lines.join('\n')), { file: 'constructed.txt' });
  expect(doc.kind).toBe('response');
  return doc.respondent;
}

describe('When an agency opens by describing its remit (constructed)', () => {
  test('"X (Kortnamn) har enligt sin instruktion till uppgift att …" names X', () => {
    const respondent = respondentOf([
      'Myndigheten för exempelanalys (Exempelanalys) har enligt sin instruktion till uppgift att följa upp och analysera verksamheter inom vård och omsorg. Det är från detta perspektiv som myndighetens yttrande utgår.',
      '',
      'Övergripande',
      '',
      'Vi tillstyrker förslagen om en stärkt primärvård men avstyrker förslaget om en ny lag.',
    ]);
    expect(respondent).toBe('Myndigheten för exempelanalys');
  });

  test('"enligt vår instruktion" and a heading before it name the agency too', () => {
    const respondent = respondentOf([
      'Övergripande bedömning',
      '',
      'Exempelinspektionen har enligt vår instruktion till uppgift att granska vården ur patientens perspektiv. Utifrån det lämnar vi synpunkter på betänkandet.',
      '',
      'Vi ställer oss bakom utredningens förslag.',
    ]);
    expect(respondent).toBe('Exempelinspektionen');
  });

  test('"X (Kortnamn) har till uppgift att …" without "instruktion" names X', () => {
    const respondent = respondentOf([
      'Myndigheten för exempelstudier (Exempelstudier) har till uppgift att följa upp och utvärdera insatser inom vården. Det är utifrån detta som vårt yttrande tar sin utgångspunkt.',
      '',
      'Vi är i grunden positiva till den övergripande inriktningen på utredningens förslag.',
    ]);
    expect(respondent).toBe('Myndigheten för exempelstudier');
  });
});

describe('When the self-introduction has an abbreviation with a period and an appositive short name (constructed)', () => {
  test('"Kungl. X, KORT, har beretts möjlighet …" names "Kungl. X"', () => {
    const respondent = respondentOf([
      'Miljödepartementet',
      '',
      'Yttrande över två rapporter om biologisk mångfald',
      '',
      'Kungl. Exempel- och Testakademien, KETA, har beretts möjlighet att yttra sig över rapporterna. KETA har främst granskat de delar som rör skog och mark och vill framföra följande.',
      '',
      'KETA anser att rapporterna ger en god översikt men saknar konkreta förslag.',
    ]);
    expect(respondent).toBe('Kungl. Exempel- och Testakademien');
  });

  test('"X tackar för inbjudan att svara på remissen" names X', () => {
    const respondent = respondentOf([
      'Remissvar',
      '',
      'Lund den 2 maj 2030',
      '',
      'Exempelförbundet FÖR rättvisa och delaktighet tackar för inbjudan att svara på denna remiss. Vi lämnar nedan vårt svar på förslagen.',
      '',
      'Vi avstyrker förslaget om att ta bort den särskilda ersättningen.',
    ]);
    expect(respondent).toBe('Exempelförbundet FÖR rättvisa och delaktighet');
  });
});

describe('When a web page puts its chrome before the letter (constructed)', () => {
  const page = [
    'Hoppa till innehåll',
    '',
    'Börja tidigt! En samlad vård för barn och unga (SOU 2030:12)',
    '',
    'Stockholm, 30 september 2030',
    'Till: Socialdepartementet',
    'Gem 2030/0124',
    '',
    'Remissunderlag',
    '',
    'Sveriges exempelförbund har fått rubricerat betänkande på remiss och vill framföra följande synpunkter.',
    '',
    'Sammanfattning',
    '',
    'Vi tillstyrker följande förslag',
    '',
    ' • En samlad planering för barn och unga',
    ' • Vägledning för skolans huvudmän',
    '',
    'Vi avstyrker följande förslag',
    '',
    ' • Ett nationellt program för hälsobesök',
    '',
    'Sveriges exempelförbunds yttranden över utredningens förslag',
    '',
    'Sammantaget bedömer förbundet att förslagen är vällovliga men alltför detaljstyrande.',
  ];

  test('the self-introduction on the line after "Remissunderlag" names the respondent', () => {
    expect(respondentOf(page)).toBe('Sveriges exempelförbund');
  });

  test('a dozen lines of site navigation before the letter do not hide the self-introduction', () => {
    const navigation = [
      'Meny',
      'Sök',
      'Logga in',
      'Om oss',
      'Kontakt',
      'Press',
      'Jobb',
      'Medlem',
      'Remisser',
      'Nyheter',
    ];
    expect(respondentOf([...navigation.flatMap((line) => [line, '']), ...page.slice(2)])).toBe(
      'Sveriges exempelförbund',
    );
  });

  test('a heading "<Org>s yttranden över utredningens förslag" gives the organisation, not the heading', () => {
    const withoutIntroduction = page.filter((line) => !line.includes('har fått rubricerat'));
    expect(respondentOf(withoutIntroduction)).toBe('Sveriges exempelförbund');
  });
});

describe('When the title names the sender in the genitive (constructed)', () => {
  test('"EFs yttrande angående …" on the first line names "EF"', () => {
    const respondent = respondentOf([
      'EFs yttrande angående uppdrag att främja vård i hela landet Ds 2030 nr 7',
      '',
      'Vi beklagar att promemorian inte lägger några skarpa förslag och vi saknar en analys av effekterna för patienterna.',
    ]);
    expect(respondent).toBe('EF');
  });

  test('"<Org>s svar på remiss av …" inside a one-line document converted from PDF names the organisation', () => {
    const respondent = respondentOf([
      'EXS 2030-486 M2030/1516 Remissvar 1(10) Regeringskansliet Miljödepartementet 103 33 Stockholm Exempelstyrelsens svar på remiss av beredningens betänkande om etappmål Miljödepartementet har skickat två dokument på remiss. Nedan lämnas synpunkter på de remitterade dokumenten. Det är viktigt att målen tolkas lika för alla myndigheter.',
    ]);
    expect(respondent).toBe('Exempelstyrelsen');
  });
});

describe('When a converter runs the title into the self-introduction (constructed)', () => {
  test('"… i kommunal vård Föreningen X (FX) har från departementet fått remiss …" names the association', () => {
    const respondent = respondentOf([
      'Remiss av SOU 2030:72 Stärkt kompetens i kommunal vård Föreningen Exempelchefer i Sverige (FES) har från departementet fått remiss av utredningen. Remissvaret ska ha kommit in senast i mars.',
      'FES anser att samverkan mellan kommun och region är viktigare än nya certifieringar.',
    ]);
    expect(respondent).toBe('Föreningen Exempelchefer i Sverige');
  });

  test('"… noterar att Socialstyrelsen har getts möjlighet …" is another body, inside a sentence', () => {
    const respondent = respondentOf([
      'Remissvar om kommunal vård (SOU 2030:72). Vi noterar att Socialstyrelsen har getts möjlighet att yttra sig i ett tidigare skede. Vi tillstyrker förslaget om en nationell samordnare.',
    ]);
    expect(respondent).toBeNull();
  });

  test('"Ärendet har beretts inom avdelningen" (the matter was prepared) names no one, run in or on its own line', () => {
    const onItsOwnLine = respondentOf([
      'Tjänsteutlåtande',
      '',
      'Yttrande över förslaget till en nationell plan för kompetensförsörjning',
      '',
      'Ärendets beredning',
      'Ärendet har beretts inom avdelningen för socialt stöd.',
      '',
      'Förvaltningen tillstyrker förslaget om fler utbildningsplatser.',
    ]);
    const runIn = respondentOf([
      'Yttrande över förslaget till en nationell plan för kompetensförsörjning Ärendets beredning Ärendet har beretts inom avdelningen för socialt stöd. Förvaltningen tillstyrker förslaget om fler utbildningsplatser.',
    ]);
    expect([onItsOwnLine, runIn]).toEqual([null, null]);
  });

  test('"Socialstyrelsen har fått i uppdrag att …" is an assignment, not a self-introduction', () => {
    const respondent = respondentOf([
      'Remissvar om kommunal vård (SOU 2030:72)',
      '',
      'Socialstyrelsen har fått i uppdrag att ta fram en vägledning för kommunerna.',
      '',
      'Vi tillstyrker förslaget om en nationell samordnare.',
    ]);
    expect(respondent).toBeNull();
  });
});

describe('When the letter calls itself by a generic noun (constructed)', () => {
  test('"Myndigheten har tagit del av …" is the agency named in the sentence before', () => {
    const respondent = respondentOf([
      'Yttrande om Exempelverkets hemställan om bekämpning av mygg i Testby kommuns våtmarker',
      '',
      'Exempel- och testmyndigheten tillstyrker Exempelverkets förslag.',
      '',
      'Myndigheten har tagit del av hemställan och har inget att erinra mot den bedömning verket gjort.',
    ]);
    expect(respondent).toBe('Exempel- och testmyndigheten');
  });

  test('"Ämbetet välkomnar …" is the "…ämbetet" the text named before', () => {
    const respondent = respondentOf([
      'YTTRANDE 1(6) Avdelning Juridiska avdelningen Regeringskansliet Stockholm Remiss av Exempelstiftelser för ökad frihet (Ds 2030:49) Sammanfattning Exempelkanslersämbetet har förståelse för att några lärosäten behöver större frihet. Exempelkanslersämbetet har inte möjlighet att kommentera förslaget i dess helhet. Ämbetet välkomnar ambitionen att studenternas rättssäkerhet ska förbli likvärdig. Ämbetet anser dock att förslaget inte är tillräckligt långtgående.',
    ]);
    expect(respondent).toBe('Exempelkanslersämbetet');
  });

  test('"Myndigheten" with no name anywhere is no respondent', () => {
    const respondent = respondentOf([
      'Yttrande över betänkandet om bättre tillsyn',
      '',
      'Myndigheten har tagit del av betänkandet och tillstyrker förslaget om en samlad tillsyn.',
    ]);
    expect(respondent).toBeNull();
  });

  test('"Kommunstyrelsen" under a "<Ort> stad" letterhead is the municipality', () => {
    const respondent = respondentOf([
      'Information från kommunstyrelsen 300204',
      '',
      'Exempelö stad',
      'Kommunstyrelsen',
      '1 (11)',
      '',
      'Remiss om en bättre tillsyn. Stadskontoret har i huvudsak inget att erinra mot förslagen men har detaljerade synpunkter.',
      'Kommunstyrelsen beslutade att avge yttrande i enlighet med stadskontorets förslag.',
    ]);
    expect(respondent).toBe('Exempelö stad');
  });

  test('a municipal administration whose e-mail domain is spelt without "ö" signs as "Malmö stad", not "Malmos kommun"', () => {
    const respondent = respondentOf([
      'Tjänsteutlåtande',
      '',
      'Yttrande över betänkandet om en bättre tillsyn (SOU 2030:1)',
      '',
      'Förvaltningen tillstyrker förslaget om en samlad tillsyn och ser positivt på att frågan utreds.',
      '',
      'Handläggare: anna.andersson@malmo.se',
    ]);
    expect(respondent).toBe('Malmö stad');
  });

  test('"Kommunstyrelsen" as the only letterhead is no respondent: every municipality has one', () => {
    const respondent = respondentOf([
      'Kommunstyrelsen',
      '',
      'Remiss om en bättre tillsyn',
      '',
      'Kommunstyrelsen tillstyrker förslaget om en samlad tillsyn men har synpunkter på finansieringen.',
    ]);
    expect(respondent).toBeNull();
  });
});

describe('When the respondent shows itself only as the subject of its stance sentences (constructed)', () => {
  test('"X tillstyrker samtliga förslag i betänkandet" after the address lines names X', () => {
    const respondent = respondentOf([
      'Registerkontroll av personal i exempelverksamhet (SOU 2030:65)',
      '',
      'Ställd till: Socialdepartementet',
      'Diarienummer 9.1:1037/30',
      '',
      'Inledning',
      'Exempelombudsmannen tillstyrker samtliga förslag i betänkandet.',
      '',
      'Exempelombudsmannen beklagar att utredningen inte fått se över kontaktfamiljer.',
    ]);
    expect(respondent).toBe('Exempelombudsmannen');
  });

  test('"Stiftelsen X välkomnar förslaget …" under headings names the foundation', () => {
    const respondent = respondentOf([
      'Remissvar: En exempellag för barn SOU 2030:19',
      '',
      'Inledning',
      '',
      'Barnets rättigheter',
      '',
      'Stiftelsen Exempelhemmet välkomnar förslaget om att göra konventionen till svensk lag. Konventionen är ett av de viktigaste instrumenten för barnets rättigheter.',
    ]);
    expect(respondent).toBe('Stiftelsen Exempelhemmet');
  });

  test('an abbreviation used throughout ("EO anser …") is kept as written; the report title is not its full name', () => {
    const respondent = respondentOf([
      'Betänkandet (SOU 2030:65) Exempelombudsmannen – företrädare för barn och unga',
      '',
      'Socialdepartementet',
      '',
      'Sammanfattning',
      '- EO anser att en parlamentarisk utredning bör tillsättas.',
      '- EO stöder utredningens förslag om att renodla rollen som ombudsman.',
      '- EO är positiv till en förstärkning genom ökad självständighet.',
    ]);
    expect(respondent).toBe('EO');
  });

  test('an abbreviation the text defines as "<full name> (ABBR)" is filed under the full name', () => {
    const respondent = respondentOf([
      'Remiss av SOU 2030:72 Stärkt kompetens i kommunal vård Föreningen Exempelchefer i Sverige (FES) fick remissen i januari och svarar här. FES tillstyrker förslaget om en nationell samordnare. FES avstyrker förslaget om en ny certifiering.',
    ]);
    expect(respondent).toBe('Föreningen Exempelchefer i Sverige');
  });

  test('"… tillstyrker förslaget i sin helhet" is the respondent\'s own position, not a reported one', () => {
    const respondent = respondentOf([
      'Yttrande över betänkandet om en samlad tillsyn (SOU 2030:3)',
      '',
      'Exempelnämnden för tillsyn tillstyrker förslaget i sin helhet.',
    ]);
    expect(respondent).toBe('Exempelnämnden för tillsyn');
  });

  test('a name that is the subject of two stance verbs, after a first-person opening, is the respondent', () => {
    const respondent = respondentOf([
      'Exempelförbundets remissvar',
      '',
      'Vi har läst betänkandet med stort intresse och vill lämna följande synpunkter.',
      '',
      'Därför avstyrker Exempelförbundet de två scenarier för taxan som utredningen skissar.',
      '',
      'Exempelförbundet tillstyrker däremot förslaget om en nationell samordning.',
    ]);
    expect(respondent).toBe('Exempelförbundet');
  });
});

describe('When other bodies are the subject of stance verbs, the respondent is not taken from them (constructed)', () => {
  test('a letter in the first person quoting "Socialstyrelsen tillstyrker …" gets no respondent', () => {
    const respondent = respondentOf([
      'Remissvar',
      '',
      'Vi har tagit del av betänkandet och instämmer i utredningens analys.',
      '',
      'Socialstyrelsen tillstyrker i sitt remissvar förslaget om en nationell samordnare. Vi delar den bedömningen.',
      '',
      'Socialstyrelsen avstyrker förslaget om försöksverksamhet, och vi delar Socialstyrelsens bedömning.',
      '',
      'Socialstyrelsen tillstyrker också förslaget om ledarskapsutbildning.',
    ]);
    expect(respondent).toBeNull();
  });

  const firstPersonLetter = (...body: string[]) =>
    respondentOf([
      'Remissvar',
      '',
      'Vi har läst betänkandet och lämnar här våra synpunkter.',
      '',
      'Socialstyrelsen har också lämnat synpunkter på betänkandet.',
      '',
      ...body,
    ]);

  test('one position of another body in a first-person letter is not enough', () => {
    expect(firstPersonLetter('Socialstyrelsen tillstyrker förslaget om en nationell samordnare.')).toBeNull();
  });

  test('positions reported "i sitt remissvar" are not the writer\'s', () => {
    expect(
      firstPersonLetter(
        'Socialstyrelsen tillstyrker i sitt remissvar förslaget om en nationell samordnare.',
        'Socialstyrelsen avstyrker i sitt remissvar förslaget om försöksverksamhet.',
      ),
    ).toBeNull();
  });

  test('positions in sentences where the writer speaks as "vi" are not the named body\'s own', () => {
    expect(
      firstPersonLetter(
        'Socialstyrelsen tillstyrker förslaget om en nationell samordnare, och det gör vi också.',
        'Socialstyrelsen avstyrker förslaget om försöksverksamhet, liksom vi.',
      ),
    ).toBeNull();
  });

  test('a body the writer agrees with ("Vi delar Socialstyrelsens bedömning") is a third party', () => {
    expect(
      firstPersonLetter(
        'Socialstyrelsen tillstyrker förslaget om en nationell samordnare.',
        '',
        'Socialstyrelsen avstyrker förslaget om försöksverksamhet.',
        '',
        'Finansieringen är ännu inte löst.',
        '',
        'Vi delar Socialstyrelsens bedömning i båda frågorna.',
      ),
    ).toBeNull();
  });

  test('a first stance sentence that a "vi" sentence then agrees with belongs to a third party', () => {
    const respondent = respondentOf([
      'Remissvar',
      '',
      'Socialstyrelsen tillstyrker förslaget om en nationell samordnare. Vi delar den bedömningen och tillstyrker förslaget.',
    ]);
    expect(respondent).toBeNull();
  });

  test('the inquiry and the government ("Utredningen föreslår", "Utredningen anser", "Regeringen anser") are never the respondent', () => {
    const respondent = respondentOf([
      'Yttrande över betänkandet',
      '',
      'Utredningen föreslår att kommuner ska få anställa läkare. Utredningen anser att detta stärker vården.',
      '',
      'Utredningen anser vidare att en ny certifiering behövs. Regeringen anser att frågan är angelägen.',
      '',
      'Vi tillstyrker förslaget om anställning av läkare.',
    ]);
    expect(respondent).toBeNull();
  });

  test('an earlier self-introduction wins over another body that is the subject of stance verbs', () => {
    const respondent = respondentOf([
      'Region Exempelland har beretts möjlighet att lämna synpunkter på betänkandet.',
      '',
      'Socialstyrelsen tillstyrker förslaget om en nationell samordnare. Socialstyrelsen tillstyrker också förslaget om ledarskapsutbildning.',
      '',
      'Regionen avstyrker förslaget om försöksverksamhet.',
    ]);
    expect(respondent).toBe('Region Exempelland');
  });

  test('"Kommunen" does not stand for the municipality a title is about ("… i Testby kommun")', () => {
    const respondent = respondentOf([
      'Yttrande om hemställan om bekämpning av mygg i Testby kommun',
      '',
      'Kommunen har tagit del av hemställan och har inget att erinra mot den bedömning som har gjorts.',
    ]);
    expect(respondent).toBeNull();
  });

  test("a body's view in the background does not hide the letter's first position", () => {
    const respondent = respondentOf([
      'Yttrande över betänkandet om vård (SOU 2030:1)',
      '',
      'Socialstyrelsen bedömer att behovet av läkare är stort i kommunerna.',
      '',
      'Exempelby kommun tillstyrker förslaget om en nationell samordnare.',
    ]);
    expect(respondent).toBe('Exempelby kommun');
  });

  test('"Myndigheten har tagit del av …" in its own paragraph is the agency the letter named before', () => {
    const respondent = respondentOf([
      'Remissvar',
      '',
      'Exempelmyndigheten är en myndighet under Socialdepartementet.',
      '',
      'Myndigheten har tagit del av betänkandet och lämnar följande synpunkter.',
      '',
      'Vi tillstyrker förslaget om en nationell samordnare.',
    ]);
    expect(respondent).toBe('Exempelmyndigheten');
  });

  test("another body's positions deep in a first-person letter, never named in its opening, give no respondent", () => {
    const background = Array.from(
      { length: 8 },
      (_, i) => `Vi har läst avsnitt ${i + 1} noga och har några frågor om hur det ska genomföras.\n`,
    );
    const respondent = respondentOf([
      'Remissvar',
      '',
      ...background,
      'Socialstyrelsen tillstyrker förslaget om en nationell samordnare.',
      '',
      'Socialstyrelsen avstyrker förslaget om försöksverksamhet.',
    ]);
    expect(respondent).toBeNull();
  });

  test('a body\'s view in the background ("Socialstyrelsen bedömer att …") does not make it the respondent', () => {
    const respondent = respondentOf([
      'Yttrande över betänkandet om vård (SOU 2030:1)',
      '',
      'Inledning',
      '',
      'Regeringen har gett Socialstyrelsen i uppdrag att kartlägga läkarbristen. Socialstyrelsen bedömer att behovet är stort i kommunerna.',
      '',
      'Kommunen tillstyrker förslaget om en nationell samordnare.',
    ]);
    expect(respondent).toBeNull();
  });

  test('"<Org>s svar på remiss" inside a sentence is another body\'s answer, not the title', () => {
    const respondent = respondentOf([
      'Remissvar',
      '',
      'Vi har tagit del av Socialstyrelsens svar på remiss av betänkandet. Vi tillstyrker förslaget om en nationell samordnare.',
    ]);
    expect(respondent).toBeNull();
  });

  test('"Till <Org>s remissvar" (a link at the end of a news item) is not a name with "Till" in it', () => {
    const respondent = respondentOf([
      'Utredningen föreslår att prövningstillstånd ska krävas i fler mål. Vi menar att förslaget är långtgående.',
      '',
      'Till Exempelsamfundets remissvar.',
    ]);
    expect(respondent).toBeNull();
  });

  test('the body whose "hemställan" is under remiss is not the respondent', () => {
    const respondent = respondentOf([
      'Yttrande om Exempelverkets hemställan om bekämpning av mygg',
      '',
      'Vi har tagit del av hemställan.',
      '',
      'Exempelverket anser att bekämpningen är nödvändig. Exempelverket tillstyrker i sin hemställan en ny metod. Vi tillstyrker förslaget.',
    ]);
    expect(respondent).toBeNull();
  });
});

describe('When a long letter names no sender and speaks of itself as "Myndigheten" (constructed)', () => {
  // "Exempelmyndigheten har granskat … Myndigheten anser … Myndigheten tillstyrker …" repeated: every generic
  // self-reference looks back for its name, and the look-back is bounded.
  const letter = (paragraphs: number) =>
    Array.from(
      { length: paragraphs },
      (_, i) =>
        `Exempelmyndigheten har läst avsnitt ${i + 1}. Myndigheten anser att avsnittet är tydligt. Myndigheten tillstyrker förslaget i avsnitt ${i + 1}.\n`,
    ).join('\n');

  test('the generic noun resolves to the agency', () => {
    expect(parseDocument(textSource(letter(3)), { file: 'constructed.txt' }).respondent).toBe('Exempelmyndigheten');
  });

  test('four times the paragraphs cost about four times the work', () => {
    const work = (paragraphs: number) =>
      regexWork(() => parseDocument(textSource(letter(paragraphs)), { file: 'constructed.txt' }));
    expect(work(1600) / work(400)).toBeLessThan(4.4);
  });
});

describe("When the seeds are parsed, their respondents don't change", () => {
  test.each([
    [SEEDS.vision, 'Vision'],
    [SEEDS.fss, 'Föreningen Sveriges socialchefer'],
    [SEEDS.astorp, 'Åstorps kommun'],
    [SEEDS.stockholm, 'Stockholms stad'],
  ])('%s is answered by %s', (path, expected) => {
    expect(parseDocument(seedSource(path), { file: path }).respondent).toBe(expected);
  });
});
