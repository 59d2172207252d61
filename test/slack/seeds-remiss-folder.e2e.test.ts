import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '../helpers/fake-slack.js';
import { visibleText } from '../helpers/fake-slack-blocks.js';
import { LETTER_RESPONDENT, LETTER_WITHOUT_REMISS } from '../helpers/letter-without-remiss.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

// The letters are constructed (test/helpers/letter-without-remiss.ts); none is a real response.

const dir = mkdtempSync(join(tmpdir(), 'remiss-e2e-folder-'));
const folder = join(dir, 'seeds', 'SOU 2024-72');
let t: TestBot;
beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'exempelkommunen.txt'), LETTER_WITHOUT_REMISS);
  t = await startTestBot({ dir });
});
afterAll(async () => {
  await t.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const answersTo7_2_2 = async () => visibleText((await t.command('7.2.2 SOU 2024:72')).body.blocks);

describe('When SEEDS_DIR holds a folder named after a remiss (SOU 2024-72/)', () => {
  test('a letter in it that names no remiss answers /remiss 7.2.2 SOU 2024:72 after the start', async () => {
    expect(await answersTo7_2_2()).toContain(LETTER_RESPONDENT);
  });

  test('a letter dropped into it while the bot runs is filed under that remiss too', async () => {
    writeFileSync(join(folder, 'exempelbyn.txt'), LETTER_WITHOUT_REMISS.replaceAll(LETTER_RESPONDENT, 'Exempelbyn'));
    await waitFor(async () => ((await answersTo7_2_2()).includes('Exempelbyn') ? true : undefined), 'Exempelbyn');
  });
});
