import { csvField, renderExportCsv } from '../../../src/core/render/export-csv.js';
import { renderExportMarkdown } from '../../../src/core/render/export-markdown.js';
import {
  buildRemissammanstallning,
  buildRemissammanstallningSteps,
  type ExportAnswer,
} from '../../../src/core/render/export-model.js';

// Constructed answers (not seed text): shaped like stored answers for SOU 2024:72.
function answer(overrides: Partial<ExportAnswer>): ExportAnswer {
  return {
    documentId: 1,
    remiss: 'SOU 2024:72',
    proposal: '7.2.2',
    title: 'Magnetmodellen',
    respondent: 'Åstorps kommun',
    stance: 'against',
    quote: 'Vi avstyrker.',
    file: 'astorp.pdf',
    page: 4,
    confidence: 'high',
    ...overrides,
  };
}

const remisser = [{ id: 'SOU 2024:72', title: 'Stärkt medicinsk kompetens' }];

describe('When answers are grouped into a remissammanställning', () => {
  test('proposals come in number order, the whole remiss first and title-only last', () => {
    const model = buildRemissammanstallning(
      [
        answer({ proposal: '10.1' }),
        answer({ proposal: null, title: 'Ledarskap' }),
        answer({ proposal: '7.2.2' }),
        answer({ proposal: '*' }),
      ],
      [],
      remisser,
    );
    expect(model[0].proposals.map((p) => p.number)).toEqual(['*', '7.2.2', '10.1', null]);
  });

  test('a catalog proposal nobody answered is listed with an empty tally', () => {
    const model = buildRemissammanstallning([], [{ remiss: 'SOU 2024:72', number: '4.1', title: 'Läkare' }], remisser);
    expect(model[0].proposals[0]).toMatchObject({ number: '4.1', answers: [], tally: { against: 0 } });
  });

  test('answers are grouped by stance, against first, then by respondent', () => {
    const model = buildRemissammanstallning(
      [
        answer({ respondent: 'Vision', stance: 'for' }),
        answer({ respondent: 'Åstorps kommun', stance: 'against' }),
        answer({ respondent: 'FSS', stance: 'against', documentId: 2 }),
      ],
      [],
      remisser,
    );
    expect(model[0].proposals[0].answers.map((a) => a.respondent)).toEqual(['FSS', 'Åstorps kommun', 'Vision']);
  });

  test('responses are counted per document', () => {
    const model = buildRemissammanstallning(
      [answer({ documentId: 1 }), answer({ documentId: 1, proposal: '7.3' }), answer({ documentId: 2 })],
      [],
      remisser,
    );
    expect(model[0]).toMatchObject({ responses: 2, stances: 3 });
  });

  test('grouping step by step takes a step per proposal it sorts and gives the same model', () => {
    const answers = ['4.1', '4.2', '4.3'].flatMap((proposal) =>
      ['Vision', 'FSS', 'Åstorps kommun'].map((respondent) => answer({ proposal, respondent })),
    );
    const steps = buildRemissammanstallningSteps(answers, [], remisser);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(step.value).toEqual(buildRemissammanstallning(answers, [], remisser));
  });
});

describe('When the Markdown is rendered', () => {
  test('a pipe or line break in a quote cannot break the table', () => {
    const model = buildRemissammanstallning([answer({ quote: 'a | b\nc' })], [], remisser);
    expect(renderExportMarkdown(model, '2026-11-23')).toContain('| ”a \\| b c” |');
  });

  test('a proposal without answers says so', () => {
    const model = buildRemissammanstallning([], [{ remiss: 'SOU 2024:72', number: '4.1', title: 'Läkare' }], remisser);
    expect(renderExportMarkdown(model, '2026-11-23')).toContain('## 4.1 Läkare\n\nInga remissvar om förslaget.');
  });

  test('a corrected stance is marked in its cell', () => {
    const model = buildRemissammanstallning(
      [answer({ stance: 'for', corrected: { by: 'U0ANNA', at: '2026-11-22T09:00:00Z' } })],
      [],
      remisser,
    );
    expect(renderExportMarkdown(model, '2026-11-23')).toContain('| tillstyrker (rättad av U0ANNA 2026-11-22) |');
  });

  test('an empty database gives one line', () => {
    expect(renderExportMarkdown([], '2026-11-23')).toBe('Inga remissvar att sammanställa.\n');
  });
});

describe('When a CSV field is written', () => {
  test('plain text stays as it is', () => {
    expect(csvField('Åstorps kommun')).toBe('Åstorps kommun');
  });

  test('a semicolon or quote mark makes a quoted field with doubled quotes', () => {
    expect(csvField('Vi "avstyrker"; dock')).toBe('"Vi ""avstyrker""; dock"');
  });

  test('a comma needs no quotes: the separator is the semicolon Swedish Excel splits on', () => {
    expect(csvField('Vi avstyrker, dock')).toBe('Vi avstyrker, dock');
  });

  test('a line break makes a quoted field', () => {
    expect(csvField('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
  });

  test('text a spreadsheet would run as a formula gets a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+46 8 123')).toBe("'+46 8 123");
  });

  test('a corrected answer fills the last column, "rättad"', () => {
    const csv = renderExportCsv(
      buildRemissammanstallning([answer({ corrected: { by: 'U0ANNA', at: '2026-11-22T09:00:00Z' } })], [], remisser),
    );
    const [header, row] = csv.split('\r\n');
    expect([header.split(';').at(-1), row.split(';').at(-1)]).toEqual(['rättad', 'rättad av U0ANNA 2026-11-22']);
  });

  test('the confidence column is in Swedish, like the rest of the file', () => {
    const csv = renderExportCsv(buildRemissammanstallning([answer({ confidence: 'medium' })], [], remisser));
    const [header, row] = csv.split('\r\n').map((line) => line.split(';'));
    expect(row[header.indexOf('säkerhet')]).toBe('medel');
  });

  test('rows end with CRLF', () => {
    const csv = renderExportCsv(buildRemissammanstallning([answer({})], [], remisser));
    expect(csv.split('\r\n')).toHaveLength(3);
  });
});
