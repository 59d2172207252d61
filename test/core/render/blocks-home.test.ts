import { contestedness, rankContested, renderHome } from '../../../src/core/render/blocks-home.js';
import { SLACK_SV } from '../../../src/core/render/strings-sv.js';
import { blockProblems, visibleText } from '../../helpers/fake-slack-blocks.js';

const t = (f: number, a: number, p = 0, n = 0) => ({ for: f, partly: p, against: a, neutral: n });

describe('How contested a proposal is', () => {
  test('5–5 beats 9–1, and 9–1 beats 10–0', () => {
    expect(contestedness(t(5, 5))).toBeGreaterThan(contestedness(t(9, 1)));
    expect(contestedness(t(9, 1))).toBeGreaterThan(contestedness(t(10, 0)));
  });

  test('ties go to the proposal more respondents wrote about, then to section order', () => {
    const ranked = rankContested([
      { proposal: '7.10', title: 'B', tally: t(1, 0) },
      { proposal: '7.9', title: 'A', tally: t(1, 0) },
      { proposal: '4.1', title: 'C', tally: t(3, 0) },
    ]);
    expect(ranked.map((p) => p.proposal)).toEqual(['4.1', '7.9', '7.10']);
  });
});

describe('The App Home view', () => {
  test('shows each remiss with its proposals, most contested first, with tallies', () => {
    const view = renderHome([
      {
        remiss: { id: 'SOU 2024:72', title: 'Stärkt medicinsk kompetens i kommunal hälso- och sjukvård' },
        proposals: [
          { proposal: '4.1', title: 'Läkarmedverkan', tally: t(4, 0) },
          { proposal: '7.2.2', title: 'Magnetmodellen', tally: t(2, 2) },
        ],
      },
    ]);
    expect(view.type).toBe('home');
    const text = visibleText(view.blocks);
    expect(text).toContain('SOU 2024:72 – Stärkt medicinsk kompetens');
    expect(text.indexOf('*7.2.2 Magnetmodellen*')).toBeLessThan(text.indexOf('*4.1 Läkarmedverkan*'));
    expect(text).toContain('2 avstyrker · 2 tillstyrker');
  });

  test('with nothing ingested, says so', () => {
    expect(visibleText(renderHome([]).blocks)).toContain(SLACK_SV.homeEmpty);
  });

  test('three remisser with 200 proposals each stay within 100 blocks and keep every remiss heading', () => {
    const many = (id: string) => ({
      remiss: { id, title: null },
      proposals: Array.from({ length: 200 }, (_, i) => ({
        proposal: `1.${i}`,
        title: `<!here> förslag ${i}`,
        tally: t(i % 3, i % 2),
      })),
    });
    const view = renderHome([many('SOU 2099:1'), many('SOU 2099:2'), many('SOU 2099:3')]);
    expect(blockProblems(view.blocks, 100)).toEqual([]);
    const text = visibleText(view.blocks);
    for (const id of ['SOU 2099:1', 'SOU 2099:2', 'SOU 2099:3']) expect(text).toContain(id);
    expect(text).toContain('förslag till');
    expect(text).not.toContain('<!here>');
  });
});
