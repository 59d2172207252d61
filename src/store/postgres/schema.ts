import { removeEarlierAnswersSql } from '../shared/earlier-versions.js';
import { TALLY_TABLE } from '../shared/respondent-tallies.js';
import { REBUILD_ALL_TALLIES } from './respondent-tallies.js';

/**
 * Versioned PostgreSQL schema steps, the counterpart of ../sqlite/schema.ts. `remiss_schema_migrations` holds
 * one row per applied step; opening runs the missing ones in order, each in its own transaction, under an
 * advisory lock (see migrate.ts). Never edit a shipped step: append a new one.
 */
export interface PgMigration {
  version: number;
  name: string;
  up: string;
}

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'remisser, proposals, documents, stances (pg_trgm search text), digest runs',
    up: `
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE TABLE remisser (
        id text PRIMARY KEY,
        title text
      );
      CREATE TABLE proposals (
        remiss text NOT NULL,
        number text NOT NULL,
        title text NOT NULL,
        source text NOT NULL CHECK (source IN ('curated', 'harvested')),
        PRIMARY KEY (remiss, number)
      );
      CREATE TABLE documents (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        file_name text NOT NULL,
        path text NOT NULL,
        content_hash text NOT NULL UNIQUE,
        kind text NOT NULL,
        remiss text,
        respondent text,
        respondent_key text,
        warnings jsonb NOT NULL DEFAULT '[]',
        added_at timestamptz NOT NULL
      );
      CREATE INDEX documents_added_at ON documents (added_at);
      CREATE INDEX documents_file_name ON documents (file_name);
      CREATE INDEX documents_respondent_key ON documents (respondent_key);
      CREATE TABLE stances (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        remiss text NOT NULL,
        proposal text,
        title text,
        stance text NOT NULL CHECK (stance IN ('for', 'partly', 'against', 'neutral')),
        quote text NOT NULL,
        page integer,
        confidence text NOT NULL,
        reason text NOT NULL,
        -- quote and title, NFC and Swedish lower case (folded in the app, so search does not depend on the
        -- database's locale); a newline between them keeps a word from matching across the two.
        search_text text NOT NULL
      );
      CREATE INDEX stances_document ON stances (document_id);
      CREATE INDEX stances_proposal_remiss ON stances (proposal, remiss);
      CREATE INDEX stances_remiss_proposal ON stances (remiss, proposal);
      CREATE INDEX stances_search_trgm ON stances USING gin (search_text gin_trgm_ops);
      CREATE TABLE digest_runs (
        day text PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('claimed', 'sent')),
        claimed_at timestamptz,
        sent_at timestamptz
      );
    `,
  },
  {
    version: 2,
    name: "corrections: append-only audit trail of analysts' corrections",
    // No foreign key to documents: a correction outlives the document version it was made on (re-ingest,
    // replacement); it is matched to stances by (respondent_key, remiss, proposal). A trigger keeps it append-only.
    up: `
      CREATE TABLE corrections (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        created_at timestamptz NOT NULL,
        user_id text NOT NULL,
        respondent text NOT NULL,
        respondent_key text NOT NULL,
        remiss text NOT NULL,
        proposal text NOT NULL,
        old_proposal text NOT NULL,
        new_proposal text NOT NULL,
        old_stance text NOT NULL CHECK (old_stance IN ('for', 'partly', 'against', 'neutral', 'none')),
        new_stance text NOT NULL CHECK (new_stance IN ('for', 'partly', 'against', 'neutral', 'none')),
        old_quote text,
        new_quote text,
        comment text,
        document_id bigint NOT NULL,
        content_hash text NOT NULL,
        based_on bigint,
        request_key text UNIQUE
      );
      CREATE INDEX corrections_target ON corrections (remiss, respondent_key, proposal, id);
      CREATE INDEX corrections_created_at ON corrections (created_at);
      CREATE FUNCTION remiss_corrections_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'corrections are append-only'; END
      $$;
      CREATE TRIGGER corrections_append_only BEFORE UPDATE OR DELETE ON corrections
        FOR EACH ROW EXECUTE FUNCTION remiss_corrections_append_only();
    `,
  },
  {
    version: 3,
    name: "sort key per stance: a respondent's answers paged in the order search shows them",
    // The same key as proposalSortKey (src/core/search/answer-order.ts), computed by the server, so every writer
    // (save-document.ts, the SQLite copy) gets it: "*" → "0"; "7.2.2" → "1000000007.000000002.000000002" (each
    // part padded to nine digits: pad with nine zeros, keep the last nine); other markers "2…"; title-only "3…".
    up: `
      ALTER TABLE stances ADD COLUMN sort_key text GENERATED ALWAYS AS (
        CASE
          WHEN proposal IS NULL THEN '3' || coalesce(title, '')
          WHEN proposal = '*' THEN '0'
          WHEN proposal ~ '^(0|[1-9][0-9]{0,8})(\\.(0|[1-9][0-9]{0,8}))*$'
            THEN '1' || regexp_replace(regexp_replace(proposal, '([0-9]+)', '000000000\\1', 'g'), '0*([0-9]{9})', '\\1', 'g')
          ELSE '2' || proposal
        END
      ) STORED;
    `,
  },
  {
    version: 4,
    name: "respondent tallies: a respondent query's totals and page without counting every answer",
    up: `${TALLY_TABLE};\n${REBUILD_ALL_TALLIES};`,
  },
  {
    version: 5,
    name: 'one answer per respondent and remiss: superseded answers recorded, earlier duplicates removed',
    // As SQLite's step 7: keeps the respondent's answer saved last, as saving them now would.
    up: `
      CREATE TABLE superseded_documents (
        content_hash text PRIMARY KEY,
        respondent_key text NOT NULL,
        remiss text NOT NULL,
        file_name text NOT NULL,
        superseded_at timestamptz NOT NULL
      );
      ${removeEarlierAnswersSql(REBUILD_ALL_TALLIES, 'now()')}
    `,
  },
  {
    version: 6,
    name: 'handled keys: a Slack event or click answered once, whichever instance it reaches',
    // As SQLite's step 8 (shared/handled-keys.ts). Pruned by expires_at.
    up: `
      CREATE TABLE handled_keys (
        key text PRIMARY KEY,
        claimed_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        done boolean NOT NULL DEFAULT false
      );
      CREATE INDEX handled_keys_expires ON handled_keys (expires_at);
    `,
  },
];

export const PG_SCHEMA_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;
