import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../../src/core/parse/index.js';
import { reasonSv } from '../../../src/core/render/reason-sv.js';
import { parseFiles } from '../../../src/ingest/parse-files.js';
import { curatedCatalog, ROOT, textSource } from '../../helpers/seed-source.js';

const CONSTRUCTED_DIR = 'test/fixtures/constructed-remissvar';
const LETTERHEAD =
  'Exempelförbundet\n\nRemissvar SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård\n\n' +
  'Exempelförbundet har tagit del av betänkandet och lämnar härmed följande synpunkter.\n\n';

// Constructed replies (none is a real response) for the templates the seeds and fixture files never reach.
const CONSTRUCTED_TEXTS = [
  // "no view given"
  'Yttrande från Exempelnämnden\n\nRemiss av SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård\n\nNämnden har inga synpunkter.\n',
  // "bullet title not in the catalog"
  `${LETTERHEAD}• Ett påhittat nationellt register för glasögonbågar – Förbundet instämmer i förslaget.\n`,
  // "proposal named by its words, no number"
  `${LETTERHEAD}Förbundet avstyrker förslaget om ett påhittat register för glasögonbågar.\n`,
  // ", but 'a', 'b' and 'c' …": more than three phrases made the agreement partly
  `${LETTERHEAD}7.2.2 Genomför försöksverksamhet med Magnetmodellen\n\nFörbundet tillstyrker förslaget. Det behöver dock förtydligas vem som bär kostnaden. Förslaget är dock otydligt när det gäller ansvar. Förbundet avstyrker däremot att det sker utan medel. Förbundet instämmer inte i tidplanen.\n`,
];

