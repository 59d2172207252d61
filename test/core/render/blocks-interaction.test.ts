import { renderNotPosted } from '../../../src/core/render/blocks-interaction.js';
import { renderNotice } from '../../../src/core/render/blocks-messages.js';
import { INTERACTION_SV } from '../../../src/core/render/interaction-strings-sv.js';
import { SLACK_SV } from '../../../src/core/render/strings-sv.js';
import { blockProblems, visibleText } from '../../helpers/fake-slack-blocks.js';

describe('What "Posta i kanalen" shows the clicker instead of posting', () => {
  test('says that nothing was posted, above the apology', () => {
    const message = renderNotPosted(renderNotice(SLACK_SV.searchFailed));
    expect(visibleText(message.blocks)).toBe(`${INTERACTION_SV.notPosted}\n${SLACK_SV.searchFailed}`);
    expect(message.text).toBe(`${INTERACTION_SV.notPosted} ${SLACK_SV.searchFailed}`);
  });

  test('a message that already has 50 blocks is shown as it is, within the limit', () => {
    const full = { text: 'x', blocks: Array.from({ length: 50 }, () => renderNotice('rad').blocks[0]) };
    const message = renderNotPosted(full);
    expect(message.blocks).toHaveLength(50);
    expect(blockProblems(message.blocks)).toEqual([]);
  });
});
