import { classifySentence, findReservation, findStanceHits } from '../../../src/core/stance/classify-stance.js';

// Every sentence here is constructed by us in the shape of phrasing met in real remissvar (the held-out
// evaluation's patterns P3 and P7); none is quoted from a real response.

const stanceOf = (sentence: string) => classifySentence(sentence)?.stance ?? null;

describe('When a negated opinion verb governs the verdict on the proposal (constructed)', () => {
  test.each([
    ['Kommunen anser inte att förslaget bör genomföras.', 'against'],
    ['Förbundet bedömer inte att förslaget är lämpligt.', 'against'],
    ['Regionen menar därför inte att det aktuella förslaget är bra.', 'against'],
    ['Vi tycker inte att förslagen är bra.', 'against'],
    ['Nämnden anser inte att det är bra att ansvaret flyttas till staten.', 'against'],
    ['Vi kan inte se att förslaget bör genomföras i sin nuvarande form.', 'against'],
    ['Vi anser inte att det finns skäl att avstyrka förslaget.', 'for'],
  ])('"%s" is %s', (sentence, stance) => {
    expect(stanceOf(sentence)).toBe(stance);
  });

  test('a negated verdict under a negated opinion verb is a double negation: for', () => {
    expect(stanceOf('Vi anser inte att förslaget inte bör genomföras.')).toBe('for');
  });

  test('without the negation the same verdict stays for', () => {
    expect(stanceOf('Kommunen anser att förslaget bör genomföras.')).toBe('for');
  });

  test('a verb coordinated after the embedded clause keeps its own polarity', () => {
    expect(stanceOf('Vi anser inte att behovet är visat och avstyrker därför förslaget.')).toBe('against');
  });

  test('a negated opinion of the inquiry that the respondent then agrees with stays agreement', () => {
    expect(stanceOf('Utredningen anser inte att sanktioner behövs, vilket vi instämmer i.')).toBe('for');
  });

  test('a finite stance verb in the embedded clause is not turned', () => {
    expect(stanceOf('Kommunen anser inte att frågan är utredd men tillstyrker förslaget.')).toBe('for');
  });

  test('a negated opinion verb in one clause does not reach a stance after "men"', () => {
    expect(stanceOf('Vi anser inte att frågan är utredd fullt ut, men tillstyrker förslaget.')).toBe('for');
  });
});

describe('When the respondent sees no reason to object (constructed)', () => {
  test.each([
    ['Vi ser inga skäl att avstyrka förslaget.', 'for'],
    ['Det saknas anledning att motsätta sig förslaget.', 'for'],
    ['Förbundet ser ingen anledning att tillstyrka förslaget.', 'against'],
  ])('"%s" is %s', (sentence, stance) => {
    expect(stanceOf(sentence)).toBe(stance);
  });

  test('"motsätta sig" after a modal is an objection of its own', () => {
    expect(stanceOf('Regionen måste motsätta sig förslaget.')).toBe('against');
  });
});

describe('When the answer is a plain yes or no (constructed)', () => {
  test.each([
    ['Föreningen säger också nej till förslaget om avgifter.', 'against'],
    ['Därför säger vi nej till förslaget.', 'against'],
    ['Kommunen säger ja till förslaget om en samordnare.', 'for'],
  ])('"%s" is %s', (sentence, stance) => {
    expect(stanceOf(sentence)).toBe(stance);
  });

  test('"säger inte nej" is not read as a no', () => {
    expect(stanceOf('Vi säger inte nej till förslaget i sak.')).not.toBe('against');
  });
});

describe('When the respondent sees no obstacle (constructed)', () => {
  test.each([
    'Kommunen ser inga hinder mot att förslaget genomförs.',
    'Vi ser inga juridiska hinder för förslaget.',
    'Myndigheten ser inget hinder mot ett genomförande.',
    'Regionen ser inga hinder.',
  ])('"%s" is for', (sentence) => {
    expect(stanceOf(sentence)).toBe('for');
  });

  test('no obstacle to something other than the proposal takes no stance', () => {
    expect(stanceOf('Vi ser inga hinder för kommunerna att redan i dag anställa läkare.')).toBeNull();
  });
});

describe('When "ställa sig bakom" stands in the infinitive after a modal (constructed)', () => {
  test.each([
    ['Vi kan inte ställa oss bakom förslaget.', 'against'],
    ['Förbundet vill inte ställa sig bakom förslaget om certifiering.', 'against'],
    ['Därför kan vi inte ställa oss bakom förslaget.', 'against'],
  ])('"%s" is %s', (sentence, stance) => {
    expect(stanceOf(sentence)).toBe(stance);
  });

  test("the infinitive without a negation is left alone: it is often someone else's", () => {
    expect(stanceOf('Kommuner som vill ställa sig bakom arbetet är välkomna att delta.')).toBeNull();
  });

  test('"har svårt att ställa oss bakom" is not read as support', () => {
    expect(stanceOf('Vi har svårt att ställa oss bakom förslaget.')).not.toBe('for');
  });
});

