import { EMPTY_CATALOG } from '../../../src/core/catalog/catalog.js';
import { parseDocument } from '../../../src/core/parse/index.js';
import type { ParsedDocument } from '../../../src/core/types.js';
import { textSource } from '../../helpers/seed-source.js';

// Every document in this file is constructed by us (none is a real response), in shapes real remissvar published on
// the web have: names with a heading word or a "nedan" short name stuck to them, a generic "Universitetet", and a
// page whose first line is a link's text.

function parse(text: string): ParsedDocument {
  return parseDocument(textSource(text), { file: 'constructed.txt', catalog: EMPTY_CATALOG });
}

describe('When a name comes with words that are not part of it (constructed)', () => {
  test('"REMISSVAR Exempelsällskapet har getts tillfälle …": the heading word run into the name is dropped', () => {
    const doc = parse(
      'REMISSVAR Exempelsällskapet har getts tillfälle att lämna synpunkter på promemorian Avgiftsfria prov (Ds 2030:4).\n\n' +
        'Exempelsällskapet tillstyrker förslaget.\n',
    );
    expect(doc.respondent).toBe('Exempelsällskapet');
  });

  test('"Branschföreningen Exempelföretagen, nedan EXF, har fått …": the short name the letter uses after is dropped', () => {
    const doc = parse(
      'Branschföreningen Exempelföretagen, nedan EXF, har fått rubricerat betänkande på remiss.\n\n' +
        'EXF är positiva till ett starkare skydd för den som slår larm.\n',
    );
    expect(doc.respondent).toBe('Branschföreningen Exempelföretagen');
  });
});

describe('When a university speaks of itself as "Universitetet" (constructed)', () => {
  const letter = (opening: string) =>
    parse(
      `${opening}\n\nUniversitetet instämmer i förslaget om ändringar i antagningsförordningen. ` +
        'Universitetet anser att det är bra med ett förtydligande om betygen.\n',
    );

  test('the university written out before it is the respondent', () => {
    const doc = letter(
      'Exempelstads universitet vill inledningsvis betona att universitetet ser allvarligt på fusk vid antagning till utbildningen.',
    );
    expect(doc.respondent).toBe('Exempelstads universitet');
  });

  test('with no university written out, "Universitetet" alone names none', () => {
    const doc = letter('Remissvar om fusk vid antagning till högskoleutbildning och om återkallade beslut.');
    expect(doc.respondent).not.toBe('Universitetet');
  });
});

describe("When a web page's first line is a link's text (constructed)", () => {
  test('"Läs remissvaret - Exempelföreningen" is not the remiss title', () => {
    const doc = parse(
      'Läs remissvaret - Exempelföreningen\n\nREMISSYTTRANDE\n\nVår referens: 2030/01/009\n\n' +
        'Exempelföreningen har beretts tillfälle att yttra sig över ovan rubricerat förslag och tillstyrker förslaget.\n',
    );
    expect(doc.remiss?.id ?? null).not.toBe('Läs remissvaret - Exempelföreningen');
    expect(doc.remiss?.title ?? null).not.toBe('Läs remissvaret - Exempelföreningen');
  });
});
