import { classifyDocumentKind } from '../../../src/core/parse/document-kind.js';
import { parseDocument } from '../../../src/core/parse/index.js';
import type { ParsedDocument } from '../../../src/core/types.js';
import { curatedCatalog, textSource } from '../../helpers/seed-source.js';
import { summary } from '../../helpers/stance-summary.js';

// Every document in this file is constructed by us, in shapes that real remissvar use; none is a real response.
// A one-line reply (an e-mail, a protocol extract) has few of the function words a Swedish text is recognised by.

function parse(text: string): ParsedDocument {
  return parseDocument(textSource(text), { file: 'constructed.txt', catalog: curatedCatalog() });
}

describe('When a reply is one line under "Yttrande" (constructed)', () => {
  const doc = parse('Yttrande\n\nNämnden tillstyrker förslagen i 3.1 och 3.4 men avstyrker förslaget i 3.2.\n');

  test('it is read as a response, not refused as "not Swedish"', () => {
    expect([doc.kind, doc.error]).toEqual(['response', undefined]);
  });

  test('each number gets the stance before it', () => {
    expect(summary(doc)).toEqual(['3.1 for', '3.2 against', '3.4 for']);
  });
});

describe('When a short reply has no function words at all (constructed)', () => {
  test('a stance word makes it Swedish: "Remissvar SOU 2024:72 / Regionen avstyrker."', () => {
    expect(classifyDocumentKind('Remissvar SOU 2024:72\n\nRegionen avstyrker.').kind).toBe('response');
  });

  test('an SOU number makes it Swedish: "Svar: SOU 2024:72 / Inga synpunkter."', () => {
    expect(classifyDocumentKind('Svar: SOU 2024:72\n\nInga synpunkter.').kind).toBe('response');
  });
});

describe('When a short text is English (constructed)', () => {
  test.each([
    ['a plain English sentence', 'The committee supports the proposals in sections 5.1 and 5.3.'],
    ['English naming an SOU', 'Comments on SOU 2024:72: the council supports the proposal.'],
    [
      'English quoting a Swedish stance',
      "The council wrote: 'Kommunen tillstyrker förslaget.' We read this as support.",
    ],
  ])('%s is still refused as not Swedish', (_name, text) => {
    expect(classifyDocumentKind(text)).toEqual({ kind: 'unknown', problem: 'the text is not Swedish' });
  });

  test('a long Swedish-free text is refused however many Swedish stance words it quotes', () => {
    const text = `${'The council has read the report and wrote that it "tillstyrker" the proposal. '.repeat(6)}`;
    expect(classifyDocumentKind(text).kind).toBe('unknown');
  });
});