describe('When an adverbial stands inside "har inget att erinra" (constructed)', () => {
  test.each([
    'Nämnden har i huvudsak inget att erinra mot förslaget.',
    'Förbundet har i allt väsentligt inget att invända mot förslagen.',
    'Kommunen har över lag inget att erinra mot förslaget.',
  ])('"%s" is for', (sentence) => {
    expect(stanceOf(sentence)).toBe('for');
  });
});

describe('When the respondent declines to support or reject (constructed)', () => {
  test('"avstår från att avstyrka eller tillstyrka" is neutral, and its two verbs are no stances of their own', () => {
    const sentence = 'Myndigheten avstår därför från att avstyrka eller tillstyrka förslagen.';
    expect(stanceOf(sentence)).toBe('neutral');
    expect(findStanceHits(sentence).map((h) => h.rule)).toEqual(['avstår']);
  });

  test('"avstår från att tillstyrka" alone is neutral too', () => {
    expect(stanceOf('Regionen avstår från att tillstyrka förslaget i denna del.')).toBe('neutral');
  });
});

describe('When the words are negative but the stance toward the proposal is not known (constructed)', () => {
  // Both shapes turned into reversals when read by their words: the respondent rejects what the inquiry also rejects.
  test('"ställer sig, liksom utredningen, avvisande till" takes no stance', () => {
    expect(
      stanceOf('Förbundet ställer sig, liksom utredningen, avvisande till att rollen skulle utvidgas.'),
    ).toBeNull();
  });

  test('"delar motionärernas förslag att riksdagen avslår" takes no stance', () => {
    expect(stanceOf('Vi delar motionärernas förslag att riksdagen avslår regeringens förslag.')).toBeNull();
  });
});

describe('When the respondent agrees with most of the proposals, not all (constructed)', () => {
  test.each([
    'Vi tillstyrker flertalet av utredningens förslag.',
    'Regionen instämmer i de flesta av förslagen.',
    'Kommunen ställer sig bakom merparten av förslagen i betänkandet.',
  ])('"%s" is partly', (sentence) => {
    expect(stanceOf(sentence)).toBe('partly');
  });
});

describe('When an agreement is hedged and qualified in the same sentence (constructed)', () => {
  test.each([
    'Vi tillstyrker förslaget men menar att det är osäkert hur det påverkar väntetiderna.',
    'Kommunen har i huvudsak inget att erinra mot förslagen, men har ett antal mer detaljerade synpunkter.',
    'Vi är i grunden positiva till förslaget, men ansvaret borde i stället ligga hos staten.',
  ])('"%s" is partly', (sentence) => {
    expect(stanceOf(sentence)).toBe('partly');
  });

  test('a hedge with no contrast stays for', () => {
    expect(stanceOf('Nämnden ställer sig i huvudsak bakom förslaget.')).toBe('for');
  });

  test('a hedge makes a softer contrast count: "i grunden positiva …, samtidigt som … behöver" is partly', () => {
    expect(
      stanceOf('Vi är i grunden positiva till förslaget, samtidigt som kommunerna behöver stöd i införandet.'),
    ).toBe('partly');
  });

  test('the same softer contrast without a hedge stays for', () => {
    expect(stanceOf('Vi är positiva till förslaget, samtidigt som kommunerna behöver stöd i införandet.')).toBe('for');
  });
});

describe('When a sentence after an agreement criticises or qualifies it (constructed)', () => {
  test.each([
    'Dock riktar vi kritik mot valet att reglera frågan genom överenskommelser.',
    'Myndigheten anser dock att förslaget inte är tillräckligt genomarbetat.',
    'Samtidigt menar vi att lösningen inte i första hand ligger i en ny myndighet.',
    'Vi saknar dock en analys av kostnaderna för kommunerna.',
    'Det är dock problematiskt att finansieringen lämnas öppen.',
    'Vi vill samtidigt framhålla att utjämningssystemet borde räcka för ändamålet.',
  ])('"%s" is a reservation', (sentence) => {
    expect(findReservation(sentence)).not.toBeNull();
  });

  test.each([
    'För att förslaget ska få genomslag förutsätts dock väl fungerande rutiner för uppföljning.',
    'Utredningen riktar kritik mot dagens ordning.',
    'Vi anser dock att förslaget är väl avvägt.',
  ])('"%s" is no reservation', (sentence) => {
    expect(findReservation(sentence)).toBeNull();
  });
});
