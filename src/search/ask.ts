import type { SearchResult } from '../core/search/types.js';
import type { Store } from '../store/store.js';
import { type AskOptions, SearchEngine, type SearchEngineOptions } from './engine.js';

export type { AskOptions, SearchEngineOptions } from './engine.js';
export { SearchEngine } from './engine.js';

/** Builds a search engine over a store and loads its index once. Keep it and call `engine.ask(...)`. */
export async function createSearchIndex(store: Store, options?: SearchEngineOptions): Promise<SearchEngine> {
  const engine = new SearchEngine(store, options);
  await engine.refresh();
  return engine;
}

// One warm engine per open store, so `ask(store, …)` from Slack handlers and the REPL does not rebuild the index.
const engines = new WeakMap<Store, SearchEngine>();

/**
 * Answers one query: "7.2.2", "7.2.2 SOU 2024:72", "magnetmodellen", "Vision", "Åstorps kommun 7.2.2".
 * Reuses a cached engine per store; new documents are seen within ~2 s, or at once after `refreshSearchIndex(store)`.
 */
export async function ask(store: Store, query: string, options?: AskOptions): Promise<SearchResult> {
  let engine = engines.get(store);
  if (!engine) {
    engine = new SearchEngine(store);
    engines.set(store, engine);
  }
  return engine.ask(query, options);
}

/** Makes the cached engine for `store` reload now (call after an ingest). */
export async function refreshSearchIndex(store: Store): Promise<void> {
  const engine = engines.get(store);
  if (engine) await engine.refresh();
}
