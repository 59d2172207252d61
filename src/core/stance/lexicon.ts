import { svRegex } from '../text/swedish-regex.js';
import type { Stance } from '../types.js';

/**
 * The stance lexicon: one table of Swedish phrases. Order matters: where two rules match overlapping text,
 * the earlier rule wins ("varken tillstyrker eller avstyrker" before "tillstyrker").
 *
 * `NEG` in a pattern stands for a negator slot ("inte", "ej", "icke"). A rule with `negatable: true` flips when
 * a negator stands in its slot or just before the phrase ("kan inte tillstyrka").
 */
export interface StanceRule {
  id: string;
  pattern: RegExp;
  stance: Stance;
  /** When negated: for ↔ against. */
  negatable: boolean;
}

const NEG = String.raw`(?<neg>inte|ej|icke)\b`;
// A negator right after the verb, perhaps after one adverb: "instämmer inte", "tillstyrker därför inte"; not
// "tillstyrker att inte …", where the "inte" belongs to what is supported.
const NEG_SLOT = String.raw`(?:\s+(?:(?!att\b)\w+\s+)?(?<neg>inte|ej|icke)\b)?`;

// The reflexive of a verb like "motsätta sig" in whoever's voice: "motsätter sig", "motsätter oss", "motsätter vi
// oss" (a fronted clause puts the subject between: "Därför motsätter vi oss …"), "ställer jag mig".
const REFL = String.raw`(?:(?:vi|jag)\s+)?(?:sig|oss|mig)`;

// A subject after the verb when a phrase is fronted (V2 order): "När det gäller tandvården instämmer Privattandläkarna i
// utredningens förslag", "Gällande indelningen delar Regionsamverkan Syd kommitténs syn på". A name of 1–4 capitalised
// words, or vi/jag; never the inquiry itself, and never a possessor ("instämmer Socialstyrelsens bedömning", "SKR:s
// förslag"): its last word does not end in -s. A rule takes it only before the object it expects ("i", "med").
const SUBJECT = String.raw`\s+(?:vi|jag|(?!(?:Utredningen|Regeringen|Kommittén|Promemorian|Betänkandet)\b)(?-i:\p{Lu})[\p{L}-]*(?:\s+(?-i:\p{Lu})[\p{L}-]*){0,3}(?<!s)(?![\p{L}:-]))`;
// A perfect tense about this remiss: "Förbundet har tillstyrkt förslaget", "Vi har därför avvisat förslaget". Not an
// earlier answer: "TCO har i ett (tidigare) remissvar tillstyrkt de förslag som lämnades i promemorian (Ds …)" is about
// another remiss, so no word between "har" and the participle may speak of an earlier answer.
// Written after the participle, so the look-behind is tried only where the participle stands, not at every position.
const PERFECT = String.raw`(?<=\b(?:har|hade)\s+(?:(?!(?:remissvar|remissyttrande|yttrande|svar|tidigare|förut|redan)\w*\b)\w+\s+){0,3}\w+)`;

function rule(id: string, source: string, stance: Stance, negatable = false): StanceRule {
  const expanded = source
    .replaceAll('NEGSLOT', NEG_SLOT)
    .replaceAll('NEG', NEG)
    .replaceAll('REFL', REFL)
    .replaceAll('SUBJECT', SUBJECT)
    .replaceAll('PERFECT', PERFECT);
  return { id, pattern: svRegex(expanded, 'giu'), stance, negatable };
}

