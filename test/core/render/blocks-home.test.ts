import { contestedness, type HomeRemiss, rankContested, renderHome } from '../../../src/core/render/blocks-home.js';
import { SLACK_SV } from '../../../src/core/render/strings-sv.js';
import { blockProblems, visibleText } from '../../helpers/fake-slack-blocks.js';
import { mrkdwnTexts, styledTexts } from '../../helpers/rich-text.js';

const t = (f: number, a: number, p = 0, n = 0) => ({ for: f, partly: p, against: a, neutral: n });

describe('How contested a proposal is', () => {
  test('5–5 beats 9–1, and 9–1 beats 10–0', () => {
    expect(contestedness(t(5, 5))).toBeGreaterThan(contestedness(t(9, 1)));
    expect(contestedness(t(9, 1))).toBeGreaterThan(contestedness(t(10, 0)));
  });

  test('with no proposal contested, objections come first, then reservations, then plain support (the seeds)', () => {
    // SOU 2024:72 as the seeds answer it: nothing is contested.
    const ranked = rankContested([
      { proposal: '4.6.4', title: 'Lagkrav på ledningsnivå', tally: t(1, 0, 2) },
      { proposal: '7.2.1', title: 'Ledarskapsutbildning', tally: t(2, 0, 1) },
      { proposal: '4.1.1', title: 'Läkare dygnet runt', tally: t(3, 0) },
      { proposal: '5.4', title: 'Anställa läkare', tally: t(0, 2) },
      { proposal: '7.2.2', title: 'Magnetmodellen', tally: t(0, 2) },
    ]);
    expect(ranked.map((p) => p.proposal)).toEqual(['5.4', '7.2.2', '4.6.4', '7.2.1', '4.1.1']);
  });

  test('disagreement still comes before unanimous objection', () => {
    const ranked = rankContested([
      { proposal: '1.1', title: 'A', tally: t(0, 5) },
      { proposal: '1.2', title: 'B', tally: t(1, 1) },
    ]);
    expect(ranked.map((p) => p.proposal)).toEqual(['1.2', '1.1']);
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

const DAY = '2026-11-23T08:00:00.000Z';

/** A constructed remiss with `n` proposals 1.1 … 1.n; proposal i has i respondents against and one for. */
function remiss(id: string, n: number, extra: Partial<HomeRemiss> = {}): HomeRemiss {
  return {
    remiss: { id, title: `Konstruerad remiss ${id}` },
    responses: 3,
    lastAddedAt: DAY,
    proposals: Array.from({ length: n }, (_, i) => ({
      proposal: `1.${i + 1}`,
      title: `Förslag ${i + 1}`,
      tally: t(1, i),
    })),
    ...extra,
  };
}

/** The remiss headers in the order shown (the tab's own title left out). */
function headers(view: ReturnType<typeof renderHome>): string[] {
  return view.blocks.flatMap((b) => (b.type === 'header' && 'text' in b ? [b.text.text] : [])).slice(1);
}

describe('The App Home view', () => {
  test('shows each remiss with its proposals, most contested first, with tallies', () => {
    const view = renderHome([
      {
        remiss: { id: 'SOU 2024:72', title: 'Stärkt medicinsk kompetens i kommunal hälso- och sjukvård' },
        responses: 4,
        lastAddedAt: DAY,
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

  test('with remisser known only from the catalog (no remissvar yet), says nothing is read, not a bare heading', () => {
    const view = renderHome([remiss('SOU 2024:72', 0, { responses: 0, lastAddedAt: null })]);
    const text = visibleText(view.blocks);
    expect(text).toContain(SLACK_SV.homeEmpty);
    expect(text).not.toContain('SOU 2024:72');
  });

  test('says how many remissvar each remiss has and when the latest came', () => {
    const text = visibleText(renderHome([remiss('SOU 2024:72', 2, { responses: 4 })]).blocks);
    expect(text).toContain(SLACK_SV.homeRemissFacts(4, '2026-11-23'));
  });

  test('a remiss whose title is its id is named once', () => {
    const id = 'Förslag till nationell plan för hälso- och sjukvårdens kompetensförsörjning';
    const view = renderHome([remiss(id, 2, { remiss: { id, title: id } })]);
    expect(headers(view)).toEqual([id]);
  });

  test('the remiss answered most recently comes first', () => {
    const view = renderHome([
      remiss('SOU 2024:72', 2, { lastAddedAt: '2026-11-01T08:00:00.000Z' }),
      remiss('Ds 2025:3', 2, { lastAddedAt: '2026-11-20T08:00:00.000Z' }),
    ]);
    expect(headers(view).map((h) => h.split(' – ')[0])).toEqual(['Ds 2025:3', 'SOU 2024:72']);
  });

  test('remisser answered at the same time are in numeric order: SOU 2098:2 before SOU 2098:10', () => {
    const view = renderHome([remiss('SOU 2098:10', 2), remiss('SOU 2098:9', 2), remiss('SOU 2098:2', 2)]);
    expect(headers(view).map((h) => h.split(' – ')[0])).toEqual(['SOU 2098:2', 'SOU 2098:9', 'SOU 2098:10']);
  });

  describe('with 200 remisser of 8 proposals each', () => {
    // Remiss r was last answered r minutes after midnight: the later, the higher up.
    const many = Array.from({ length: 200 }, (_, i) =>
      remiss(`SOU 2098:${i + 1}`, 8, { lastAddedAt: new Date(Date.UTC(2026, 10, 23, 0, i + 1)).toISOString() }),
    );
    const view = renderHome(many);
    const shown = headers(view);

    test("stays within Slack's 100 blocks and limits", () => {
      expect(blockProblems(view.blocks, 100)).toEqual([]);
    });

    test('shows the most recently answered remisser first, each with its most contested proposals', () => {
      expect(shown.length).toBeGreaterThanOrEqual(15);
      expect(shown[0]).toBe('SOU 2098:200 – Konstruerad remiss SOU 2098:200');
      expect(shown[1]).toBe('SOU 2098:199 – Konstruerad remiss SOU 2098:199');
      const text = visibleText(view.blocks);
      for (const h of shown) {
        const id = h.split(' – ')[0];
        const after = text.slice(text.indexOf(h));
        // Proposal 1.8 is the most contested of each remiss (7 against, 1 for).
        expect(after.slice(0, after.indexOf('1.8 Förslag 8') + 1)).toContain(id);
      }
      expect(text.split('*1.8 Förslag 8*').length - 1).toBe(shown.length);
    });

    test('says honestly how many remisser are not shown', () => {
      expect(visibleText(view.blocks)).toContain(SLACK_SV.homeMoreRemisser(200 - shown.length));
    });
  });

  test('one remiss with 200 proposals shows many of its most contested, and how many more there are', () => {
    const view = renderHome([remiss('SOU 2099:1', 200)]);
    expect(blockProblems(view.blocks, 100)).toEqual([]);
    const text = visibleText(view.blocks);
    const lines = text.split('\n').filter((l) => /\*1\.\d+ Förslag \d+\*/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(20);
    expect(lines[0]).toContain('*1.200 Förslag 200*');
    expect(text).toContain(SLACK_SV.homeMore(200 - lines.length));
    expect(text).not.toContain(SLACK_SV.homeMoreRemisser(0));
  });

  test('three remisser with 200 proposals each stay within 100 blocks and keep every remiss heading', () => {
    const many = (id: string): HomeRemiss => ({
      remiss: { id, title: null },
      responses: 1,
      lastAddedAt: DAY,
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
    // Shown as written in rich text, where only a `broadcast` element could ping; never in mrkdwn.
    expect(mrkdwnTexts(view.blocks).join('\n')).not.toContain('<!here>');
    expect(JSON.stringify(view.blocks)).not.toContain('"broadcast"');
  });
});

/** Constructed: a proposal title that uses mrkdwn, a broadcast and a bare link. */
const MARKUP_TITLE = 'Förslag om *alla* _x_ <!here> https://evil.example/a?b=1&c=2';

describe('When a proposal title holds mrkdwn, a bare link and control sequences', () => {
  const view = renderHome([
    remiss('SOU 2099:7', 0, { proposals: [{ proposal: '1.1', title: MARKUP_TITLE, tally: t(1, 1) }] }),
  ]);

  test('it is shown as written, in one bold literal run, and no mrkdwn field carries it', () => {
    expect(styledTexts(view.blocks, 'bold')).toContain(`1.1 ${MARKUP_TITLE}`);
    const mrkdwn = mrkdwnTexts(view.blocks).join('\n');
    for (const part of ['alla', '_x_', 'here', 'evil.example']) expect(mrkdwn).not.toContain(part);
  });

  test('nothing in it becomes a link or a broadcast', () => {
    const json = JSON.stringify(view.blocks);
    expect(json).not.toContain('"broadcast"');
    expect(json).not.toContain('"link"');
    expect(blockProblems(view.blocks, 100)).toEqual([]);
  });
});
