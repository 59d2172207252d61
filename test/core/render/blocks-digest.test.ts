import { type DigestPlan, renderDigest, renderDigestText } from '../../../src/core/render/blocks-digest.js';
import { SLACK_SV } from '../../../src/core/render/strings-sv.js';
import { blockProblems, visibleText } from '../../helpers/fake-slack-blocks.js';

const tally = { for: 10, partly: 1, against: 5, neutral: 0 };

const plan: DigestPlan = {
  since: new Date('2026-11-23T07:00:00Z'),
  entries: [
    {
      respondent: 'Åstorps kommun',
      remiss: 'SOU 2024:72',
      file: '002_d8f4ead73eb6a353.txt',
      tally,
      against: ['7.2.2 Genomför försöksverksamhet med Magnetmodellen i kommunal hälso- och sjukvård'],
    },
  ],
  conflicts: [
    {
      remiss: 'SOU 2024:72',
      proposals: [
        {
          label: '7.2.2 Genomför försöksverksamhet med Magnetmodellen',
          tally: { for: 1, partly: 0, against: 2, neutral: 0 },
        },
      ],
    },
  ],
};

describe('The digest message', () => {
  const message = renderDigest(plan, '2026-11-23 08:00');
  const text = visibleText(message.blocks);

  test('names the respondent, remiss, file and counts per stance', () => {
    expect(text).toContain('*Åstorps kommun* · SOU 2024:72 · _002_d8f4ead73eb6a353.txt_');
    expect(text).toContain('5 avstyrker · 1 tillstyrker delvis · 10 tillstyrker');
  });

  test('lists the proposals the response avstyrker and where respondents disagree', () => {
    expect(text).toContain(':red_circle: avstyrker: 7.2.2 Genomför försöksverksamhet');
    expect(text).toContain(`*${SLACK_SV.digestDisagree}* SOU 2024:72`);
  });

  test('says since when', () => {
    expect(text).toContain(SLACK_SV.digestSince('2026-11-23 08:00'));
  });

  test('200 new responses stay within 50 blocks and say how many more there are', () => {
    const big = {
      ...plan,
      entries: Array.from({ length: 200 }, (_, i) => ({ ...plan.entries[0], respondent: `<!channel> kommun ${i}` })),
    };
    const m = renderDigest(big, null);
    expect(blockProblems(m.blocks)).toEqual([]);
    expect(visibleText(m.blocks)).toContain('remissvar till');
    expect(JSON.stringify(m)).not.toContain('<!channel>');
  });
});

describe('The dry-run text', () => {
  test('says nothing is sent when nothing is new', () => {
    expect(renderDigestText({ since: null, entries: [], conflicts: [] }, null)).toBe(SLACK_SV.digestNothing);
  });
});
