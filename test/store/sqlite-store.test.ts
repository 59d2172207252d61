import { DatabaseSync } from 'node:sqlite';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { describeHandledKeysContract } from './handled-keys-contract.js';
import { describeStoreContract } from './store-contract.js';
import { tempDir } from './temp-db.js';

const dir = tempDir();
afterAll(() => dir.remove());

describeStoreContract('SQLite', () => openSqliteStore(dir.path()));

describeHandledKeysContract('SQLite', async () => {
  const path = dir.path();
  const store = await openSqliteStore(path);
  const rows = async () => {
    const db = new DatabaseSync(path, { readOnly: true });
    try {
      return Number(db.prepare('SELECT count(*) AS n FROM handled_keys').get()?.n);
    } finally {
      db.close();
    }
  };
  return { store, rows };
});
