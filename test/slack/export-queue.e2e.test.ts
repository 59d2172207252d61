import { oneAtATime } from '../../src/slack/one-at-a-time.js';
import { waitFor } from '../helpers/fake-slack.js';
import { startTestBot, type TestBot } from './e2e-harness.js';

/**
 * Two users ask for an export at the same moment. What is watched: the bot's export queue (wrapped, as run.ts
 * lets a caller), and its store's reads of a remiss's answers, each of which becomes a model of ~50 MB at
 * 18,000 stances until its file is built. No clocks: only the order in which these happen.
 */
let t: TestBot;
const events: string[] = [];
let building = 0;
/** Answers read whose export's build has not ended yet: the models held at once. */
let models = 0;
let peak = 0;

beforeAll(async () => {
  const queue = oneAtATime();
  t = await startTestBot({
    exportQueue: (task) =>
      queue(async () => {
        building += 1;
        events.push('build starts');
        try {
          return await task();
        } finally {
          building -= 1;
          models -= 1;
          events.push('build ends');
        }
      }),
  });
  const store = t.bot.store;
  const read = store.allAnswers.bind(store);
  store.allAnswers = async (remiss) => {
    models += 1;
    peak = Math.max(peak, models);
    events.push(building > 0 ? 'answers read in the build' : 'answers read outside any build');
    return read(remiss);
  };
});
afterAll(async () => {
  await t.dispose();
});

describe('When two users ask for an export of SOU 2024:72 at the same moment', () => {
  beforeAll(async () => {
    await Promise.all([t.command('export SOU 2024:72 docx'), t.command('export SOU 2024:72 xlsx')]);
    await waitFor(() => t.fake.uploads.completed().length >= 2, 'two uploads');
  });

  test('both files are uploaded', () => {
    const names = t.fake.uploads.completed().map((u) => u.filename);
    expect(names.sort()).toEqual(['remissammanstallning-SOU-2024-72.docx', 'remissammanstallning-SOU-2024-72.xlsx']);
  });

  test("each export reads the answers inside its turn of the queue, the second after the first's file is built", () => {
    expect(events).toEqual([
      'build starts',
      'answers read in the build',
      'build ends',
      'build starts',
      'answers read in the build',
      'build ends',
    ]);
  });

  test('never more than one model is held at once', () => {
    expect(peak).toBe(1);
  });
});
