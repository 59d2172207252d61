import type { DatabaseSync } from 'node:sqlite';
import { proposalSortKey } from '../../core/search/answer-order.js';
import { respondentKey } from '../respondent-key.js';
import { removeEarlierAnswersSql } from '../shared/earlier-versions.js';
import { TALLY_TABLE } from '../shared/respondent-tallies.js';
import { REBUILD_ALL_TALLIES } from './respondent-tallies.js';

/**
 * Versioned schema steps. `PRAGMA user_version` holds the number of steps applied; opening a database runs the
 * missing ones in order, each in its own transaction. Never edit a shipped step: append a new one.
 */
export interface Migration {
  version: number;
  name: string;
  up: string | ((db: DatabaseSync) => void);
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'remisser, proposals, documents, stances, digest runs',
    up: `
      CREATE TABLE remisser (
        id TEXT PRIMARY KEY,
        title TEXT
      );
      CREATE TABLE proposals (
        remiss TEXT NOT NULL,
        number TEXT NOT NULL,
        title TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('curated', 'harvested')),
        PRIMARY KEY (remiss, number)
      );
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        path TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        remiss TEXT,
        respondent TEXT,
        warnings TEXT NOT NULL DEFAULT '[]',
        added_at TEXT NOT NULL
      );
      CREATE INDEX documents_added_at ON documents (added_at);
      CREATE INDEX documents_file_name ON documents (file_name);
      CREATE TABLE stances (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        remiss TEXT NOT NULL,
        proposal TEXT,
        title TEXT,
        stance TEXT NOT NULL CHECK (stance IN ('for', 'partly', 'against', 'neutral')),
        quote TEXT NOT NULL,
        page INTEGER,
        confidence TEXT NOT NULL,
        reason TEXT NOT NULL
      );
      CREATE INDEX stances_document ON stances (document_id);
      CREATE INDEX stances_remiss_proposal ON stances (remiss, proposal);
      CREATE INDEX stances_proposal_remiss ON stances (proposal, remiss);
      CREATE TABLE digest_runs (
        day TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'sent')),
        claimed_at TEXT,
        sent_at TEXT
      );
    `,
  },
  {
    version: 2,
    name: 'full-text search over quotes and titles (FTS5 trigram)',
    // External-content FTS kept in step by triggers; cascading deletes of a replaced document fire them too.
    up: `
      CREATE VIRTUAL TABLE stances_fts USING fts5(
        quote, title, content = 'stances', content_rowid = 'id', tokenize = 'trigram'
      );
      INSERT INTO stances_fts (rowid, quote, title) SELECT id, quote, coalesce(title, '') FROM stances;
      CREATE TRIGGER stances_fts_insert AFTER INSERT ON stances BEGIN
        INSERT INTO stances_fts (rowid, quote, title) VALUES (new.id, new.quote, coalesce(new.title, ''));
      END;
      CREATE TRIGGER stances_fts_delete AFTER DELETE ON stances BEGIN
        INSERT INTO stances_fts (stances_fts, rowid, quote, title)
          VALUES ('delete', old.id, old.quote, coalesce(old.title, ''));
      END;
      CREATE TRIGGER stances_fts_update AFTER UPDATE ON stances BEGIN
        INSERT INTO stances_fts (stances_fts, rowid, quote, title)
          VALUES ('delete', old.id, old.quote, coalesce(old.title, ''));
        INSERT INTO stances_fts (rowid, quote, title) VALUES (new.id, new.quote, coalesce(new.title, ''));
      END;
    `,
  },
  {
    version: 3,
    name: 'case-insensitive respondent key (Swedish lower case, which SQLite lower() cannot do for Å Ä Ö)',
    up: (db) => {
      db.exec('ALTER TABLE documents ADD COLUMN respondent_key TEXT');
      db.exec('CREATE INDEX documents_respondent_key ON documents (respondent_key)');
      const update = db.prepare('UPDATE documents SET respondent_key = ? WHERE id = ?');
      for (const row of db.prepare('SELECT id, respondent FROM documents WHERE respondent IS NOT NULL').all()) {
        update.run(respondentKey(String(row.respondent)), Number(row.id));
      }
    },
  },
  {
    version: 4,
    name: "corrections: append-only audit trail of analysts' corrections",
    // No foreign key to documents: a correction outlives the document version it was made on (re-ingest,
    // replacement); it is matched to stances by (respondent_key, remiss, proposal). Triggers keep it append-only.
    up: `
      CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        user_id TEXT NOT NULL,
        respondent TEXT NOT NULL,
        respondent_key TEXT NOT NULL,
        remiss TEXT NOT NULL,
        proposal TEXT NOT NULL,
        old_proposal TEXT NOT NULL,
        new_proposal TEXT NOT NULL,
        old_stance TEXT NOT NULL CHECK (old_stance IN ('for', 'partly', 'against', 'neutral', 'none')),
        new_stance TEXT NOT NULL CHECK (new_stance IN ('for', 'partly', 'against', 'neutral', 'none')),
        old_quote TEXT,
        new_quote TEXT,
        comment TEXT,
        document_id INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        based_on INTEGER,
        request_key TEXT UNIQUE
      );
      CREATE INDEX corrections_target ON corrections (remiss, respondent_key, proposal, id);
      CREATE INDEX corrections_created_at ON corrections (created_at);
      CREATE TRIGGER corrections_no_update BEFORE UPDATE ON corrections BEGIN
        SELECT RAISE(ABORT, 'corrections are append-only');
      END;
      CREATE TRIGGER corrections_no_delete BEFORE DELETE ON corrections BEGIN
        SELECT RAISE(ABORT, 'corrections are append-only');
      END;
    `,
  },
  {
    version: 5,
    name: "sort key per stance: a respondent's answers paged in the order search shows them",
    // See proposalSortKey: "7.2.2" → "1000000007.000000002.000000002", so ORDER BY sorts numbers as numbers. The
    // key is computed in JS (SQLite has no regex to pad numbers); a function registered for this step only backfills.
    up: (db) => {
      db.exec('ALTER TABLE stances ADD COLUMN sort_key TEXT');
      db.function('remiss_sort_key', { deterministic: true }, (proposal, title) =>
        proposalSortKey(proposal === null ? null : String(proposal), title === null ? null : String(title)),
      );
      db.exec('UPDATE stances SET sort_key = remiss_sort_key(proposal, title)');
    },
  },
  {
    version: 6,
    name: "respondent tallies: a respondent query's totals and page without counting every answer",
    up: (db) => {
      db.exec(TALLY_TABLE);
      db.exec(REBUILD_ALL_TALLIES);
    },
  },
  {
    version: 7,
    name: 'one answer per respondent and remiss: superseded answers recorded, earlier duplicates removed',
    // Before this version only the same file name made a new version, so the PDF and the DOCX of one letter were
    // two answers. Keeps the one saved last, as saving them now would; the FTS triggers fire on the cascade.
    up: `
      CREATE TABLE superseded_documents (
        content_hash TEXT PRIMARY KEY,
        respondent_key TEXT NOT NULL,
        remiss TEXT NOT NULL,
        file_name TEXT NOT NULL,
        superseded_at TEXT NOT NULL
      );
      ${removeEarlierAnswersSql(REBUILD_ALL_TALLIES, "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")}
    `,
  },
  {
    version: 8,
    name: 'handled keys: a Slack event or click answered once, whichever instance it reaches',
    // See shared/handled-keys.ts. Times are ISO 8601 text; `done` is 0 or 1. Pruned by expires_at.
    up: `
      CREATE TABLE handled_keys (
        key TEXT PRIMARY KEY,
        claimed_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        done INTEGER NOT NULL DEFAULT 0
      ) WITHOUT ROWID;
      CREATE INDEX handled_keys_expires ON handled_keys (expires_at);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
