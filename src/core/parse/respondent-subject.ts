import { splitSentences } from '../text/sentences.js';
import { svRegex } from '../text/swedish-regex.js';
import type { Block } from './blocks.js';
import {
  isExcludedName,
  isGenericSelfReference,
  isRepeatedProperName,
  looksLikeOrganisation,
  resolveGenericSelfReference,
  stripShortName,
} from './organisation-name.js';

/**
 * The last resort for who answers: the organisation that states the letter's positions. Many remissvar never
 * introduce themselves; they open with "Naturvårdsverket avstyrker förslaget …" or "BO stöder utredningens förslag
 * …". Third parties are subjects of the same verbs ("Socialstyrelsen tillstyrker i sitt remissvar …", "Utredningen
 * anser …"), so a name counts only when it reads as an organisation, speaks in its own sentences (not reported, not
 * beside a "vi", not agreed with by the next sentence), and either states the letter's first position in the
 * opening before any "vi" does, or states at least two positions, more than any other name, and is named in the
 * opening.
 */

// "Naturvårdsverket avstyrker", "Vårdförbundet välkomnar", "Transportstyrelsen har inga synpunkter", "BO stöder",
// "Myndigheten för vårdanalys ställer sig bakom", "Barnombudsmannen är överlag mycket positiv", "SKR avvisar
// utredningens förslag", "Förbundet bifaller förslaget"
const POSITION_VERB = String.raw`(?:tillstyrker|avstyrker|avvisar|bifaller|välkomnar|instämmer|delar|stöder|stödjer|motsätter\s+sig|ställer\s+sig|ser\s+(?:\w+\s+)?(?:positivt|negativt)|är\s+(?:\w+\s+){0,2}?(?:positiv|positiva|negativ|negativa|kritisk|kritiska|tveksam|tveksamma)|har\s+(?:i\s+huvudsak\s+|i\s+övrigt\s+)?(?:inga|inget|ingen|inte\s+några)\s+(?:\w+\s+)?(?:synpunkter|invändningar|erinran|att\s+(?:invända|erinra))|avstår|säger\s+(?:\w+\s+)?nej)\b`;
// Verbs that report a view as often as they state one: "Utredningen anser", "Socialstyrelsen bedömer att behovet är
// stort". "Vi anser" shows the writer; an organisation's "anser" never makes it the respondent.
const VIEW_VERB = String.raw`(?:anser|menar|bedömer|förordar)\b`;
const ADVERBS = String.raw`(?:(?:också|även|därför|dock|härmed|vidare|emellertid|överlag|generellt|däremot|således|i\s+huvudsak|sammanfattningsvis)\s+){0,2}`;
const SHORT_NAME = String.raw`(?:\s*\(\p{Lu}[^()]{0,40}\)|\s*,\s*\p{Lu}{2,10}\s*,)?`;
// "Havs- och vattenmyndigheten tillstyrker …", "Myndigheten för vårdanalys ställer sig bakom …"
const SUBJECT_FIRST = svRegex(
  String.raw`^((?:Kungl\.\s+)?\p{Lu}[\p{L}\p{N}-]*(?:\s+[\p{L}\p{N}-]+){0,7}?)${SHORT_NAME}\s+${ADVERBS}(?:(${POSITION_VERB})|${VIEW_VERB})`,
  'u',
);
// "Därför avstyrker Läkarförbundet de två scenarier …": the subject after a fronted adverbial.
const SUBJECT_AFTER_VERB = svRegex(
  String.raw`^(?:Därför|Sammanfattningsvis|Sammantaget|Således|Dessutom|Vidare|Slutligen|Avslutningsvis|Samtidigt|Däremot|Därutöver|Följaktligen|Också|Även|Mot\s+denna\s+bakgrund|Av\s+dessa\s+skäl)\s+(?:(tillstyrker|avstyrker|välkomnar|instämmer|delar|stöder|motsätter)|anser|menar|bedömer|förordar)\s+((?:Sveriges\s+\p{Ll}+|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3}))(?=\s+\p{Ll}|[,.]|$)`,
  'u',
);
// "På grund av brister i underlaget kan Företagarna inte tillstyrka förslaget": the subject after a modal verb, behind
// a fronted clause (or a web page's chrome run into it). Not a question: "Kan Företagarna …?".
const SUBJECT_AFTER_MODAL = svRegex(
  String.raw`^.*?[\s,](?:kan|vill|ska|måste|bör)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})\s+(?:därför\s+|heller\s+|inte\s+|alltså\s+){0,2}(?:tillstyrka|avstyrka|stödja|stöda|välkomna|acceptera|godta|ställa\s+sig\s+bakom)\b`,
  'u',
);
// "Svensk sjuksköterskeförening:" alone, a header over bullets that open with the verb: "• tillstyrker förslaget …".
const SPEAKER_HEADER = svRegex(String.raw`^((?:Kungl\.\s+)?\p{Lu}[\p{L}\p{N}-]*(?:\s+[\p{L}\p{N}-]+){0,7}):$`, 'u');
const VERB_FIRST = svRegex(String.raw`^${POSITION_VERB}`, 'u');
// A view reported, not stated: "Socialstyrelsen tillstyrker i sitt remissvar …", "… i sin hemställan …", "… i sitt
// kunskapsunderlag …"; not "… i sin helhet".
const REPORTED = svRegex(
  String.raw`\bi\s+(?:sitt|sin|sina|dess|deras)\s+(?:\w+\s+)?\w*(?:remissvar|yttrande|svar|rapport|skrivelse|hemställan|betänkande|promemoria|redovisning|underlag|analys|granskning|utvärdering)\b|^["”«]`,
  'iu',
);
// The writer speaks in the same sentence: "Socialstyrelsen avstyrker förslaget, och vi delar den bedömningen."
const FIRST_PERSON = svRegex(String.raw`\b(?:vi|oss|vår|vårt|våra)\b`, 'iu');
// "Nyhet - Våra synpunkter på betänkandet …": the letter's label, not the writer speaking.
const LETTER_LABEL = svRegex(
  String.raw`\b(?:våra|vårt|vår)\s+(?:synpunkter|remissvar|remissyttrande|yttrande|svar|kommentarer)\s+(?:på|över|om|till|angående)\b`,
  'giu',
);
// "Socialstyrelsen tillstyrker förslaget. Vi delar den bedömningen.": the next sentence agrees with it.
const AGREES_WITH_PREVIOUS = svRegex(
  String.raw`^Vi\s+(?:\w+\s+)?(?:delar|instämmer|ansluter|håller\s+med|stöder|stödjer)\b`,
  'u',
);

