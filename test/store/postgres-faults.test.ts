import { ErrorCode, isRemissError, type RemissError } from '../../src/errors.js';
import { openStore } from '../../src/store/open-store.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { PG_SCHEMA_VERSION } from '../../src/store/postgres/schema.js';
import { record, stance } from './documents.js';
import { startProxy, type TcpProxy } from './postgres-proxy.js';
import { createTestDatabase, databaseUrl, describePostgres, type TestDatabase } from './postgres-test-db.js';

async function openError(promise: Promise<unknown>): Promise<RemissError> {
  try {
    const store = await promise;
    await (store as { close?: () => Promise<void> }).close?.();
  } catch (error) {
    if (isRemissError(error)) return error;
    throw error;
  }
  throw new Error('expected the store to refuse to open');
}

function withPassword(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.toString();
}

describe('When PostgreSQL cannot be reached at start', () => {
  test('a closed port gives DatabaseUnavailable naming the host, without the password', async () => {
    // Port 1 on loopback: nothing listens there, the connection is refused at once (no network involved).
    const error = await openError(openPostgresStore('postgres://remiss:hemligt-lösen@127.0.0.1:1/remiss'));
    expect(error.code).toBe(ErrorCode.DatabaseUnavailable);
    expect(error.message).toContain('127.0.0.1:1');
    expect(error.message).not.toContain('hemligt');
  });
});

describe('When REMISS_DB is not a valid URL', () => {
  test('InvalidConfig is raised without the password', async () => {
    const error = await openError(openPostgresStore('postgres://remiss:hemligt@127.0.0.1:999999/remiss'));
    expect(error.code).toBe(ErrorCode.InvalidConfig);
    expect(error.message).not.toContain('hemligt');
  });
});

