import { contentWords, stem } from '../catalog/tokens.js';
import type { StanceHit } from '../stance/classify-stance.js';
import { svRegex } from '../text/swedish-regex.js';
import { isRemissAuthor, type RemissScope } from './whole-remiss.js';

/**
 * A proposal named by its substance right after the stance phrase that governs it, with no number:
 * "Förbundet avstyrker förslaget om en ny tillsynsmyndighet för skolhälsan." names "En ny tillsynsmyndighet för
 * skolhälsan". Pure: a sentence and its hits in, the titles the hits govern out.
 */
export interface NamedProposal {
  hit: StanceHit;
  /** The words name what the remiss as a whole is about ("utredningens förslag till ny regionindelning"). */
  whole?: boolean;
  /** The words after "förslaget om/att/på/för/till/…" to the end of the clause, a leading "att" dropped, as a heading. */
  title: string;
}

// "instämmer i huvudsak i …", "ställer sig bakom …": words between the phrase and its object that do not narrow it.
const ADVERBIALS = String.raw`(?:\s+(?:i\s+huvudsak|i\s+stort(?:\s+sett)?|i\s+allt\s+väsentligt|därför|därmed|också|även|helt|fullt\s+ut|dock|däremot|emellertid|särskilt))*`;
const PREPOSITION = String.raw`(?:\s+(?:i|till|på|mot|bakom|för|över|med))?`;
// "förslaget om", "förslagen för", "utredningens förslag om", "kommitténs förslag att": the remiss's proposals only;
// "vårt förslag om" and "ett förslag om" (the respondent's own ideas) have no place here.
const GOVERNED = svRegex(
  String.raw`^${ADVERBIALS}${PREPOSITION}\s+(?:(?<possessor>[\p{L}-]+(?::s|s))\s+förslag(?:en)?|förslag(?:et|en))\s+(?:om|att|på|för|till|gällande|avseende|rörande|angående|kring|med\s+avseende\s+på|i(?=\s+de\s+delar\s+som\s))\s+(?<title>\S(?:[^.;:!?]|:(?=\S))*)`,
  'iu',
);
// A proposal named by its substance, without the word "förslag": "är positiva till att Exempelverket får ett
// samordnande uppdrag", "tillstyrker att uppdraget omfattar …", "positiva till den föreslagna strukturen för …".
const SUBSTANCE = svRegex(
  String.raw`^${ADVERBIALS}${PREPOSITION}\s+(?<title>(?:att\s+\S+\s+\S|(?:den|det|de)\s+föreslagna\s+\p{L}|(?:en|ett)\s+(?=[^.;:!?]{0,80}\bföreslagna\s)\p{L})(?:[^.;:!?]|:(?=\S))*)`,
  'iu',
);
// The att-clause names a proposal when it has a subject of its own that is not the inquiry or the speaker, and says
// what is to happen: "att Exempelverket får …", "att uppdraget omfattar …", "att fler skolsköterskor anställs"; not
// "att skapa förutsättningar …" (no subject: the respondent's aim), "att utredningen tillsatts", "att vi får delta",
// "att patientperspektivet har utgjort …" (what the inquiry did).
const ATT_SUBJECT = /^att\s+(?<first>\S+)\s+(?<second>\S+)/u;
const NOT_A_SUBJECT =
  /^(?:utredningen|utredaren|kommittén|regeringen|departementet|förbundet|myndigheten|kommunen|regionen|vi|man|det|detta|den|de|dessa|denna|jag|ni|inte|även|också|alla|här|där)$/iu;
