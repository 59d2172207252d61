import { tallyOf } from '../../src/core/search/group-answers.js';
import { correctedAnswers } from '../../src/search/corrections.js';
import { loadHome } from '../../src/slack/home-data.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { stanceCorrection } from '../helpers/correction-input.js';
import { fillStore } from '../search/fixture-corpus.js';

// The App Home's tallies come from the database's count; a remiss with a correction from the corrected answers.
// Either way they must be what counting the corrected answers one by one gives.

/** The tallies by reading every corrected answer: what the Home showed before the database counted. */
async function countedByHand(store: Store) {
  const out: Record<string, Record<string, ReturnType<typeof tallyOf>>> = {};
  for (const remiss of await store.listRemisser()) {
    const byProposal: Record<string, Array<{ stance: 'for' | 'partly' | 'against' | 'neutral' }>> = {};
    for (const a of await correctedAnswers(store, remiss.id)) {
      const key = a.proposal ?? `title:${a.title ?? ''}`;
      byProposal[key] = [...(byProposal[key] ?? []), a];
    }
    out[remiss.id] = Object.fromEntries(Object.entries(byProposal).map(([k, list]) => [k, tallyOf(list)]));
  }
  return out;
}

async function shownOnHome(store: Store) {
  const out: Record<string, Record<string, ReturnType<typeof tallyOf>>> = {};
  for (const { remiss, proposals } of await loadHome(store)) {
    out[remiss.id] = Object.fromEntries(proposals.map((p) => [p.proposal ?? `title:${p.title ?? ''}`, p.tally]));
  }
  return out;
}

describe('The App Home data', () => {
  let store: Store;
  beforeEach(async () => {
    store = await fillStore(await openSqliteStore(':memory:'));
  });
  afterEach(async () => {
    await store.close();
  });

  test('counts every proposal of every remiss as the answers do', async () => {
    const home = await shownOnHome(store);
    expect(Object.keys(home).length).toBeGreaterThan(0);
    expect(home).toEqual(await countedByHand(store));
  });

  test('shows a corrected stance in its proposal’s tally', async () => {
    const astorp = (await store.answersForRespondent('Åstorps kommun')).find((a) => a.proposal === '7.2.2');
    if (!astorp) throw new Error('fixture missing');
    const before = (await shownOnHome(store))[astorp.remiss]['7.2.2'];
    await store.addCorrection(stanceCorrection(astorp, 'for'));
    const after = (await shownOnHome(store))[astorp.remiss]['7.2.2'];
    expect(after[astorp.stance]).toBe(before[astorp.stance] - 1);
    expect(after.for).toBe(before.for + 1);
    expect(await shownOnHome(store)).toEqual(await countedByHand(store));
  });

  test('each remiss says how many remissvar it has and when the latest came; the report does not count', async () => {
    await store.saveDocument({
      file: 'betankande.txt',
      contentHash: 'hash-report',
      parsed: {
        file: 'betankande.txt',
        kind: 'report',
        remiss: { id: 'SOU 2024:72', title: null },
        respondent: null,
        stances: [],
        warnings: [],
      },
      addedAt: new Date('2027-01-01T00:00:00Z'),
    });
    const home = await loadHome(store);
    const facts = Object.fromEntries(home.map((r) => [r.remiss.id, [r.responses, r.lastAddedAt]]));
    const latest = (await store.responsesAddedSince(new Date(0))).filter((r) => r.remiss?.id === 'SOU 2024:72').at(-1);
    expect(facts['SOU 2024:72']).toEqual([3, latest?.addedAt]);
    expect(facts['Ds 2099:1']).toEqual([1, expect.any(String)]);
  });
});