export const STANCE_RULES: readonly StanceRule[] = [
  // "Regionen varken tillstyrker eller avstyrker förslaget."
  rule('varken-eller', String.raw`\bvarken\s+tillstyrk\w*\s+eller\s+avstyrk\w*`, 'neutral'),
  // "Kommunen avstår från att yttra sig över promemorian." / "… att ta ställning till förslaget" / "avstår därför
  // från att avstyrka eller tillstyrka förslagen": the whole phrase, so its "avstyrka" and "tillstyrka" are no hits.
  rule(
    'avstår',
    String.raw`\bavstår\s+(?:\w+\s+)?från\s+att\s+(?:yttra|lämna|ta\s+ställning|kommentera|(?:avstyrka|tillstyrka)(?:\s+(?:eller|och)\s+(?:avstyrka|tillstyrka))?)`,
    'neutral',
  ),
  // "Vi kan inte ta ställning till förslaget utan en konsekvensanalys." / "tar inte ställning"
  rule('ingen-ställning', String.raw`\b(?:kan\s+(?:inte|ej)\s+ta|tar\s+(?:inte|ej))\s+ställning`, 'neutral'),
  // "Vi har inga synpunkter på förslagen i kapitel 8." / "lämnar inga synpunkter"
  rule(
    'inga-synpunkter',
    String.raw`\b(?:har|lämnar)\s+(?:i\s+övrigt\s+)?(?:inga|ingen|inte\s+några)\s+(?:\w+\s+)?(?:synpunkt(?:er)?|kommentar(?:er)?)|^(?:inga|ingen)\s+(?:\w+\s+)?(?:synpunkt(?:er)?|kommentar(?:er)?)\b`,
    'neutral',
  ),

  // "Myndigheten har ingen erinran mot förslaget." / "lämnar förslaget utan erinran" / "har inga invändningar"
  rule(
    'ingen-erinran',
    String.raw`\b(?:har\s+)?(?:ingen|inga|inte\s+någon|inte\s+några)\s+(?:\w+\s+)?(?:erinran|erinringar|invändning(?:ar)?)`,
    'for',
  ),
  rule('utan-erinran', String.raw`\butan\s+erinran\b`, 'for'),
  // "Nämnden har inget att invända." / "har i huvudsak inget att erinra mot förslagen"
  rule(
    'inget-att-invända',
    String.raw`\bhar\s+(?:(?:i\s+huvudsak|i\s+allt\s+väsentligt|över\s*lag|i\s+övrigt|därför|för\s+sin\s+del)\s+)?(?:inget|ingenting|inte\s+något)\s+att\s+(?:invända|erinra)`,
    'for',
  ),
  // "Kommunen ser inga hinder mot att förslaget genomförs." Not an obstacle to something else: "ser inga hinder för
  // kommunerna att redan i dag anställa läkare" says nothing about the proposal.
  rule(
    'inga-hinder',
    String.raw`\bser\s+(?:\w+\s+)?(?:inga|inget|inte\s+några|inte\s+något)\s+(?:\w+\s+)?hinder\b(?=\s*(?:[.;,]|$|(?:mot|för)\s+(?:att\s+)?(?:\w+\s+){0,2}?(?:förslag|genomför|införande|detta\b|det\b)))`,
    'for',
  ),

  // "Vi tillstyrker flertalet av utredningens förslag": most of them, so not all. Likewise "instämmer med många av
  // utredningens förslag", "tillstyrker en stor del av de förslag …", "I remissvaret är vi dock positiva till flertalet".
  rule(
    'flertalet',
    String.raw`\b(?:tillstyrk\w*|instämm\w*|stöd(?:er|jer)|välkomnar|ställer\s+REFL\s+bakom|är\s+(?:\w+\s+){0,3}?positiva?\s+till)\s+(?:\w+\s+)?(?:flertalet|merparten|huvuddelen|majoriteten|de\s+flesta|många\s+av|flera\s+av|en\s+stor\s+del\s+av)\s+(?:av\s+)?(?:\w+\s+){0,2}?förslag`,
    'partly',
  ),
  // "Myndigheten tillstyrker delvis förslagen i avsnitt 6." / "Vi instämmer delvis i bedömningen."
  rule(
    'delvis',
    String.raw`\b(?:tillstyrk\w*|instämm\w*|delar|stöd(?:er|jer))\s+(?:\w+\s+)?delvis\b|\bdelvis\s+(?:tillstyrk|instämm|positiv)\w*`,
    'partly',
  ),
  // "Förbundet tillstyrker förslaget med följande medskick." / "under förutsättning att finansiering tillförs"
  rule(
    'villkor',
    String.raw`\b(?:tillstyrk\w*|instämm\w*|ställer\s+sig\s+bakom|är\s+positiva?\s+till)\b[^.;]{0,80}?\b(?:med\s+(?:följande\s+|vissa\s+)?(?:medskick|förbehåll|reservation(?:er)?|tillägg)|under\s+(?:förutsättning(?:en)?|villkor)\s+att|förutsatt\s+att)`,
    'partly',
  ),
  // "Regionen är tveksam till om förslaget får avsedd effekt."
  rule('tveksam', String.raw`\b(?:är|ställer\s+REFL)\s+(?:\w+\s+)?(?:tveksamm?a?|frågande)\s+till`, 'partly'),
  // "anser förvaltningen att förslaget skulle kunna tydliggöras" / "Förslaget … bör förtydligas"
  rule(
    'bör-förtydligas',
    String.raw`\b(?:förslaget|förslagen|det)\s+(?:\w+\s+){0,3}?(?:skulle\s+kunna|bör|behöver)\s+(?:\w+\s+)?(?:tydliggöras|förtydligas|preciseras|utvecklas|utredas\s+vidare|kompletteras)`,
    'partly',
  ),

  // "Vi anser att förslaget inte bör genomföras."
  rule(
    'bör-inte-genomföras',
    String.raw`\bförslag\w*\s+(?:inte|ej)\s+bör\s+genomföras|\bförslag\w*\s+bör\s+(?:inte|ej)\s+genomföras`,
    'against',
  ),
  // "Vi ser inte nyttan med försöksverksamheten." / "ser ingen nytta"
  rule('ser-inte-nyttan', String.raw`\bser\s+(?:inte\s+nyttan|ingen\s+nytta|inget\s+behov|inte\s+behovet)`, 'against'),
  rule('avstyrker', String.raw`\bavstyrk(?:er|a|s|te)\bNEGSLOT|\bavstyrkt\bPERFECT`, 'against', true),
  // "Förbundet motsätter sig förslaget." / "Vi måste motsätta oss förslaget."
  rule('motsätter', String.raw`\bmotsätt(?:er|a)\s+REFL\bNEGSLOT`, 'against', true),
  // "Advokatsamfundet säger också nej till förslaget om …" (never "säger inte nej")
  rule('säger-nej', String.raw`\bsäger\s+(?:(?!inte\b|ej\b)\w+\s+){0,2}?nej\s+till\b`, 'against'),
  // "SKR avvisar utredningens förslag" / "Vi har därför avvisat förslaget gällande resurstilldelningen"
  rule('avvisar', String.raw`\b(?:avvisar|avvisas)\b|\bavvisat\bPERFECT`, 'against'),
  // "Förslaget bör avslås." / "Vi är emot förslaget."
  rule('avslås', String.raw`\bbör\s+(?:därför\s+)?avslås\b|\bär\s+(?:\w+\s+)?emot\s+förslag`, 'against'),
  rule('ifrågasätter', String.raw`\bifrågasätter\b`, 'against'),
  // "Vi är kritiska till förslaget" / "Förbundet är i remissvaret starkt kritiska till …"; "är inte kritiska" is no stance.
  rule('kritisk', String.raw`\bär\s+(?:(?!inte\b|ej\b|icke\b)\w+\s+){0,3}?kritiska?\s+(?:till|mot)`, 'against'),
  // "Förbundet anser det olämpligt att stödja vissa branscher …" (what the promemoria proposes); never "anser inte det".
  rule(
    'anser-olämpligt',
    String.raw`\b(?:anser|finner|bedömer|menar)\s+(?:(?!inte\b|ej\b)\w+\s+)?(?:det|detta)\s+(?:vara\s+)?(?:mycket\s+|direkt\s+)?olämpligt\s+att\b`,
    'against',
  ),
  // "vi tycker att det kort och gott är ett uruselt förslag"; "är inte ett dåligt förslag" is no stance.
  rule(
    'dåligt-förslag',
    String.raw`\bär\b(?<!\b(?:inte|ej|icke)\s+är)\s+(?:(?!inte\b|ej\b|icke\b)\w+\s+){0,3}?ett\s+(?:mycket\s+)?(?:uruselt|dåligt|ogenomtänkt|olyckligt)\s+förslag\b`,
    'against',
  ),
  // "Föreningen ser inte hur förslaget skulle leda till det bästa för barnet": the proposal, not "hur kommunen skulle …".
  rule(
    'ser-inte-hur',
    String.raw`\bser\s+(?:\w+\s+)?(?:inte|ej)\s+hur\s+(?:förslag(?:et|en)|det|detta|en\s+sådan\s+ordning)\s+(?:skulle|ska|skall|kan|kommer\s+att)\s+(?:kunna\s+)?(?:leda|bidra)\s+till`,
    'against',
  ),
  // "förslaget att införa remisstvång för akut vård är alltför obearbetat och behöver utvecklas": not ready to be carried
  // out as it stands, so no support (the report labels it against). Only with the proposal as subject: "statistiken är
  // obearbetad" is about the inquiry's material.
  rule(
    'obearbetat',
    String.raw`\bförslag(?:et|en)\b[^.;:]{0,120}?\bär\s+(?:alltför\s+|för\s+|mycket\s+|helt\s+)?obearbeta(?:t|d|de)\b`,
    'against',
  ),
  rule('negativ', String.raw`\b(?:är|ställer\s+REFL)\s+(?:\w+\s+)?negativa?\s+till`, 'against'),

  // "Kommunen tillstyrker förslaget om en nationell samordnare." / "kan inte tillstyrka"
  rule('tillstyrker', String.raw`\btillstyrk(?:er|a|s|te)\bNEGSLOT|\btillstyrkt\bPERFECT`, 'for', true),
  // "Schizofreniförbundet bifaller förslaget att …": "bifalla" is standard remiss vocabulary.
  rule('bifaller', String.raw`\bbifall(?:er|a|s)\bNEGSLOT`, 'for', true),
  // "understryker vikten av att en kunskapshöjande insats genomförs (5.4.7)" / "… av att förslaget genomförs": urging
  // that what the remiss proposes be carried out supports it. Only when the thing is the proposal or the sentence names
  // its section; "understryker vikten av att en konsekvensanalys genomförs innan beslut" is a demand of one's own.
  rule(
    'vikten-av-genomförande',
    String.raw`\b(?:understryker|betonar|framhåller|poängterar)\s+(?:\w+\s+)?vikten\s+av\s+att\s+(?:(?:\w+\s+){0,2}?förslag(?:et|en)\s+(?:\w+\s+)?(?:genomförs|införs|förverkligas)\b|(?:\w+\s+){1,5}?(?:genomförs|införs)\s*\((?:avsnitt\s+)?\d+(?:\.\d+)+\))`,
    'for',
  ),
  // "Vi instämmer i utredningens förslag." / "Vi instämmer inte i förslaget att …" / "När det gäller tandvården
  // instämmer Privattandläkarna i utredningens förslag att …"
  rule(
    'instämmer',
    String.raw`\binstämm(?:er|a|de)\b(?:SUBJECT(?=\s+(?:inte\s+|ej\s+)?(?:\w+\s+)?(?:i|med)\b))?NEGSLOT`,
    'for',
    true,
  ),
  // "Förvaltningen delar utredningens bedömning" / "Vi delar inte utredningens bedömning" / "Gällande indelningen
  // delar Regionsamverkan Syd kommitténs syn på …"
  rule(
    'delar',
    String.raw`\bdelar\b(?:SUBJECT)?(?:\s+NEG)?(?:\s+\w+){0,2}?\s+(?:bedömning(?:en)?|uppfattning(?:en)?|synen|syn\s+på|slutsats(?:en)?|analys(?:en)?)`,
    'for',
    true,
  ),
  rule('säger-ja', String.raw`\bsäger\s+(?:(?!inte\b|ej\b)\w+\s+){0,2}?ja\s+till\b`, 'for'),
  // "Föreningen ställer sig bakom förslaget." / "ställer sig inte bakom" / "ställer sig i huvudsak bakom"
  rule('ställer-sig-bakom', String.raw`\bställer\s+REFL(?:\s+NEG)?\s+(?:\w+\s+){0,3}?bakom`, 'for', true),
  // "Vi kan inte ställa oss bakom förslaget." The infinitive only negated and after "kan"/"vill": "har svårt att
  // ställa oss bakom" is no support, and "Andra som vill ställa sig bakom vår kamp" is someone else's.
  rule(
    'kan-inte-ställa-sig-bakom',
    String.raw`\b(?:kan|vill)\s+(?:(?!inte\b|ej\b)\w+\s+)?(?:inte|ej)\s+(?:\w+\s+)?ställa\s+REFL\s+(?:\w+\s+)?bakom`,
    'against',
  ),
  // "Kommunen ställer sig i stort positiv till utredningens förslag."
  rule('ställer-sig-positiv', String.raw`\bställer\s+REFL(?:\s+NEG)?\s+(?:\w+\s+){0,2}?positiva?\s+till`, 'for', true),
  // "Vi ser positivt på att …" / "FSS ser det som positivt om …" / "Vi ser inte positivt på"
  rule(
    'ser-positivt',
    String.raw`\bser\s+(?:vi\s+)?(?:NEG\s+)?(?:\w+\s+){0,2}?(?:det\s+som\s+)?positivt\s+(?:på|om|att)`,
    'for',
    true,
  ),
  // "Vi är positiva till förslaget" / "är förvaltningen positiv till" / "Det är positivt att det regleras i lag."
  rule(
    'är-positiv',
    String.raw`\bär\s+(?:\w+\s+){0,2}?(?:NEG\s+)?positiva?\s+till|\bär\s+det\s+positivt\s+att|\bdet\s+är\s+positivt\s+att`,
    'for',
    true,
  ),
  // "Vi välkomnar förslaget om fortbildning." / passive "Förslaget välkomnas."
  rule('välkomnar', String.raw`\bvälkomna(?:r|s)\bNEGSLOT`, 'for', true),
  rule('stödjer', String.raw`\b(?:stödjer|stöder|stöds|bejakar|förordar|tillstyrks)\bNEGSLOT`, 'for', true),
  // "Kommunen anser att förslaget bör genomföras." (after 'bör-inte-genomföras', which takes the negated form)
  rule('bör-genomföras', String.raw`\bförslag\w*\s+bör\s+(?:därför\s+)?genomföras\b`, 'for'),
  // "Det är bra att utredningen föreslår …" / "Det är inte bra att …"
  rule('det-är-bra', String.raw`\b(?:det\s+är|är\s+det)\s+(?:NEG\s+)?(?:mycket\s+)?bra\s+att`, 'for', true),
  // "Förvaltningen anser att 24 av de 25 förslagen är bra" / "Förslaget är lämpligt."
  rule(
    'förslagen-är-bra',
    String.raw`\bförslag(?:et|en)\s+(?:\w+\s+){0,2}?är\s+(?:NEG\s+)?(?:bra|goda?|välkomna|lämplig[ta]?)\b`,
    'for',
    true,
  ),
];

