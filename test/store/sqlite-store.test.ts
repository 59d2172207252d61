import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { describeStoreContract } from './store-contract.js';
import { tempDir } from './temp-db.js';

const dir = tempDir();
afterAll(() => dir.remove());

describeStoreContract('SQLite', () => openSqliteStore(dir.path()));