describePostgres('PostgreSQL faults', (adminUrl) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, 'faults');
  });
  afterAll(async () => {
    await db?.drop();
  });

  test('REMISS_DB with a postgres:// URL opens the PostgreSQL store', async () => {
    const store = await openStore({ REMISS_DB: db.url });
    try {
      expect(store.backend).toBe('postgres');
    } finally {
      await store.close();
    }
  });

  test('a wrong password is refused with a clear message that shows neither password', async () => {
    const real = new URL(db.url).password;
    const error = await openError(openPostgresStore(withPassword(db.url, 'fel-lösenord-123')));
    expect(error.code).toBe(ErrorCode.DatabaseUnavailable);
    expect(error.message).toMatch(/wrong user name or password/);
    expect(error.message).not.toContain('fel-l');
    expect(error.message).not.toContain(real);
  });

  test('a database that does not exist is named in the message', async () => {
    const error = await openError(openPostgresStore(databaseUrl(db.url, 'remiss_finns_inte')));
    expect(error.code).toBe(ErrorCode.DatabaseUnavailable);
    expect(error.message).toContain('remiss_finns_inte');
  });

  test('a schema newer than this program is refused, naming the version needed', async () => {
    const newer = await createTestDatabase(adminUrl, 'newer');
    try {
      await (await openPostgresStore(newer.url)).close();
      await newer.query("INSERT INTO remiss_schema_migrations (version, name) VALUES (99, 'from the future')");
      const error = await openError(openPostgresStore(newer.url));
      expect(error.code).toBe(ErrorCode.DatabaseTooNew);
      expect(error.message).toContain('schema version 99');
      expect(error.message).toContain(`only up to version ${PG_SCHEMA_VERSION}`);
    } finally {
      await newer.drop();
    }
  });

  test('instances starting together migrate the schema exactly once', async () => {
    const fresh = await createTestDatabase(adminUrl, 'together');
    try {
      const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(fresh.url)));
      await Promise.all(stores.map((s) => s.close()));
      const rows = await fresh.query('SELECT version FROM remiss_schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(Array.from({ length: PG_SCHEMA_VERSION }, (_, i) => i + 1));
    } finally {
      await fresh.drop();
    }
  });

  test('a database from before respondent tallies gets them filled from its stored answers on upgrade', async () => {
    const older = await createTestDatabase(adminUrl, 'older');
    try {
      const store = await openPostgresStore(older.url);
      await store.saveDocument(record({ stances: [stance(), stance({ proposal: '7.3', stance: 'for' })] }));
      await store.close();
      // Back to schema version 3, as a database written by the previous release is.
      await older.query('DROP TABLE respondent_tallies, superseded_documents, handled_keys');
      await older.query('DELETE FROM remiss_schema_migrations WHERE version >= 4');
      const upgraded = await openPostgresStore(older.url);
      try {
        expect(await upgraded.respondentMatches('Åstorps kommun', { offset: 0, limit: 10 })).toMatchObject({
          totals: { matches: 2, answers: 2, tally: { for: 1, partly: 0, against: 1, neutral: 0 } },
        });
      } finally {
        await upgraded.close();
      }
    } finally {
      await older.drop();
    }
  });

  test('a read-only store answers queries and refuses writes', async () => {
    await (await openPostgresStore(db.url)).close();
    const store = await openPostgresStore(db.url, { readOnly: true });
    try {
      expect((await store.status()).responses).toBe(0);
      await expect(store.claimDigest('2026-11-23', new Date(), 1000)).rejects.toMatchObject({
        code: ErrorCode.DatabaseReadOnly,
      });
      await expect(store.claimKey('event:Ev0READ', new Date(), { windowMs: 1000, leaseMs: 500 })).rejects.toMatchObject(
        {
          code: ErrorCode.DatabaseReadOnly,
        },
      );
    } finally {
      await store.close();
    }
  });

  describe('when the server goes away mid-run', () => {
    let proxy: TcpProxy;
    beforeEach(async () => {
      const target = new URL(db.url);
      proxy = await startProxy(target.hostname, Number(target.port));
    });
    afterEach(async () => {
      await proxy.close();
    });

    function viaProxy(): string {
      const url = new URL(db.url);
      url.port = String(proxy.port);
      return url.toString();
    }

    test('queries fail with DatabaseUnavailable, without the password', async () => {
      const store = await openPostgresStore(viaProxy(), { connectTimeoutMs: 2000 });
      try {
        await store.status();
        await proxy.cut();
        const error = await store.status().then(
          () => null,
          (e: unknown) => e,
        );
        expect(isRemissError(error, ErrorCode.DatabaseUnavailable)).toBe(true);
        expect((error as Error).message).not.toContain(new URL(db.url).password);
      } finally {
        await store.close();
      }
    });

    test('the same store answers again once the server is back, without a restart', async () => {
      const store = await openPostgresStore(viaProxy(), { connectTimeoutMs: 2000 });
      try {
        await store.status();
        await proxy.cut();
        await store.status().catch(() => undefined);
        await proxy.restore();
        expect((await store.status()).responses).toBe(0);
      } finally {
        await store.close();
      }
    });

    test('a query the network never answers fails with DatabaseUnavailable after the query timeout', async () => {
      const store = await openPostgresStore(viaProxy(), { connectTimeoutMs: 500, queryTimeoutMs: 300 });
      try {
        await store.status();
        proxy.silence();
        const error = await store.status().then(
          () => null,
          (e: unknown) => e,
        );
        expect(isRemissError(error, ErrorCode.DatabaseUnavailable)).toBe(true);
      } finally {
        proxy.speak();
        await store.close();
      }
    });

    test('after a silent network speaks again, the store answers without a restart', async () => {
      const store = await openPostgresStore(viaProxy(), { connectTimeoutMs: 500, queryTimeoutMs: 300 });
      try {
        await store.status();
        proxy.silence();
        await store.status().catch(() => undefined);
        proxy.speak();
        expect((await store.status()).responses).toBe(0);
      } finally {
        await store.close();
      }
    });

    test('a connection idle in the pool longer than the query timeout is not dropped as silent', async () => {
      const broken: string[] = [];
      const store = await openPostgresStore(viaProxy(), {
        queryTimeoutMs: 200,
        onConnectionError: (m) => broken.push(m),
      });
      try {
        await store.status();
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect([(await store.status()).responses, broken]).toEqual([0, []]);
      } finally {
        await store.close();
      }
    });
  });
});
