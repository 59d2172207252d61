import { writeFileSync } from 'node:fs';
import { runAsk } from '../../src/cli/ask.js';
import { runExport } from '../../src/cli/export.js';
import { runIngest } from '../../src/cli/ingest.js';
import { captureIo, tempFolder } from './cli-io.js';

// Two constructed letters (our own wording, no real respondent) to one remiss: each names the same proposal by its
// words, without a number, and in other words than the other.
const MUNICIPALITY = `Exempelby kommun
Kommunstyrelsen

Yttrande över betänkandet Bättre beredskap i vården (SOU 2031:12)

Exempelby kommun har beretts tillfälle att yttra sig över betänkandet.

Exempelby kommun tillstyrker förslaget om en nationell läkarreserv. En reserv av läkare som kan kallas in vid kris stärker kommunens beredskap.

Kommunstyrelsen
Anna Exempel, ordförande
`;

const REGION = `Region Provinsen
Regionstyrelsen

Remissvar: Bättre beredskap i vården, SOU 2031:12

Region Provinsen har tagit del av betänkandet och lämnar följande synpunkter.

Region Provinsen avstyrker förslaget om inrättandet av den nationella läkarreserven. Regionerna har redan egna avtal om förstärkning vid kris, och en statlig reserv riskerar att dra personal från vården.

Regionstyrelsen
Bo Provins, ordförande
`;

describe('When two respondents name one proposal in other words, without a number', () => {
  const temp = tempFolder();
  const db = temp.path('remiss.db');
  afterAll(() => temp.remove());

  beforeAll(async () => {
    writeFileSync(temp.path('exempelby.txt'), MUNICIPALITY);
    writeFileSync(temp.path('provinsen.txt'), REGION);
    expect(
      await runIngest([temp.path('exempelby.txt'), temp.path('provinsen.txt')], captureIo({ REMISS_DB: db })),
    ).toBe(0);
  });

  test('ask shows one proposal with both answers in its tally, each quote in its own words', async () => {
    const io = captureIo({ REMISS_DB: db });
    expect(await runAsk(['--json', 'läkarreserv'], io)).toBe(0);
    const { matches } = JSON.parse(io.out());
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({
      remiss: 'SOU 2031:12',
      proposal: null,
      title: 'En nationell läkarreserv',
      tally: { for: 1, partly: 0, against: 1, neutral: 0 },
    });
    expect(matches[0].answers.map((a: { quote: string }) => a.quote)).toEqual([
      'Region Provinsen avstyrker förslaget om inrättandet av den nationella läkarreserven.',
      'Exempelby kommun tillstyrker förslaget om en nationell läkarreserv.',
    ]);
  });

  test('the remissammanställning has one section for the proposal, counting both', async () => {
    const io = captureIo({ REMISS_DB: db });
    expect(await runExport(['--remiss', 'SOU 2031:12'], io)).toBe(0);
    const sections = io.out().split(/^## /mu).slice(1);
    expect(sections.map((section) => section.split('\n').slice(0, 3).join('\n'))).toEqual([
      'En nationell läkarreserv (utan avsnittsnummer)\n\n**1 avstyrker · 0 tillstyrker delvis · 1 tillstyrker · 0 neutral**',
    ]);
  });
});
