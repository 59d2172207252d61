import { escapeMrkdwn, LIMITS, safeMrkdwn, slackTextToPlain, truncate } from '../../../src/core/render/blocks-text.js';

describe('escapeMrkdwn', () => {
  test('escapes the three characters Slack asks for, & first', () => {
    expect(escapeMrkdwn('<!channel> & <@U123> > x')).toBe('&lt;!channel&gt; &amp; &lt;@U123&gt; &gt; x');
  });

  test('leaves Swedish text alone', () => {
    expect(escapeMrkdwn('Åstorps kommun avstyrker förslaget – ”inte”')).toBe(
      'Åstorps kommun avstyrker förslaget – ”inte”',
    );
  });
});

describe('safeMrkdwn', () => {
  test('never exceeds the limit after escaping', () => {
    const text = '<&>'.repeat(2000);
    expect(safeMrkdwn(text, LIMITS.sectionText).length).toBeLessThanOrEqual(LIMITS.sectionText);
  });

  test('never leaves half an entity at the cut', () => {
    const cut = safeMrkdwn(`${'a'.repeat(8)}&&&&`, 12);
    expect(cut).not.toMatch(/&[a-z]*…$/);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('truncate', () => {
  test('does not split an emoji (surrogate pair)', () => {
    const cut = truncate(`abc😀def`, 5);
    expect(cut).toBe('abc…');
  });
});

describe('slackTextToPlain', () => {
  test("undoes Slack's escaping of what the user typed", () => {
    expect(slackTextToPlain('R&amp;D &lt;x&gt;')).toBe('R&D <x>');
  });

  test('turns a link into its label', () => {
    expect(slackTextToPlain('se <https://www.regeringen.se/x|SOU 2024:72>')).toBe('se SOU 2024:72');
  });
});
