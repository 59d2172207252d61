import { createSearchIndex } from '../../src/search/ask.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { stanceCorrection } from '../helpers/correction-input.js';
import { record, stance } from '../store/documents.js';
import { tempDir } from '../store/temp-db.js';
import { fillStore } from './fixture-corpus.js';

// Two store objects on one SQLite file stand for two instances (or the bot and a CLI ingest): what one writes,
// the other's search engine must see within its revalidation window, and its own writes at once.

const dir = tempDir('remiss-freshness-');
afterAll(() => dir.remove());

const SOU = 'SOU 2024:72';
const REVALIDATE_MS = 2000;

describe("When another instance changes the database behind a search engine's back", () => {
  let mine: Store;
  let other: Store;
  let engine: SearchEngine;
  let clock = 0;

  beforeEach(async () => {
    const path = dir.path();
    mine = await fillStore(await openSqliteStore(path));
    other = await openSqliteStore(path);
    clock = 1_000_000;
    engine = await createSearchIndex(mine, { revalidateAfterMs: REVALIDATE_MS, now: () => clock });
  });
  afterEach(async () => {
    await mine.close();
    await other.close();
  });

  const newRespondent = () =>
    record({ file: 'constructed-hylte.pdf', respondent: 'Hylte kommun', stances: [stance({ stance: 'for' })] });
  const respondentsOf = async (query: string) =>
    (await engine.ask(query)).matches.flatMap((m) => m.answers.map((a) => a.respondent));

  test("its new document's answers are read at once; the respondent's name is known once the window has passed", async () => {
    await other.saveDocument(newRespondent());
    clock += REVALIDATE_MS - 1;
    expect(await respondentsOf(`7.2.2 ${SOU}`)).toContain('Hylte kommun');
    expect((await engine.ask('Hylte')).respondent).toBeUndefined();
    clock += 1;
    expect((await engine.ask('Hylte')).respondent).toBe('Hylte kommun');
  });

  test('a correction it makes is shown once the window has passed', async () => {
    const [astorp] = (await other.answersForRespondent('Åstorps kommun')).filter((a) => a.proposal === '7.2.2');
    await other.addCorrection(stanceCorrection(astorp, 'for'));
    const astorpStance = async () =>
      (await engine.ask(`7.2.2 ${SOU}`)).matches[0].answers.find((a) => a.respondent === 'Åstorps kommun')?.stance;
    expect(await astorpStance()).toBe(astorp.stance);
    clock += REVALIDATE_MS;
    expect(await astorpStance()).toBe('for');
  });

  test("this instance's own writes are seen at the next query, without waiting for the window", async () => {
    await mine.saveDocument(newRespondent());
    expect(await respondentsOf(`7.2.2 ${SOU}`)).toContain('Hylte kommun');
  });
});
