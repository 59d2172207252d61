import { type Catalog, EMPTY_CATALOG } from '../../../src/core/catalog/catalog.js';
import { classifyDocumentKind } from '../../../src/core/parse/document-kind.js';
import { parseDocument } from '../../../src/core/parse/index.js';
import { classifySentence } from '../../../src/core/stance/classify-stance.js';
import type { ParsedDocument } from '../../../src/core/types.js';
import { textSource } from '../../helpers/seed-source.js';
import { summary } from '../../helpers/stance-summary.js';

// Every text in this file is constructed by us, in shapes met in real remissvar (the second held-out evaluation's
// patterns P4, P5 and P6); none is a real response.

const LETTER = 'Exempelförbundet har fått promemorian på remiss och lämnar följande synpunkter.';

function parse(body: string, catalog: Catalog = EMPTY_CATALOG, header = 'Remissvar Ds 2099:9'): ParsedDocument {
  return parseDocument(textSource(`${header}\n\n${LETTER}\n\n${body}\n`), { file: 'constructed.txt', catalog });
}

function stanceOf(sentence: string): string | null {
  return classifySentence(sentence)?.stance ?? null;
}

describe('When a remissvar uses remiss vocabulary outside the old lexicon (constructed)', () => {
  test('"bifaller förslaget" is for', () => {
    expect(stanceOf('Förbundet bifaller förslaget om en gemensam tillsyn.')).toBe('for');
  });

  test('"bifaller inte förslaget" is against', () => {
    expect(stanceOf('Förbundet bifaller inte förslaget om en gemensam tillsyn.')).toBe('against');
  });

  test('"anser det olämpligt att" is against', () => {
    expect(stanceOf('Förbundet anser det olämpligt att gynna vissa branscher genom lägre avgifter.')).toBe('against');
  });

  test('"anser inte det olämpligt att" takes no stance', () => {
    expect(stanceOf('Förbundet anser inte det olämpligt att gynna vissa branscher.')).toBeNull();
  });

  test('"är ett dåligt förslag" is against', () => {
    expect(stanceOf('Vi tycker att det helt enkelt är ett dåligt förslag.')).toBe('against');
  });

  test('"är inte ett dåligt förslag" takes no stance', () => {
    expect(stanceOf('Vi tycker att det inte är ett dåligt förslag.')).toBeNull();
  });

  test('"ser inte hur förslaget skulle leda till" is against', () => {
    expect(stanceOf('Föreningen ser inte hur förslaget skulle leda till en bättre vård för barnen.')).toBe('against');
  });

  test('"ser inte hur kommunen skulle …" is about something else and takes no stance', () => {
    expect(stanceOf('Föreningen ser inte hur kommunen skulle kunna finansiera sin del.')).toBeNull();
  });

  test('"är alltför obearbetat och behöver utvecklas" about a proposal is against', () => {
    expect(
      stanceOf(
        'Förslaget att införa ett krav på remiss för akut vård på sjukhus är alltför obearbetat och behöver utvecklas.',
      ),
    ).toBe('against');
  });

  test('"obearbetad" about the inquiry\'s statistics takes no stance', () => {
    expect(stanceOf('Utredningens statistik är alltför obearbetad för att dra slutsatser om kostnaderna.')).toBeNull();
  });

  test('"delar … syn på" is for, with a name between the verb and its object', () => {
    expect(stanceOf('Gällande indelningen delar Exempelsamverkan Syd kommitténs syn på en gemensam indelning.')).toBe(
      'for',
    );
  });

  test('"delar in" without a view as its object takes no stance', () => {
    expect(stanceOf('Förslaget delar in landet i sex regioner.')).toBeNull();
  });
});

describe('When a respondent urges that a proposal be carried out (constructed)', () => {
  // "understryker vikten av att X genomförs (5.4.7)": X is the measure proposed in 5.4.7, and urging that it be
  // carried out supports it. Urging something the remiss did not propose is a demand, not a stance.
  test('"understryker vikten av att en insats genomförs (5.4.7)" is for 5.4.7', () => {
    const doc = parse('  • Förbundet understryker vikten av att en utbildningsinsats genomförs (5.4.7).');
    expect(summary(doc)).toEqual(['5.4.7 for']);
  });

  test('"understryker vikten av att förslaget genomförs" is for', () => {
    expect(stanceOf('Vi understryker vikten av att förslaget genomförs skyndsamt.')).toBe('for');
  });

  test('"understryker vikten av att kommunerna får resurser" is a demand and takes no stance', () => {
    expect(stanceOf('Vi understryker vikten av att kommunerna får resurser för uppdraget.')).toBeNull();
  });

  test('"understryker vikten av att en analys genomförs innan beslut" is a demand and takes no stance', () => {
    expect(stanceOf('Vi understryker vikten av att en konsekvensanalys genomförs innan beslut fattas.')).toBeNull();
  });
});

