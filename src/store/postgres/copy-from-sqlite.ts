import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { Client } from 'pg';
import { ErrorCode, RemissError } from '../../errors.js';
import { insertSupersededSql } from '../shared/earlier-versions.js';
import { openSqliteStore } from '../sqlite-store.js';
import { type CorrectionRow, copyCorrectionRows, missingCorrections } from './copy-corrections.js';
import { toStoreError } from './pg-errors.js';
import { openPostgresStore } from './postgres-store.js';
import { refreshTallies } from './respondent-tallies.js';
import { searchText } from './search-text.js';
import { readSqlite, type SqliteDocument, type SqliteSnapshot, type SqliteStance } from './sqlite-snapshot.js';

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
  /** Source documents found in PostgreSQL with the same content hash and the same stances. */
  verified: number;
  /** Source corrections found in PostgreSQL afterwards (the count check: equal to source.corrections). */
  verifiedCorrections: number;
  problems: Array<{ file: string; contentHash: string; problem: string }>;
}

const BATCH = 100;

const INSERT_SUPERSEDED = insertSupersededSql((n) => (n === 5 ? '$5::timestamptz' : `$${n}::text`));

/**
 * Copies a SQLite database into PostgreSQL: remisser, catalog, documents with their stances, the days a digest
 * was sent, the bytes of superseded answers, and analysts' corrections (the append-only audit trail). Documents are keyed by content hash
 * (INSERT … ON CONFLICT DO NOTHING), corrections by what they say (see copyCorrections), so a rerun copies only
 * what is missing and never doubles anything. Afterwards every source document is checked in PostgreSQL: same
 * content hash, same number of stances, same stances (a sha256 over them in order); and every source correction
 * is looked up again and counted.
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
  try {
    await client.connect();
    const copied = { ...(await copyAll(client, snapshot)), corrections: await copyCorrections(client, corrections) };
    // Fresh statistics after a bulk load, so the first queries use the indexes (best effort).
    if (copied.documents > 0) await client.query('ANALYZE documents; ANALYZE stances').catch(() => undefined);
    const problems = [...(await verify(client, snapshot)), ...(await verifySuperseded(client, snapshot))];
    const verifiedDocuments = snapshot.documents.length - new Set(problems.map((p) => p.contentHash)).size;
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
      alreadyPresent: snapshot.documents.length - copied.documents,
      verified: verifiedDocuments,
      verifiedCorrections: corrections.length - missing.length,
      problems,
    };
  } catch (error) {
    throw toStoreError(error, pgUrl);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function copyAll(client: Client, snapshot: SqliteSnapshot): Promise<{ documents: number; stances: number }> {
  const copied = { documents: 0, stances: 0 };
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
        if (await copyDocument(client, doc)) {
          copied.documents += 1;
          copied.stances += doc.stances.length;
        }
      }
    });
  }
  return copied;
}

async function copyDocument(client: Client, doc: SqliteDocument): Promise<boolean> {
  const inserted = await client.query(
    `INSERT INTO documents (file_name, path, content_hash, kind, remiss, respondent, respondent_key, warnings, added_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
    [
      doc.fileName,
      doc.path,
      doc.contentHash,
      doc.kind,
      doc.remiss,
      doc.respondent,
      doc.respondentKey,
      doc.warnings,
      doc.addedAt,
    ],
  );
  if (inserted.rowCount === 0) return false;
  const s = doc.stances;
  if (s.length > 0) {
    await client.query(
      `INSERT INTO stances (document_id, remiss, proposal, title, stance, quote, page, confidence, reason, search_text)
       SELECT $1, u.remiss, u.proposal, u.title, u.stance, u.quote, u.page, u.confidence, u.reason, u.search_text
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[], $10::text[])
         WITH ORDINALITY AS u (remiss, proposal, title, stance, quote, page, confidence, reason, search_text, n)
       ORDER BY u.n`,
      [
        inserted.rows[0].id,
        s.map((x) => x.remiss),
        s.map((x) => x.proposal),
        s.map((x) => x.title),
        s.map((x) => x.stance),
        s.map((x) => x.quote),
        s.map((x) => x.page),
        s.map((x) => x.confidence),
        s.map((x) => x.reason),
        s.map((x) => searchText(x.quote, x.title)),
      ],
    );
  }
  await refreshTallies(client, [doc.respondentKey]);
  return true;
}

async function verify(client: Client, snapshot: SqliteSnapshot): Promise<CopyReport['problems']> {
  const hashes = snapshot.documents.map((d) => d.contentHash);
  const result = await client.query(
    `SELECT d.content_hash, s.id AS stance_id, s.remiss, s.proposal, s.title, s.stance, s.quote, s.page,
            s.confidence, s.reason
     FROM documents d LEFT JOIN stances s ON s.document_id = d.id
     WHERE d.content_hash = ANY($1::text[]) ORDER BY d.content_hash, s.id`,
    [hashes],
  );
  const target = new Map<string, SqliteStance[]>();
  for (const row of result.rows) {
    const list = target.get(row.content_hash) ?? [];
    if (row.stance_id !== null) {
      list.push({
        remiss: row.remiss,
        proposal: row.proposal,
        title: row.title,
        stance: row.stance,
        quote: row.quote,
        page: row.page,
        confidence: row.confidence,
        reason: row.reason,
      });
    }
    target.set(row.content_hash, list);
  }
  const problems: CopyReport['problems'] = [];
  for (const doc of snapshot.documents) {
    const stored = target.get(doc.contentHash);
    const at = { file: doc.fileName, contentHash: doc.contentHash };
    if (!stored) problems.push({ ...at, problem: 'missing in PostgreSQL' });
    else if (stored.length !== doc.stances.length) {
      problems.push({ ...at, problem: `${stored.length} stances in PostgreSQL, ${doc.stances.length} in SQLite` });
    } else if (fingerprint(stored) !== fingerprint(doc.stances)) {
      problems.push({ ...at, problem: 'stances differ (stored in PostgreSQL from another parse); left as they are' });
    }
  }
  return problems;
}

/** Superseded bytes must arrive too, or the next ingest of the folder would bring those answers back. */
async function verifySuperseded(client: Client, snapshot: SqliteSnapshot): Promise<CopyReport['problems']> {
  if (snapshot.superseded.length === 0) return [];
  const hashes = snapshot.superseded.map((x) => x.contentHash);
  const found = await client.query(
    'SELECT content_hash FROM superseded_documents WHERE content_hash = ANY($1::text[])',
    [hashes],
  );
  const present = new Set(found.rows.map((row) => String(row.content_hash)));
  return snapshot.superseded
    .filter((x) => !present.has(x.contentHash))
    .map((x) => ({
      file: x.fileName,
      contentHash: x.contentHash,
      problem: 'superseded answer not recorded in PostgreSQL',
    }));
}

function fingerprint(stances: SqliteStance[]): string {
  const hash = createHash('sha256');
  for (const s of stances) {
    hash.update(JSON.stringify([s.remiss, s.proposal, s.title, s.stance, s.quote, s.page, s.confidence, s.reason]));
  }
  return hash.digest('hex');
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