const DESCRIPTIVE_VERB = /^(?:är|var|har|hade|blir|blev)$/iu;
const NEXT_ATT_CLAUSE = /,?\s+(?:och|samt)\s+att\s/iu;
// The stance phrases that take a proposal as their object: "positiva till", "tillstyrker", "stöder", "välkomnar"; not
// "ser positivt på att …", which praises what the inquiry did ("… att patientperspektivet har utgjort en del").
const TAKES_PROPOSAL = /positiva?\s+till|tillstyrk|avstyrk|stöd(?:er|jer)|välkomnar|bakom|negativa?\s+till|motsätter/iu;
// "att utredningen tillsatts", "att uppdraget har getts": what happened, not what is proposed.
const PAST_EVENT = /^att\s+\S+\s+(?:har\s+|har\s+\S+\s+)?\p{L}+(?:ats|tts|its|åtts)\b/iu;
// Where the named proposal ends: a comma or "men" before the next clause, "som …" about it, a dash, a condition,
// where it stands ("… i betänkandet").
const CLAUSE_END = svRegex(
  String.raw`\s+i\s+(?:(?:del|slut)?betänkandet|promemorian|rapporten|remissen)\b|\s+(?:under\s+(?:förutsättning|villkor)|förutsatt\s+att|med\s+(?:följande\s+|vissa\s+)?(?:medskick|förbehåll|reservation(?:er)?)|med\s+motivering(?:en)?\s+att|med\s+hänvisning\s+till)\b|\s*(?:,\s*|\s+)(?:men|och\s+(?:vi|anser|menar|vill|ser|bedömer)|eftersom|då|vilket|samt\s+att|dock|därför\s+att|för\s+att\s+det|men\s+anser)\b|\s+[–—]\s|\s+-\s|,\s*(?:som|där|vilket)\b`,
  'iu',
);
// "förslaget om det genomförs stegvis", "om de finansieras": a condition, not what the proposal is about
// ("förslaget om det nya registret" is).
const CONDITION = svRegex(
  String.raw`^om\s+(?:det|den|de|detta|dessa|vi|man|ni)\s+(?:\p{L}+[rs]|är|blir|kan|ska|får|har|sker|ges|kommer)\b`,
  'iu',
);
// "tillstyrker förslaget för närvarande", "… på sikt", "… till fullo", "… på de grunder som …": how, not what.
const ADVERBIAL_HEAD = svRegex(
  String.raw`^(?:för|på|till)\s+(?:närvarande|sikt|fullo|vår\s+del|min\s+del|egen\s+del|(?:de|dessa|denna|detta|samma)\s+(?:grunder|skäl|punkt(?:er)?)|ett\s+(?:övergripande|generellt)\s+plan)\b`,
  'iu',
);
// "förslaget om X och utredningens förslag om Y": the next proposal the same phrase governs (the space before it kept).
const ANOTHER_NAMED = svRegex(
  String.raw`\s+(?:och|samt)(?=\s+(?:[\p{L}-]+(?::s|s)\s+förslag(?:en)?|förslag(?:et|en))\s+(?:om|att|på|för|till|gällande|avseende|rörande|angående|kring)\s)\s`,
  'iu',
);
// A title longer than this is a clause of reasoning, not the name of a proposal.
const MAX_TITLE = 160;
// "förordar i stället ett förslag om …", "Förbundet föreslår i stället …": the respondent's own alternative.
const INSTEAD = svRegex(String.raw`\bi\s+stället\b`, 'iu');

/**
 * The proposals the stance phrases of a sentence govern by name, one per phrase at most. A phrase's object runs to
 * the next phrase at the latest ("avstyrker förslaget om X men tillstyrker förslaget om Y" names X and Y).
 */
export function namedProposals(sentence: string, hits: readonly StanceHit[], scope: RemissScope): NamedProposal[] {
  const out: NamedProposal[] = [];
  hits.forEach((hit, i) => {
    const next = hits[i + 1]?.start ?? sentence.length;
    if (INSTEAD.test(sentence.slice(0, hit.end))) return;
    // "tillstyrker förslaget om X under förutsättning att …" is one phrase: its object is inside it, after the verb.
    const verb = /^\S+/u.exec(hit.phrase)?.[0].length ?? 0;
    let object: string | null = sentence.slice(hit.end, next);
    if (!GOVERNED.test(object) && /förslag/iu.test(hit.phrase)) object = sentence.slice(hit.start + verb, next);
    // "välkomnar förslaget om X och förslaget om Y": one phrase, two proposals.
    while (object !== null) {
      const named = governedTitle(object, scope);
      if (!named) break;
      out.push({ hit, title: named.title, ...(namesRemissTitle(named.title, scope) ? { whole: true } : {}) });
      object = named.rest;
    }
    if (out.at(-1)?.hit !== hit && TAKES_PROPOSAL.test(hit.phrase)) {
      const title = substanceTitle(sentence.slice(hit.end, next));
      if (title) out.push({ hit, title });
    }
  });
  return out;
}

/** The proposal named at the start of `object` (the words after a stance phrase), and what follows an "och". */
function governedTitle(object: string, scope: RemissScope): { title: string; rest: string | null } | null {
  const match = GOVERNED.exec(object);
  if (!match?.groups) return null;
  const { possessor, title } = match.groups;
  const head = match[0].slice(0, match[0].length - title.length).match(/\S+\s*$/u)?.[0] ?? '';
  if (CONDITION.test(`${head}${title}`) || ADVERBIAL_HEAD.test(`${head}${title}`)) return null;
  if (possessor && !isRemissAuthor(possessor, scope)) return null;
  const another = ANOTHER_NAMED.exec(title);
  const own = another ? title.slice(0, another.index) : title;
  const end = CLAUSE_END.exec(own);
  const words = shortened(
    (end ? own.slice(0, end.index) : own)
      .replace(/^att\s+/iu, '')
      .replace(/[\s,]+$/u, '')
      .trim(),
  );
  if (words === null || words.length < 3) return null;
  return { title: asHeading(words), rest: another && !end ? title.slice(another.index + another[0].length - 1) : null };
}