interface Statement {
  /** The organisation as written, generic nouns resolved: "Havs- och vattenmyndigheten". */
  name: string | null;
  /** A position verb (counted), not a view verb. */
  position: boolean;
  inOpening: boolean;
  /** A sentence before this one spoke as "vi": the writer has shown itself, and it was not by this name. */
  afterWriter: boolean;
  /** The next sentence is the writer agreeing with this one. */
  agreedWith: boolean;
}

function blockText(block: Block): string {
  return block.kind === 'bullet' ? (block.title ?? block.text) : block.text;
}

function subjectOf(sentence: string): { name: string; position: boolean } | null {
  const first = SUBJECT_FIRST.exec(sentence);
  if (first) return { name: stripShortName(first[1]), position: first[2] !== undefined };
  const after = SUBJECT_AFTER_VERB.exec(sentence);
  if (after) return { name: after[2], position: after[1] !== undefined };
  const modal = sentence.trimEnd().endsWith('?') ? null : SUBJECT_AFTER_MODAL.exec(sentence);
  if (modal) return { name: modal[1], position: true };
  return null;
}

/** The organisation of a header "<name>:" whose next block is a bullet that opens with a position verb. */
function speakerHeader(blocks: Block[], index: number): string | null {
  const header = SPEAKER_HEADER.exec(blocks[index].text.trim());
  const next = blocks[index + 1];
  if (!header || next?.kind !== 'bullet' || !VERB_FIRST.test(blockText(next))) return null;
  return header[1];
}

// How far back a generic self-reference looks for the name it stands for, besides the top of the letter.
const REFERENT_DISTANCE = 3000;

/**
 * The sentences whose subject states a position: an organisation (name set), or the writer or the inquiry ("Vi
 * tillstyrker", "Utredningen anser"; name null). Sentences whose "subject" is a clause are not statements.
 */
