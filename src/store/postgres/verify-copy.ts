import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import { earlierVersionsWhere } from '../shared/earlier-versions.js';
import { decideCopy, storedIdentity } from './copy-decision.js';
import { storedVersion, versionOf } from './copy-document.js';
import type { SqliteSnapshot, SqliteStance } from './sqlite-snapshot.js';

export interface CopyProblem {
  file: string;
  contentHash: string;
  problem: string;
}

export interface CopyCheck {
  problems: CopyProblem[];
  /** Source documents whose answer PostgreSQL holds exactly: the same bytes and stances, and no other version. */
  verified: number;
  /** Of those, documents whose answer is a newer version PostgreSQL held already (copy-decision.ts). */
  newerInTarget: number;
}

/** The lateral's columns, standing for a save's parameters in earlierVersionsWhere (file, remiss, key, answer key). */
const SOURCE_COLUMNS = ['src.s_file', 'src.s_remiss', 'src.s_key', 'src.s_answer_key'];

/**
 * Every document PostgreSQL holds as a version of each source document's answer (its own bytes, the same file, or
 * the respondent's answer to the remiss), with its stances, in one statement.
 */
const VERSIONS_OF_EACH = `
  SELECT src.n, d.id, d.file_name, d.content_hash, d.added_at,
         EXISTS (SELECT 1 FROM stances x WHERE x.document_id = d.id) AS has_stances
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
    WITH ORDINALITY AS src (s_hash, s_file, s_remiss, s_key, s_answer_key, n)
  JOIN LATERAL (
    SELECT * FROM documents WHERE content_hash = src.s_hash OR ${earlierVersionsWhere((n) => SOURCE_COLUMNS[n - 1])}
  ) d ON true
  ORDER BY src.n, d.id`;

/**
 * Checks both directions for what was copied: each SQLite document is in PostgreSQL with the same content hash
 * and the same stances (or was replaced there by a newer version of its answer), and PostgreSQL holds no other
 * version of that answer beside it (an answer SQLite replaced and PostgreSQL kept would count the respondent
 * twice). Superseded bytes must be recorded too, or the next ingest of the folder would bring those answers back.
 */
export async function verifyCopy(client: Client, snapshot: SqliteSnapshot): Promise<CopyCheck> {
  const docs = snapshot.documents;
  const identities = docs.map(storedIdentity);
  const found = await client.query(VERSIONS_OF_EACH, [
    docs.map((d) => d.contentHash),
    identities.map((i) => i.fileName),
    identities.map((i) => i.remiss),
    identities.map((i) => i.key),
    identities.map((i) => i.answerKey),
  ]);
  const versions = new Map<number, Array<Record<string, unknown>>>();
  for (const row of found.rows) {
    const n = Number(row.n) - 1;
    versions.set(n, [...(versions.get(n) ?? []), row]);
  }
  const stances = await storedStances(
    client,
    docs.map((d) => d.contentHash),
  );
  const problems: CopyProblem[] = [];
  let verified = 0;
  let newerInTarget = 0;
  for (const [n, doc] of docs.entries()) {
    const at = { file: doc.fileName, contentHash: doc.contentHash };
    const held = versions.get(n) ?? [];
    const own = held.filter((row) => row.content_hash === doc.contentHash);
    const others = held.filter((row) => row.content_hash !== doc.contentHash);
    const before = problems.length;
    if (own.length === 0) {
      const newer = others.length === 1 && decideCopy(versionOf(doc), [storedVersion(others[0])]).action === 'keep';
      if (newer) newerInTarget += 1;
      else if (others.length === 0) problems.push({ ...at, problem: 'missing in PostgreSQL' });
      else problems.push({ ...at, problem: `missing in PostgreSQL, which holds instead: ${fileList(others)}` });
    } else {
      const stored = stances.get(doc.contentHash) ?? [];
      if (stored.length !== doc.stances.length) {
        problems.push({ ...at, problem: `${stored.length} stances in PostgreSQL, ${doc.stances.length} in SQLite` });
      } else if (fingerprint(stored) !== fingerprint(doc.stances)) {
        problems.push({ ...at, problem: 'stances differ (stored in PostgreSQL from another parse); left as they are' });
      }
      if (others.length > 0) {
        problems.push({
          ...at,
          problem: `PostgreSQL also holds ${fileList(others)} as a version of this answer (SQLite holds only this one), so it counts twice there`,
        });
      }
    }
    if (problems.length === before) verified += 1;
  }
  problems.push(...(await missingSuperseded(client, snapshot)));
  return { problems, verified, newerInTarget };
}

function fileList(rows: ReadonlyArray<Record<string, unknown>>): string {
  return rows.map((row) => `${row.file_name} (id ${row.id})`).join(', ');
}

async function storedStances(client: Client, hashes: string[]): Promise<Map<string, SqliteStance[]>> {
  const result = await client.query(
    `SELECT d.content_hash, s.remiss, s.proposal, s.title, s.stance, s.quote, s.page, s.confidence, s.reason
     FROM documents d JOIN stances s ON s.document_id = d.id
     WHERE d.content_hash = ANY($1::text[]) ORDER BY d.content_hash, s.id`,
    [hashes],
  );
  const byHash = new Map<string, SqliteStance[]>();
  for (const row of result.rows) {
    const list = byHash.get(row.content_hash) ?? [];
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
    byHash.set(row.content_hash, list);
  }
  return byHash;
}

async function missingSuperseded(client: Client, snapshot: SqliteSnapshot): Promise<CopyProblem[]> {
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
