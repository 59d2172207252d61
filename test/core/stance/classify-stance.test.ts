import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifySentence, findStanceHits, hasStanceHit } from '../../../src/core/stance/classify-stance.js';
import { splitSentences } from '../../../src/core/text/sentences.js';
import { SEEDS, seedSource } from '../../helpers/seed-source.js';

const rows = readFileSync(join(__dirname, '../../fixtures/stance-phrases.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'));

describe('When classifying the example sentences of the shared stance-phrase table', () => {
  test.each(rows)('"%s" gives %s', (_phrase, stance, sentence) => {
    expect(classifySentence(sentence)?.stance).toBe(stance);
  });
});

describe('When a sentence negates a stance verb', () => {
  test.each([
    ['Vi instämmer inte i förslaget att ansvaret ska flyttas.', 'against'],
    ['Förbundet ställer sig inte bakom förslaget.', 'against'],
    ['Kommunen kan inte tillstyrka förslaget i dess nuvarande form.', 'against'],
    ['Vi delar inte utredningens bedömning i den delen.', 'against'],
    ['Regionen avstyrker inte förslaget.', 'for'],
    ['Regionen varken tillstyrker eller avstyrker förslaget.', 'neutral'],
    ['Vi ser inte positivt på att en ny certifiering införs.', 'against'],
  ])('"%s" is %s', (sentence, stance) => {
    expect(classifySentence(sentence)?.stance).toBe(stance);
  });
});

describe('When the proposal itself is negative', () => {
  test('"instämmer inte" in a proposal that says "inte" is still against the proposal as written', () => {
    expect(
      classifySentence('Vi instämmer inte med förslaget om att det inte bör införas sanktioner inom läkarmedverkan.')
        ?.stance,
    ).toBe('against');
  });

  test('"tillstyrker att inte …" supports the negative proposal: the "inte" belongs to what is supported', () => {
    expect(
      classifySentence('Regionen tillstyrker att det inte ska införas sanktioner inom läkarmedverkan.')?.stance,
    ).toBe('for');
  });
});

describe('When an agreement carries a demand', () => {
  test('"välkomnar … men anser att" is partly', () => {
    const verdict = classifySentence(
      'Vision välkomnar en nationell ledarskapsutbildning men anser att den ska omfatta alla chefer inom vård och omsorg.',
    );
    expect(verdict?.stance).toBe('partly');
    expect(verdict?.reservation).toBe(true);
  });

  test('a plain agreement with an unrelated "men" before the stance stays for', () => {
    expect(
      classifySentence(
        'Detta regleras redan idag i regionala avtal, men med syftet att arbeta för en jämlik vård är det positivt att det regleras i lag.',
      )?.stance,
    ).toBe('for');
  });
});

describe('When a sentence takes no position', () => {
  test.each([
    'Utredningen föreslår bland annat att rollerna MAS/MAR ska avskaffas.',
    'Kommunal hälso- och sjukvård utgör en central del av den samlade primärvården.',
    'Det är viktigt att klargöra hur och var de ledningsansvariga ska placeras.',
  ])('"%s" gives no stance', (sentence) => {
    expect(classifySentence(sentence)).toBeNull();
  });
});

describe('When a sentence takes several positions', () => {
  test('each stance phrase is found in order, with its position', () => {
    const hits = findStanceHits('Regionen tillstyrker förslagen i 6.2 och 6.4 men avstyrker 6.5.');
    expect(hits.map((h) => [h.stance, h.phrase])).toEqual([
      ['for', 'tillstyrker'],
      ['against', 'avstyrker'],
    ]);
  });

  test('with no numbers to tell them apart the sentence as a whole is partly', () => {
    expect(classifySentence('Vi tillstyrker förslaget om samordnare men avstyrker certifieringen.')?.stance).toBe(
      'partly',
    );
  });
});

describe('When Swedish letters stand at word boundaries', () => {
  test('"är positiva till" is found although "ä" is not an ASCII word character', () => {
    expect(classifySentence('Vi är positiva till förslaget.')?.stance).toBe('for');
  });
});

describe('When only asking whether a text takes any stance', () => {
  const seedTexts = Object.values(SEEDS).flatMap((path) =>
    seedSource(path).pages.flatMap((page) => [page.text, ...splitSentences(page.text).map((s) => s.text)]),
  );
  const texts = [...rows.map((row) => row[2]), ...seedTexts, '', 'Inga ord om förslaget här.'];

  test('hasStanceHit agrees with findStanceHits on every example sentence, seed page and seed sentence', () => {
    const disagree = texts.filter((text) => hasStanceHit(text) !== findStanceHits(text).length > 0);
    expect([disagree, texts.filter(hasStanceHit).length > 50]).toEqual([[], true]);
  });
});
