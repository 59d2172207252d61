import { buildCatalog } from '../../../src/core/catalog/catalog.js';
import { parseCatalogFile } from '../../../src/core/catalog/catalog-file.js';
import { matchProposalTitle } from '../../../src/core/catalog/match-title.js';

describe('When reading a curated catalog file', () => {
  test('rows give proposals, with the optional description column, and a bad row is reported, not thrown', () => {
    const { proposals, problems } = parseCatalogFile(
      'remiss\tnumber\ttitle\tdescription\n# a comment\nSOU 2024:72\t7.2.3\tFler specialistsjuksköterskor\tsärskilda medel för vidareutbildning\nSOU 2024:72\tx\tnot a number\n',
    );
    expect(proposals).toEqual([
      {
        remiss: 'SOU 2024:72',
        number: '7.2.3',
        title: 'Fler specialistsjuksköterskor',
        description: 'särskilda medel för vidareutbildning',
      },
    ]);
    expect(problems).toEqual(['line 4: expected "remiss<TAB>number<TAB>title"']);
  });
});

describe('When matching text to proposal titles', () => {
  const catalog = buildCatalog([
    { remiss: 'R', number: '4.2', title: 'Avtalen om läkarmedverkan behöver stärkas' },
    {
      remiss: 'R',
      number: '4.2.3',
      title: 'Avtalen bör stärkas genom ett bemyndigande att meddela föreskrifter om läkarmedverkan',
    },
    {
      remiss: 'R',
      number: '7.2.2',
      title: 'Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård',
    },
    {
      remiss: 'R',
      number: '7.2.3',
      title: 'Fler specialistsjuksköterskor i kommunal hälso- och sjukvård',
      description: 'särskilda medel ska avsättas till kommuner för vidareutbildning av specialistsjuksköterskor',
    },
    { remiss: 'R', number: '7.2.4', title: 'Avancerad specialistsjuksköterska kan stärka kompetensen' },
  ]);
  const match = (text: string, minScore = 0.35) =>
    matchProposalTitle(catalog, 'R', text, { minScore, margin: 0.08 })?.proposal.number;

  test('a misspelt distinctive word still finds its proposal ("magnetmodelen")', () => {
    expect(match('Vi avstyrker magnetmodelen')).toBe('7.2.2');
  });

  test('prose naming the substance matches through the curated description', () => {
    expect(match('tillstyrker förslaget om särskilda medel för vidareutbildning av specialistsjuksköterskor')).toBe(
      '7.2.3',
    );
  });

  test('a title contained in a longer one loses to the title the text covers more of', () => {
    expect(match('Avtalen bör stärkas genom ett bemyndigande att meddela föreskrifter om läkarmedverkan', 0.5)).toBe(
      '4.2.3',
    );
  });

  test('one short shared word is not a topic', () => {
    expect(match('ser vi en del utmaningar som behöver hanteras i det fortsatta arbetet')).toBeUndefined();
  });
});