/** The proposal an "att"-clause or "den föreslagna …" names after a stance phrase, or null. */
function substanceTitle(object: string): string | null {
  const title = SUBSTANCE.exec(object)?.groups?.title;
  if (!title || PAST_EVENT.test(title)) return null;
  const clause = ATT_SUBJECT.exec(title)?.groups;
  if (clause) {
    const { first, second } = clause;
    const subject = /^\p{Lu}/u.test(first) || /\p{Ll}[nrt]$/u.test(first);
    if (!subject || NOT_A_SUBJECT.test(first) || DESCRIPTIVE_VERB.test(second)) return null;
  }
  const end = CLAUSE_END.exec(title);
  // "att X får ett uppdrag, och att Y definieras som …": the first of two att-clauses.
  const own = (end ? title.slice(0, end.index) : title).split(NEXT_ATT_CLAUSE)[0];
  const words = shortened(own.replace(/^att\s+/iu, '').replace(/[\s,]+$/u, ''));
  return words && words.split(/\s+/u).length >= 2 ? asHeading(words.trim()) : null;
}

// Where a long title may be cut: "… ett större ansvar för elevhälsan och att regionerna …", "… en modell, i samarbete
// med …".
const CLAUSE_BOUNDARY = /,\s|\s(?:och|samt|som|där|i\s+samarbete\s+med|i\s+samråd\s+med)\s/gu;
// A title cut shorter than this says too little to name a proposal.
const MIN_CUT = 20;
// Words a cut may leave dangling at the end: "Ge Exempelverket uppdrag att".
const DANGLING = /(?:[\s,]+(?:att|och|i|med|för|som|om|till))+$/iu;

/**
 * A title that fits MAX_TITLE as it is, or cut at its first clause boundary ("Kommunerna ska få ett större ansvar
 * för elevhälsan och att regionerna ska stödja dem … där …" → "Kommunerna ska få ett större ansvar för
 * elevhälsan"): the head of a long naming is the proposal, the rest its detail. Null when no boundary allows it.
 */
function shortened(words: string): string | null {
  if (words.length <= MAX_TITLE) return words;
  const cut = [...words.matchAll(CLAUSE_BOUNDARY)].map((m) => m.index ?? 0).find((i) => i >= MIN_CUT && i <= MAX_TITLE);
  if (cut === undefined) return null;
  const head = words
    .slice(0, cut)
    .replace(DANGLING, '')
    .replace(/[\s,]+$/u, '');
  return head.length >= MIN_CUT ? head : null;
}

// "förslaget till förordning", "utredningens förslag till lag": the one law of the remiss, nothing more named.
const BARE_STATUTE = /^(?:ny\s+)?(?:förordning|lag|förordningsändring|lagändring|författningsändring(?:ar)?)$/iu;
// Share of a named title's content words that the remiss title must hold for the two to be one subject.
const TITLE_OVERLAP = 0.6;

/**
 * Whether a named title is the remiss's own subject: a bare "förordning"/"lag", or words the remiss title holds
 * ("utredningens förslag till ny regionindelning" under "Remiss Ny regionindelning, tre nya län"). One shared
 * word of several is not enough: a remiss title may name one of its proposals.
 */
function namesRemissTitle(title: string, scope: RemissScope): boolean {
  if (BARE_STATUTE.test(title.trim())) return true;
  if (scope.titleWords.size === 0) return false;
  const words = new Set(contentWords(title).map(stem));
  const shared = [...words].filter((w) => scope.titleWords.has(w)).length;
  return words.size > 0 && shared >= Math.min(2, words.size) && shared / words.size >= TITLE_OVERLAP;
}

/**
 * "en ny tillsynsmyndighet" → "En ny tillsynsmyndighet": written as a heading, the way catalog titles and
 * listed bullets are, so the same words from two respondents are one proposal in a sammanställning.
 */
function asHeading(words: string): string {
  return words.charAt(0).toLocaleUpperCase('sv-SE') + words.slice(1);
}

// Two namings of one proposal share at least this many content words …
const MIN_SHARED = 3;
// … and this share of the shorter naming's words: "Det ska finnas medicinsk kompetens på ledningsnivå i kommuner, och
// införandet av en regionalt ledningsansvarig" (a summary) and "Stärkt medicinsk kompetens på ledningsnivå i kommuner
// och införandet av en regionalt ledningsansvarig för …" (the body) share 7 of 8; "Stärkt medicinsk kompetens på
// ledningsnivå i kommuner" and "Stärkt medicinsk kompetens i regionerna" share 3 of 4 and are two proposals.
const MIN_SHARE = 0.8;

/**
 * The title a response already gave the proposal that `title` names in other words, or null: a position restated
 * in the body after the summary is one stance, not two near-duplicate rows in a sammanställning.
 */
export function sameProposalTitle(earlier: Iterable<string>, title: string): string | null {
  const words = new Set(contentWords(title).map(stem));
  for (const other of earlier) {
    const otherWords = new Set(contentWords(other).map(stem));
    const shared = [...words].filter((w) => otherWords.has(w)).length;
    if (shared >= MIN_SHARED && shared / Math.min(words.size, otherWords.size) >= MIN_SHARE) return other;
  }
  return null;
}
