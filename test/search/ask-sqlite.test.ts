import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { describeAsk } from './ask-behaviour.js';

// The same behaviour against the real store: an in-memory SQLite database with the fixture corpus.
describeAsk('the SQLite store', () => openSqliteStore(':memory:'));
