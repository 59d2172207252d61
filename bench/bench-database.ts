import { join } from 'node:path';
import { Client } from 'pg';
import { storeLocation } from '../src/store/open-store.js';

/** Where a bench run stores its corpus: a fresh SQLite file, or a fresh database on the PostgreSQL `REMISS_DB` names. */
export interface BenchDatabase {
  backend: 'sqlite' | 'postgres';
  /** What `REMISS_DB` must hold for the store (and the search child) to open it. */
  location: string;
  /**
   * Settles the database after the bulk load as autovacuum and the checkpointer would within minutes on a live
   * server (VACUUM ANALYZE: planner statistics, visibility map; CHECKPOINT), so the latency runs measure a settled
   * server rather than race their first pass over 100,000 new stances on the same two cores.
   */
  settle(): Promise<void>;
  /** Removes the database; call after every store on it is closed. */
  drop(): Promise<void>;
}

/**
 * The bench never writes into the database a user points it at: on PostgreSQL it creates its own database beside
 * it (`remiss_bench_<pid>`) and drops it afterwards, so `REMISS_DB=postgres://… npm run bench` is safe to run.
 */
export async function benchDatabase(env: NodeJS.ProcessEnv, dir: string): Promise<BenchDatabase> {
  const location = storeLocation(env);
  if (location.backend === 'sqlite')
    return { backend: 'sqlite', location: join(dir, 'bench.db'), settle: async () => {}, drop: async () => {} };
  const name = `remiss_bench_${process.pid}`;
  const admin = new Client({ connectionString: location.url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(location.url);
  url.pathname = `/${name}`;
  return {
    backend: 'postgres',
    location: url.toString(),
    settle: async () => {
      const client = new Client({ connectionString: url.toString() });
      await client.connect();
      try {
        await client.query('VACUUM ANALYZE');
        // The load's dirty pages written now rather than by the checkpointer during the latency runs. Needs a
        // superuser or pg_checkpoint; without either the bench goes on (the settle is a courtesy, not a result).
        await client.query('CHECKPOINT').catch((error: { code?: string }) => {
          if (error.code !== '42501') throw error;
        });
      } finally {
        await client.end();
      }
    },
    drop: async () => {
      const client = new Client({ connectionString: location.url });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
