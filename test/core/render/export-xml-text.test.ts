import { xmlEscaped, xmlText } from '../../../src/core/render/export-xml-text.js';

describe('When text is prepared for an Office file', () => {
  test('characters XML 1.0 forbids are dropped and tab and line breaks kept', () => {
    expect(xmlText('Vi\u0002 avstyrker\u000B.\tSe\nbilaga\r.')).toBe('Vi avstyrker.\tSe\nbilaga\r.');
  });

  test('a lone surrogate becomes the replacement character, a pair stays', () => {
    expect(xmlText('a\uD83D b \uD83D\uDE00')).toBe('a\uFFFD b \uD83D\uDE00');
  });

  test('markup characters are escaped for element text and attributes', () => {
    expect(xmlEscaped('Vi säger "nej" <till> A & B')).toBe('Vi säger &quot;nej&quot; &lt;till&gt; A &amp; B');
  });

  test('"]]>" in a quote cannot end up as markup', () => {
    expect(xmlEscaped('a ]]> b')).toBe('a ]]&gt; b');
  });

  test('an entity already in the text is escaped again, so it reads back as typed', () => {
    expect(xmlEscaped('&amp;')).toBe('&amp;amp;');
  });

  test('escaping also drops forbidden characters', () => {
    expect(xmlEscaped('<\u0001>')).toBe('&lt;&gt;');
  });
});
