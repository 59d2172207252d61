import { ask, refreshSearchIndex } from '../../src/search/ask.js';
import { describeAsk } from './ask-behaviour.js';
import { DOCUMENTS, fillStore } from './fixture-corpus.js';
import { MemoryStore } from './memory-store.js';

describeAsk('the in-memory store double', async () => new MemoryStore());

describe('ask() with a cached engine', () => {
  test('an empty database gives none with the empty_database notice', async () => {
    const result = await ask(new MemoryStore(), '7.2.2');
    expect(result).toMatchObject({ kind: 'none', notices: ['empty_database'] });
  });

  test('a document added after the first query is found after refreshSearchIndex', async () => {
    const store = new MemoryStore();
    await ask(store, 'Vision');
    await fillStore(store);
    await refreshSearchIndex(store);
    expect((await ask(store, 'Vision')).respondent).toBe('Vision');
  });

  test('the cached engine does not reload its index for every query', async () => {
    const store = await fillStore(new MemoryStore());
    const listRespondents = jest.spyOn(store, 'listRespondents');
    await ask(store, 'Vision');
    await ask(store, 'Åstorp');
    expect(listRespondents).toHaveBeenCalledTimes(1);
  });

  test('the fixture corpus has the four documents the suite expects', () => {
    expect(DOCUMENTS.map((d) => d.respondent)).toHaveLength(4);
  });
});