/**
 * Reservations: a demand or doubt that turns an agreement into `partly` ("”Ledningsnivå” behöver dock definieras.").
 * They never make a stance on their own.
 */
export const RESERVATION_PATTERNS: readonly RegExp[] = [
  // "Vision välkomnar en nationell ledarskapsutbildning men anser att den ska omfatta alla chefer"
  svRegex(
    String.raw`\bmen\s+(?:\w+\s+){0,3}?(?:anser|menar|saknar|saknas|behöver|bör|måste|vill|betonar|understryker|ser\s+(?:\w+\s+)?risk|är\s+otydlig|har\s+(?:\w+\s+){0,2}?(?:synpunkter|invändningar|betänkligheter|farhågor))`,
  ),
  // "”Ledningsnivå” behöver dock definieras." / "Förslaget är dock otydligt"
  // "Det är dock problematiskt att finansieringen lämnas öppen." Not "förutsätts dock väl fungerande rutiner": a
  // condition of success is no criticism.
  svRegex(
    String.raw`\bdock\b[^.]{0,60}?\b(?:behöver|bör|måste|saknas|saknar|otydlig\w*|definieras|tydliggöras|förtydligas|problematisk\w*|otillräcklig\w*|otillfredsställande|inte\s+tillräcklig\w*)`,
  ),
  // "Dock riktar vi kritik mot …" / "Vi riktar dock viss kritik mot …" (not "Utredningen riktar kritik mot dagens ordning")
  svRegex(String.raw`\b(?:dock\s+riktar\s+\w+|riktar\s+\w+\s+dock)\s+(?:\w+\s+){0,2}?kritik`),
  // "Vi saknar dock en analys av kostnaderna."
  svRegex(String.raw`\bsaknar\s+(?:\w+\s+)?dock\b`),
  // "Ämbetet anser dock att förslaget inte är tillräckligt omfattande." / "Samtidigt menar vi att lösningen inte …"
  // "Kammarrätten anser dock att författningsförslaget är olyckligt formulerat." (not "… vore olyckligt om det dröjde")
  svRegex(
    String.raw`\b(?:(?:dock|samtidigt|emellertid)\s+(?:anser|menar|bedömer)|(?:anser|menar|bedömer)\s+(?:\w+\s+)?(?:dock|samtidigt|emellertid))\s+(?:\w+\s+){0,2}?att\b[^.;]{0,160}?\b(?:inte|ej|problematisk\w*|otillräcklig\w*|otillfredsställande|olämplig\w*|osäker\w*|olycklig\w*\s+(?:formulera|utforma|avgränsa)\w*)\b`,
  ),
  // "Vi vill samtidigt framhålla att …": a point of one's own next to the agreement, like "men vill".
  svRegex(String.raw`\bvill\s+(?:\w+\s+)?samtidigt\s+(?:framhålla|påpeka|understryka|betona|poängtera)`),
  svRegex(
    String.raw`\b(?:behöver|bör|måste)\s+(?:\w+\s+){0,2}?(?:definieras|tydliggöras|förtydligas|klargöras|preciseras)\b`,
  ),
  // "Samtidigt som Vision är positiva till förslagen ser vi en del utmaningar som behöver hanteras"
  svRegex(String.raw`\butmaningar\s+som\s+behöver\s+hanteras`),
  svRegex(String.raw`\bär\s+(?:\w+\s+)?otydligt?\b`),
];

