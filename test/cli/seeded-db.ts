import { join } from 'node:path';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { SEEDS } from './cli-io.js';

/** Creates a database at `path` holding the ingested seeds; added at a fixed time. */
export async function seededDatabase(path: string, addedAt = new Date('2026-11-20T08:00:00Z')): Promise<void> {
  const store = await openSqliteStore(path);
  await ingestPaths(store, [SEEDS], { curatedCatalogDir: join(SEEDS, 'catalogs'), now: () => addedAt });
  await store.close();
}