describe('When the verdict is in the perfect tense (constructed)', () => {
  test('"har tillstyrkt förslaget" is for', () => {
    expect(stanceOf('Förbundet har tillstyrkt förslaget.')).toBe('for');
  });

  test('"har därför avvisat förslaget" is against', () => {
    expect(stanceOf('Vi har därför avvisat förslaget om resursfördelningen.')).toBe('against');
  });

  test('"har avstyrkt förslaget" is against', () => {
    expect(stanceOf('Nämnden har avstyrkt förslaget.')).toBe('against');
  });

  test('"har inte tillstyrkt förslaget" is against', () => {
    expect(stanceOf('Nämnden har inte tillstyrkt förslaget.')).toBe('against');
  });

  test('"har i ett tidigare remissvar tillstyrkt" reports an earlier remiss and takes no stance', () => {
    expect(
      stanceOf('Förbundet har i ett tidigare remissvar tillstyrkt de förslag som lämnades i promemorian Ds 2098:1.'),
    ).toBeNull();
  });

  test('"har i ett remissvar tillstyrkt" reports an earlier remiss and takes no stance', () => {
    expect(stanceOf('TCO har i ett remissvar tillstyrkt de förslag som lämnades i promemorian.')).toBeNull();
  });

  test('an earlier answer in the perfect does not give this remiss a verdict', () => {
    const doc = parse(
      'Förbundet har i ett tidigare remissvar tillstyrkt de förslag som lämnades i promemorian Ds 2098:1. Nu har ett utkast till lagrådsremiss tagits fram.',
    );
    expect(summary(doc)).toEqual([]);
  });
});

describe('When the subject follows the verb after a fronted phrase (constructed)', () => {
  test('"När det gäller X, instämmer Förbundet i utredningens förslag att …" names the proposal', () => {
    const doc = parse(
      'När det gäller tandvård för unga instämmer Exempelförbundet i utredningens förslag att åldersgränsen höjs till 21 år.',
    );
    expect(summary(doc)).toEqual(['"Åldersgränsen höjs till 21 år" for']);
  });

  test('"kan Förbundet inte tillstyrka förslaget" is against', () => {
    expect(stanceOf('Mot denna bakgrund kan Exempelförbundet inte tillstyrka förslaget.')).toBe('against');
  });

  test('a possessor after the verb is no subject: "instämmer Socialstyrelsens …" keeps no name slot', () => {
    const hit = classifySentence('Vi instämmer Socialstyrelsens bedömning i sak.')?.hits[0];
    expect(hit?.phrase).toBe('instämmer');
  });

  test('"är i remissvaret starkt kritiska till" is against', () => {
    expect(stanceOf('Förbundet är i remissvaret starkt kritiska till förslaget om prisreglering.')).toBe('against');
  });

  test('"är inte kritiska till" takes no stance', () => {
    expect(stanceOf('Vi är inte kritiska till förslaget om prisreglering.')).toBeNull();
  });

  test('"är vi dock positiva till flertalet av utredningens förslag" is partly', () => {
    expect(stanceOf('I remissvaret är vi dock positiva till flertalet av utredningens förslag.')).toBe('partly');
  });
});

describe('When an agreement covers only part of the proposals or is qualified (constructed)', () => {
  test('"instämmer med många av utredningens förslag" is partly on the whole remiss', () => {
    const doc = parse('Förbundet instämmer med många av utredningens förslag, särskilt de om utbildning.');
    expect(summary(doc)).toEqual(['* partly']);
  });

  test('"många av kommunerna" after an agreement is no quantifier of the proposals', () => {
    expect(stanceOf('Vi tillstyrker förslaget, som många av kommunerna har efterfrågat.')).toBe('for');
  });

  test('"anser dock att författningsförslaget är olyckligt formulerat" makes the agreement partly', () => {
    const doc = parse(
      '19.2 Granskningsrätt\n\nFörbundet välkomnar förslaget. Förbundet anser dock att författningsförslaget är olyckligt formulerat.',
    );
    expect(summary(doc)).toEqual(['19.2 partly']);
  });

  test('"anser dock att det vore olyckligt om reformen försenades" leaves the agreement for', () => {
    const doc = parse(
      '19.2 Granskningsrätt\n\nFörbundet välkomnar förslaget. Förbundet anser dock att det vore olyckligt om reformen försenades.',
    );
    expect(summary(doc)).toEqual(['19.2 for']);
  });
});

describe('When a Swedish text takes a position in words the lexicon does not know (constructed)', () => {
  const SPEECH =
    'Promemorian Fi 2099/1 saknar en analys av vad som är målet. Förslaget om lägre avgifter för vissa branscher snedvrider konkurrensen mellan företagen och skapar problem vid löneförhandlingarna.';

  test('a text about a promemoria and its proposal is a response', () => {
    expect(classifyDocumentKind(SPEECH).kind).toBe('response');
  });

  test('a text that speaks of a proposal but of no remiss is not', () => {
    expect(
      classifyDocumentKind(
        'Här kommer ett förslag på middag till helgen. Stek laxen i smör och servera den med potatis och en god sallad.',
      ).kind,
    ).toBe('unknown');
  });

  test('the inquiry speaking of its own proposals stays out', () => {
    const report =
      'Utredningen föreslår att avgifterna sänks för vissa branscher. Förslaget bygger på en analys av konkurrensen mellan företagen i betänkandet och på de synpunkter som kommit fram i arbetet.';
    expect(classifyDocumentKind(report).kind).toBe('unknown');
  });

  test('an English text about a Swedish proposal stays not Swedish', () => {
    expect(
      classifyDocumentKind(
        'The promemoria Fi 2099/1 proposes lower fees. We think the förslag is not well argued and that the utredning should be redone.',
      ),
    ).toEqual({ kind: 'unknown', problem: 'the text is not Swedish' });
  });
});