/**
 * Hedges that announce a qualification: "i huvudsak", "i och för sig", "över lag", "i grunden". Alone they leave an
 * agreement `for` ("tillstyrker i huvudsak utredningens förslag"); with a contrast close by (HEDGED_CONTRAST) the
 * agreement is `partly`.
 */
export const HEDGE = svRegex(
  String.raw`\b(?:i\s+huvudsak|i\s+allt\s+väsentligt|över\s*lag|i\s+grunden|i\s+och\s+för\s+sig|i\s+princip|i\s+stort(?:\s+sett)?)\b`,
);

/**
 * A contrast that qualifies a hedged agreement, in its own sentence or the next: "har i och för sig inga invändningar
 * … Vi vill samtidigt framhålla att … borde", "i grunden positiva …, samtidigt som kommunerna behöver stöd".
 */
export const HEDGED_CONTRAST = svRegex(
  String.raw`\b(?:dock|samtidigt|emellertid|men|däremot)\b[^.;]{0,120}?\b(?:borde|bör|behöver|måste|i\s+stället|hellre|saknar|saknas|risk(?:er|en|erna)?|tveksam\w*|oklar\w*|osäker\w*|problematisk\w*|kritik\w*|otillräcklig\w*|otillfredsställande|inte\s+tillräcklig\w*|synpunkter|invändning\w*|farhåg\w*|betänklighet\w*)\b`,
);

/**
 * A negated opinion or a denied reason that governs the verdict after it ("Kommunen anser inte att förslaget bör
 * genomföras", "Vi ser inga skäl att avstyrka förslaget"): the first stance phrase after it, in the same clause,
 * takes the opposite stance.
 */
export const RAISED_NEGATION = svRegex(
  String.raw`\b(?:(?:anser|bedömer|menar|tycker|tror|finner|ser)\s+(?:\w+\s+){0,2}?(?:inte|ej|icke)|(?:kan|kunde)\s+(?:\w+\s+)?(?:inte|ej)\s+(?:se|finna))\s+att\b|\b(?:(?:inga|ingen|inget|inte\s+några|inte\s+någon|inte\s+något)\s+(?:\w+\s+)?|saknas\s+(?:\w+\s+)?)(?:skäl|anledning|grund|orsak)\s+(?:till\s+|för\s+)?att\b`,
  'giu',
);
