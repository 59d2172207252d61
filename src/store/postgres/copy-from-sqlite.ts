import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { Client } from 'pg';
import { ErrorCode, RemissError } from '../../errors.js';
import { insertSupersededSql } from '../shared/earlier-versions.js';
import { openSqliteStore } from '../sqlite-store.js';
import { type CorrectionRow, copyCorrectionRows, missingCorrections } from './copy-corrections.js';
import { type CopyOutcome, copyDocument } from './copy-document.js';
import { toStoreError } from './pg-errors.js';
import { openPostgresStore } from './postgres-store.js';
import { readSqlite, type SqliteSnapshot } from './sqlite-snapshot.js';
import { type CopyProblem, verifyCopy } from './verify-copy.js';

export interface CopyReport {
  source: {
    remisser: number;
    proposals: number;
    documents: number;
    stances: number;
    digestDays: number;
    corrections: number;
  };
  /** Documents (and their stances) and corrections written by this run; the rest were there already. */
  copied: { documents: number; stances: number; corrections: number };
  alreadyPresent: number;
  /** Other versions of copied answers that this run removed from PostgreSQL: `file` replaced `replaced`. */
  replacedInTarget: Array<{ file: string; replaced: string }>;
  /** Source documents not copied because PostgreSQL holds a newer version of the answer (`kept`). */
  newerInTarget: Array<{ file: string; kept: string }>;
  /** Source documents whose answer PostgreSQL holds exactly (verify-copy.ts). */
  verified: number;
  /** Source corrections found in PostgreSQL afterwards (the count check: equal to source.corrections). */
  verifiedCorrections: number;
  problems: CopyProblem[];
}

const BATCH = 100;

const INSERT_SUPERSEDED = insertSupersededSql((n) => (n === 5 ? '$5::timestamptz' : `$${n}::text`));

/**
 * Copies a SQLite database into PostgreSQL: remisser, catalog, documents with their stances, the days a digest
 * was sent, the bytes of superseded answers, and analysts' corrections (the append-only audit trail). Documents are
 * keyed by content hash and follow a save's rules for versions of one answer (copy-document.ts): a rerun after
 * SQLite replaced an answer removes the old one from PostgreSQL, and of two versions of a respondent's answer the
 * one added last stays. Corrections are keyed by what they say (see copyCorrections). So a rerun copies only what
 * is missing and never doubles anything. Afterwards both directions are checked (verify-copy.ts), and every source
 * correction is looked up again and counted.
 * The SQLite file is first opened the normal way, so an older schema is upgraded before it is read.
 */
export async function copySqliteToPostgres(sqlitePath: string, pgUrl: string): Promise<CopyReport> {
  if (!existsSync(sqlitePath)) {
    throw new RemissError(ErrorCode.DatabaseUnavailable, `SQLite database ${sqlitePath} does not exist`);
  }
  await (await openSqliteStore(sqlitePath)).close();
  const sqlite = new DatabaseSync(sqlitePath, { readOnly: true });
  let snapshot: SqliteSnapshot;
  let corrections: CorrectionRow[];
  try {
    snapshot = readSqlite(sqlite);
    corrections = sqlite.prepare('SELECT * FROM corrections ORDER BY id').all() as CorrectionRow[];
  } finally {
    sqlite.close();
  }
  // Opening the store brings the PostgreSQL schema up to date (under its migration lock).
  await (await openPostgresStore(pgUrl)).close();
  const client = new Client({ connectionString: pgUrl, connectionTimeoutMillis: 10_000 });
  // A broken connection fails the statement in flight; without a listener it would also end the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const documents = await copyAll(client, snapshot);
    const copied = { ...documents.copied, corrections: await copyCorrections(client, corrections) };
    // Fresh statistics after a bulk load, so the first queries use the indexes (best effort).
    if (copied.documents > 0) await client.query('ANALYZE documents; ANALYZE stances').catch(() => undefined);
    const check = await verifyCopy(client, snapshot);
    const problems = check.problems;
    const missing = await missingCorrections(client, corrections);
    for (const c of missing) {
      problems.push({
        file: String(c.respondent),
        contentHash: String(c.content_hash),
        problem: `correction #${c.id} (${c.remiss} ${c.proposal}) missing in PostgreSQL`,
      });
    }
    return {
      source: {
        remisser: snapshot.remisser.length,
        proposals: snapshot.proposals.length,
        documents: snapshot.documents.length,
        stances: snapshot.documents.reduce((n, d) => n + d.stances.length, 0),
        digestDays: snapshot.sentDigests.length,
        corrections: corrections.length,
      },
      copied,
      alreadyPresent: documents.present,
      replacedInTarget: documents.replaced,
      newerInTarget: documents.kept,
      verified: check.verified,
      verifiedCorrections: corrections.length - missing.length,
      problems,
    };
  } catch (error) {
    throw toStoreError(error, pgUrl);
  } finally {
    await client.end().catch(() => undefined);
  }
}

interface DocumentsCopied {
  copied: { documents: number; stances: number };
  present: number;
  replaced: CopyReport['replacedInTarget'];
  kept: CopyReport['newerInTarget'];
}

async function copyAll(client: Client, snapshot: SqliteSnapshot): Promise<DocumentsCopied> {
  const result: DocumentsCopied = { copied: { documents: 0, stances: 0 }, present: 0, replaced: [], kept: [] };
  const count = (file: string, stances: number, outcome: CopyOutcome) => {
    if (outcome.status === 'present') result.present += 1;
    else if (outcome.status === 'kept') result.kept.push({ file, kept: outcome.kept });
    else {
      result.copied.documents += 1;
      result.copied.stances += stances;
      result.replaced.push(...outcome.replaced.map((replaced) => ({ file, replaced })));
    }
  };
  await inTransaction(client, async () => {
    for (const r of snapshot.remisser) {
      await client.query(
        `INSERT INTO remisser (id, title) VALUES ($1, $2)
         ON CONFLICT (id) DO UPDATE SET title = coalesce(remisser.title, excluded.title)`,
        [r.id, r.title],
      );
    }
    for (const p of snapshot.proposals) {
      // Curated titles win, as in upsertProposals.
      await client.query(
        `INSERT INTO proposals (remiss, number, title, source) VALUES ($1, $2, $3, $4)
         ON CONFLICT (remiss, number) DO ${p.source === 'curated' ? "UPDATE SET title = excluded.title, source = 'curated'" : 'NOTHING'}`,
        [p.remiss, p.number, p.title, p.source],
      );
    }
    for (const x of snapshot.superseded) {
      await client.query(INSERT_SUPERSEDED, [x.contentHash, x.respondentKey, x.remiss, x.fileName, x.supersededAt]);
    }
    for (const day of snapshot.sentDigests) {
      await client.query(
        `INSERT INTO digest_runs (day, status, sent_at) VALUES ($1, 'sent', $2)
         ON CONFLICT (day) DO UPDATE SET status = 'sent', sent_at = excluded.sent_at WHERE digest_runs.status <> 'sent'`,
        [day.day, day.sentAt],
      );
    }
  });
  for (let start = 0; start < snapshot.documents.length; start += BATCH) {
    await inTransaction(client, async () => {
      for (const doc of snapshot.documents.slice(start, start + BATCH)) {
        count(doc.fileName, doc.stances.length, await copyDocument(client, doc));
      }
    });
  }
  return result;
}

async function copyCorrections(client: Client, rows: CorrectionRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  let copied = 0;
  await inTransaction(client, async () => {
    copied = await copyCorrectionRows(client, rows);
  });
  return copied;
}

async function inTransaction(client: Client, work: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