async function everyReason(): Promise<string[]> {
  const files = [
    ...readdirSync(join(ROOT, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(ROOT, 'seeds', f)),
    ...readdirSync(join(ROOT, CONSTRUCTED_DIR)).map((f) => join(ROOT, CONSTRUCTED_DIR, f)),
  ];
  const parsed = (await parseFiles(files)).map((f) => f.parsed);
  for (const text of CONSTRUCTED_TEXTS) {
    parsed.push(parseDocument(textSource(text), { file: 'constructed.txt', catalog: curatedCatalog() }));
  }
  return parsed.flatMap((p) => p.stances.map((s) => s.reason));
}

/** Every word the Swedish renderings use outside quotes: anything else left in a rendering is untranslated. */
const SWEDISH = new Set(
  (
    'under rubriken en rubrik som nämner liknar förslag meningen punkten punktens finns inte i förslagslistan ett ' +
    'omdöme om remissen helhet inga synpunkter på tabellraden listan utan nummer frasen förbehållet med förbehåll ' +
    'men och mening meningar till förslaget nämns sina ord'
  ).split(' '),
);

function unquotedWords(text: string): string[] {
  return (
    text
      .replace(/”[^”]*”/gu, ' ')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  );
}

describe('When the parser explains a stance, "Varför denna tolkning?" says it in Swedish', () => {
  let reasons: string[];
  beforeAll(async () => {
    reasons = await everyReason();
  });

  test('every reason written for the seeds and the constructed remissvar has a Swedish rendering', () => {
    expect(reasons.length).toBeGreaterThan(50);
    expect(reasons.filter((r) => reasonSv(r) === null)).toEqual([]);
  });

  test('no rendering leaves an English word outside the quoted document text', () => {
    const leftovers = reasons.flatMap((r) => unquotedWords(reasonSv(r) ?? '').filter((w) => !SWEDISH.has(w)));
    expect([...new Set(leftovers)]).toEqual([]);
  });

  test('the documents reach every template a final reason can have', () => {
    const templates = [
      /^under heading \d/,
      /^under heading naming /,
      /^heading matched to /,
      /^topic matched to /,
      /listed title matched to /,
      /^bullet title matched to /,
      /^names /,
      /^bullet title not in the catalog/,
      /^proposal named by its words, no number/,
      /^verdict on the remiss as a whole/,
      /^no view on the remiss/,
      /^no view given/,
      /^table row /,
      /^listed under .*; no number in the catalog$/,
      / with the reservation '/,
      /, but '[^']*'$|, but '[^']*' \(/,
      /, but .* and /,
      /, but .* …/,
      /\(\+1 more sentence\)$/,
      /\(\+\d+ more sentences\)$/,
    ];
    expect(templates.filter((t) => !reasons.some((r) => t.test(r))).map(String)).toEqual([]);
  });
});

describe('The Swedish rendering of a reason', () => {
  test('names the heading, the phrase and the other sentences', () => {
    expect(reasonSv("under heading 7.2.2; 'instämmer inte' (+1 more sentence)")).toBe(
      'Under rubriken 7.2.2; frasen ”instämmer inte” (och 1 mening till).',
    );
  });

  test('lists what made an agreement partly, with "och" before the last', () => {
    expect(
      reasonSv(
        "under heading 4.2; 'instämmer', but 'Det behöver även tydliggöras' and 'instämmer inte' (+2 more sentences)",
      ),
    ).toBe(
      'Under rubriken 4.2; frasen ”instämmer”, men ”Det behöver även tydliggöras” och ”instämmer inte” (och 2 meningar till).',
    );
  });

  test('says which chapter a proposal was answered through, and a chapter the catalog holds nothing of', () => {
    expect(reasonSv("names chapter 7, which holds 7.2.1; 'instämmer'")).toBe(
      'Nämner kapitel 7, där förslag 7.2.1 ingår; frasen ”instämmer”.',
    );
    expect(reasonSv("names chapter 13 (none of its proposals in the catalog); 'instämmer'")).toBe(
      'Nämner kapitel 13 (inget av dess förslag finns i förslagslistan); frasen ”instämmer”.',
    );
    expect(reasonSv("names chapter 7 as a whole; 'tillstyrker flertalet av förslag'")).toBe(
      'Nämner kapitel 7 som helhet; frasen ”tillstyrker flertalet av förslag”.',
    );
    expect(reasonSv("names 5.1–5.3; 'tillstyrker'")).toBe('Nämner 5.1–5.3; frasen ”tillstyrker”.');
  });

  test('keeps a title match to the proposal, without the stemmed words and the score', () => {
    expect(reasonSv("bullet title matched to 5.4 (förbjud, kommun, anställ; score 1.00); 'instämmer inte'")).toBe(
      'Punktens rubrik liknar förslag 5.4; frasen ”instämmer inte”.',
    );
  });

  test('says that a proposal named by its words has no number', () => {
    expect(reasonSv("proposal named by its words, no number; 'avstyrker' (+1 more sentence)")).toBe(
      'Förslaget nämns med sina ord, utan nummer; frasen ”avstyrker” (och 1 mening till).',
    );
  });

  test('quotes a list header as written, also when it holds an apostrophe', () => {
    expect(reasonSv("listed under 'Förslag som vi 'gillar':'; no number in the catalog")).toBe(
      "I listan under ”Förslag som vi 'gillar':”; utan nummer i förslagslistan.",
    );
  });

  test('reads the shapes stored by earlier versions of the parser', () => {
    expect(reasonSv('under heading 7.2.2; reservation')).toBe('Under rubriken 7.2.2; ett förbehåll.');
    expect(reasonSv("names 5.4; 'välkomnar' with a reservation")).toBe(
      'Nämner 5.4; frasen ”välkomnar” med ett förbehåll.',
    );
  });

  test('gives null for a reason of no known shape, so English never reaches the user', () => {
    expect(reasonSv('explicit')).toBeNull();
    expect(reasonSv("under heading 7.2.2; something new 'x'")).toBeNull();
  });
});

describe('The parser reason templates', () => {
  // A new template in the parser must get a rendering in src/core/render/reason-sv.ts; then add it here.
  test('are the ones reason-sv.ts renders', () => {
    const source = [
      'evidence.ts',
      'evidence-topic.ts',
      'bullet-evidence.ts',
      'sentence-evidence.ts',
      'aggregate.ts',
      'references.ts',
    ]
      .map((f) => readFileSync(join(ROOT, 'src/core/parse', f), 'utf8'))
      .join('\n');
    const literals = [
      ...source.matchAll(/reason: (`[^`]*`|'[^']*')/g),
      ...source.matchAll(/why: (`[^`]*`|'[^']*')/g),
      ...source.matchAll(/wholeRemiss\(('[^']*')\)/g),
      ...source.matchAll(/topicFromTitle\(.*?, ('[^']*')\)/g),
      ...source.matchAll(/return `(, but [^`]*)`/g),
      // "${" written as "#{" below, so the expected list is plain strings.
    ].map((m) => m[1].replaceAll('${', '#{'));
    expect(literals.sort()).toEqual(
      [
        "`#{why} matched to #{match.proposal.number} (#{match.words.join(', ')}; score #{match.score.toFixed(2)})`",
        '`under heading #{number}`',
        "`table row #{number}: '#{verdict[1]}'`",
        '`under heading naming #{refs[0].number}`',
        "`listed under '#{ctx.list.header}'#{topic ? `",
        "'bullet title not in the catalog'",
        "'proposal named by its words, no number'",
        "`#{topic.reason}; '#{phrase}'`",
        '`names #{ref.number}`',
        "`#{topic.reason}; reservation '#{reservation}'`",
        "`#{why}; '#{hit.phrase}'`",
        '`names #{ref.range ?? ref.number}`',
        '`names chapter #{ref.number} (none of its proposals in the catalog)`',
        '`names chapter #{ref.number} as a whole`',
        '`names chapter #{ref.number}, which holds #{p.number}`',
        "`#{topic.reason}; '#{phrase}'#{reservation}`",
        '`#{chosen.reason}#{butClause(carriers)}#{others > 0 ? `',
        "'verdict on the remiss as a whole'",
        "'no view on the remiss'",
        "'no view given'",
        "'heading'",
        "'listed title'",
        "'bullet title'",
        "'topic'",
        ", but #{listed}#{phrases.length > MAX_NAMED ? ' …' : ''}",
      ].sort(),
    );
  });
});