function statements(blocks: Block[], openingBlocks: number, text: string): Statement[] {
  const out: Statement[] = [];
  const opening = text.slice(
    0,
    blocks.slice(0, openingBlocks).reduce((n, b) => n + blockText(b).length + 1, 0),
  );
  const letterhead = opening.slice(0, REFERENT_DISTANCE);
  let offset = 0;
  let writerSpoke = false;
  blocks.forEach((block, index) => {
    const body = blockText(block);
    const header = speakerHeader(blocks, index);
    if (header && looksLikeOrganisation(header, text)) {
      out.push({
        name: header,
        position: true,
        inOpening: index < openingBlocks,
        afterWriter: false,
        agreedWith: false,
      });
    }
    const sentences = splitSentences(body);
    sentences.forEach((sentence, i) => {
      const afterWriter = writerSpoke;
      // A heading "Våra synpunkter på betänkandet …" labels the letter; it is not the writer speaking beside a name.
      writerSpoke ||= block.kind !== 'heading' && FIRST_PERSON.test(sentence.text.replace(LETTER_LABEL, ''));
      const subject = subjectOf(sentence.text);
      if (!subject) return;
      let name: string | null = subject.name;
      if (isGenericSelfReference(name)) {
        const at = offset + sentence.start;
        name = resolveGenericSelfReference(
          name,
          `${letterhead}\n${text.slice(Math.max(letterhead.length, at - REFERENT_DISTANCE), at)}`,
        );
      }
      const organisation = name !== null && (looksLikeOrganisation(name, text) || isRepeatedProperName(name, text));
      if (!organisation && !isExcludedName(subject.name)) return;
      const ownWords = !REPORTED.test(sentence.text) && !FIRST_PERSON.test(sentence.text);
      out.push({
        name: organisation && ownWords ? name : null,
        position: subject.position,
        inOpening: index < openingBlocks,
        afterWriter,
        agreedWith: AGREES_WITH_PREVIOUS.test(sentences[i + 1]?.text ?? ''),
      });
    });
    offset += body.length + 1;
  });
  return out;
}

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// "liksom Socialstyrelsen", "delar Socialstyrelsens bedömning", "Naturvårdsverkets hemställan": another body's view
// or the document under remiss.
function namedAsThirdParty(name: string, text: string): boolean {
  const n = literal(name);
  return svRegex(
    String.raw`\b(?:liksom|i\s+likhet\s+med|till\s+skillnad\s+från|håller\s+med)\s+${n}\b|\b(?:delar|instämmer\s+i|ansluter\s+(?:oss|sig)\s+till)\s+${n}s\s|\b${n}s\s+(?:hemställan|rapport|promemoria|redovisning|remiss)\b`,
    'u',
  ).test(text);
}

/**
 * The organisation that states the letter's positions: the subject of its first position in the opening (unless the
 * writer spoke as "vi" before it), or the subject of at least two positions, more than any other name, and named in the
 * opening. Null when neither is clear.
 */
export function findStanceSubject(blocks: Block[], openingBlocks: number): string | null {
  const text = blocks.map(blockText).join('\n');
  const found = statements(blocks, openingBlocks, text);
  const trusted = (name: string | null): name is string => name !== null && !namedAsThirdParty(name, text);
  // An organisation's view ("Socialstyrelsen bedömer att …") may be background; the writer's ("Vi anser") is not.
  const opening = found.find((s) => s.inOpening && (s.position || s.name === null));
  if (opening?.position && !opening.afterWriter && !opening.agreedWith && trusted(opening.name)) return opening.name;
  const counts = new Map<string, { name: string; count: number }>();
  for (const s of found) {
    if (!s.position || !s.name || s.agreedWith) continue;
    const key = s.name.toLocaleLowerCase('sv');
    const entry = counts.get(key) ?? { name: s.name, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const [best, second] = [...counts.values()].sort((a, b) => b.count - a.count);
  if (!best || best.count < 2 || (second && second.count === best.count) || !trusted(best.name)) return null;
  const opened = text.slice(
    0,
    blocks.slice(0, openingBlocks).reduce((n, b) => n + blockText(b).length + 1, 0),
  );
  return svRegex(String.raw`\b${literal(best.name)}s?\b`, 'u').test(opened) ? best.name : null;
}
