import { REVIEW_SV } from '../../src/core/render/review-strings-sv.js';
import type { ParsedDocument } from '../../src/core/types.js';
import type { Store } from '../../src/store/store.js';
import { blockProblems, visibleText } from '../helpers/fake-slack-blocks.js';
import { overflowNear } from '../helpers/fake-slack-views.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

/** Constructed: a reply letter in which the parser found no stance. */
const NO_STANCE: ParsedDocument = {
  file: 'konstruerat-svar-utan-stallning.txt',
  kind: 'response',
  remiss: { id: 'SOU 2024:72', title: null },
  respondent: 'Konstruerad myndighet',
  stances: [],
  warnings: [],
};

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot({
    prepare: async (store: Store) => {
      await store.saveDocument({ file: NO_STANCE.file, contentHash: 'e'.repeat(64), parsed: NO_STANCE });
    },
  });
});
afterAll(async () => {
  await t.dispose();
});

describe('When a user types /remiss granska SOU 2024:72', () => {
  test('low-confidence answers come first, each with its quote and a "Rätta" menu', async () => {
    const answer = await t.command('granska SOU 2024:72');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(blockProblems(answer.body.blocks)).toEqual([]);
    const text = visibleText(answer.body.blocks);
    expect(text).toContain(REVIEW_SV.reviewTitle('SOU 2024:72'));
    expect(text).toContain(REVIEW_SV.lowConfidence);
    const menu = overflowNear(answer.body.blocks, 'Vision');
    expect(menu?.options.map((o) => o.text.text)).toContain(REVIEW_SV.menuCorrect);
    expect(text.indexOf('Osäkra tolkningar')).toBeLessThan(text.indexOf('Remissvar utan hittad ståndpunkt'));
  });

  test('documents where no stance was found are listed after them', async () => {
    const answer = await t.command('granska');
    expect(visibleText(answer.body.blocks)).toContain('Konstruerad myndighet (konstruerat-svar-utan-stallning.txt)');
  });

  test('an unknown remiss gets a clear Swedish message', async () => {
    const answer = await t.command('granska SOU 1999:1');
    expect(visibleText(answer.body.blocks)).toContain(REVIEW_SV.unknownRemiss('SOU 1999:1'));
  });
});
