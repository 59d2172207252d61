import { Readable } from 'node:stream';
import { Client } from 'pg';
import { commandErrorText } from '../../src/cli/cli-store.js';
import { runCli } from '../../src/cli/main.js';
import { runTerminal } from '../../src/cli/repl.js';
import { ErrorCode, isRemissError, RemissError } from '../../src/errors.js';
import { toStoreError } from '../../src/store/postgres/pg-errors.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { createTestDatabase, databaseUrl, describePostgres } from '../store/postgres-test-db.js';
import { captureIo, tempFolder } from './cli-io.js';

async function psqlShow(adminUrl: string, setting: string): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return String(Object.values((await client.query(`SHOW ${setting}`)).rows[0])[0]);
  } finally {
    await client.end();
  }
}

// The CLI and the terminal say what is wrong with the database and which one it is (host and database, never the
// password), as the app's start-up line does; not just "går inte att öppna" for every cause.

const URL_WITH_PASSWORD = 'postgres://remiss:hemligt-lösen@db.example:5432/remiss';
const env = { REMISS_DB: URL_WITH_PASSWORD };
const fromDriver = (error: object) => commandErrorText(toStoreError(error, URL_WITH_PASSWORD), env);

describe('When a CLI command cannot use the PostgreSQL database', () => {
  test('a refused connection names the server, its database and the cause', () => {
    const text = fromDriver({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 10.0.0.5:5432' });
    expect(text).toBe(
      'Databasen PostgreSQL db.example:5432/remiss går inte att nå: servern svarar inte (ECONNREFUSED). ' +
        'Kontrollera att servern är igång och att REMISS_DB stämmer.',
    );
  });

  test('a host that does not resolve says so', () => {
    expect(fromDriver({ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND db.example' })).toContain(
      'värden finns inte (ENOTFOUND)',
    );
  });

  test('a wrong password says the login was refused, without the password', () => {
    const text = fromDriver({ code: '28P01', message: 'password authentication failed for user "remiss"' });
    expect(text).toContain('nekade inloggningen: fel användarnamn eller lösenord');
    expect(text).not.toContain('hemligt');
  });

  test('a database that does not exist on the server says to create it', () => {
    expect(fromDriver({ code: '3D000', message: 'database "remiss" does not exist' })).toContain(
      'finns inte på servern',
    );
  });

  test('a missing permission quotes what the server refused', () => {
    const text = fromDriver({ code: '42501', message: 'permission denied to create extension "pg_trgm"' });
    expect(text).toContain('saknar behörighet (permission denied to create extension "pg_trgm")');
  });

  test('sslmode against a server without TLS says so in one line', () => {
    const text = fromDriver(new Error('The server does not support SSL connections'));
    expect(text).toContain('REMISS_DB begär TLS (sslmode) men servern har inte TLS påslaget');
  });

  test('a schema from a newer remiss names both version numbers, as the app does', () => {
    const tooNew = new RemissError(ErrorCode.DatabaseTooNew, 'schema version 6, knows 5', {
      details: { schema: { found: 6, known: 5 } },
    });
    expect(commandErrorText(tooNew, env)).toBe(
      'Databasen PostgreSQL db.example:5432/remiss har schemaversion 6, men det här programmet känner bara till ' +
        'version 5. Uppdatera remiss till en version som stöder schemaversion 6.',
    );
  });

  test('a closed port, for real: status names the server and ECONNREFUSED', async () => {
    const io = captureIo({ REMISS_DB: 'postgres://remiss:hemligt-lösen@127.0.0.1:1/remiss' });
    expect(await runCli(['status'], io)).toBe(1);
    expect(io.err()).toContain('Databasen PostgreSQL 127.0.0.1:1/remiss går inte att nå: servern svarar inte');
    expect(io.err()).not.toContain('hemligt');
  });

  test('a URL whose password was not encoded is called malformed, without any piece of the password', async () => {
    const io = captureIo({ REMISS_DB: 'postgres://remiss2:p@ss/w:rd%x@127.0.0.1:5499/remiss2' });
    expect(await runCli(['status'], io)).toBe(1);
    expect(io.err()).toContain('REMISS_DB är ingen giltig PostgreSQL-adress: postgres://remiss2:***@127.0.0.1:5499');
    expect(io.err()).toContain('@ → %40');
    expect(io.err()).not.toMatch(/ss\/w|w:rd/);
  });
});

describe('When the database goes away during a terminal session', () => {
  const temp = tempFolder();
  afterAll(() => temp.remove());

  test('the answer says to try again in a while, and the session goes on', async () => {
    const real = await openSqliteStore(temp.path('repl.db'));
    const lost = new RemissError(ErrorCode.DatabaseUnavailable, 'connection lost', {
      details: { reason: 'lost', driverCode: '57P01' },
    });
    // Status works (the greeting); every read after it meets a server that has gone.
    const down = new Proxy(real, {
      get(target, name) {
        const value = Reflect.get(target, name);
        if (typeof value !== 'function') return value;
        return name === 'status' || name === 'close' ? value.bind(target) : () => Promise.reject(lost);
      },
    }) as Store;
    const io = { ...captureIo({ REMISS_DB: URL_WITH_PASSWORD }), stdin: Readable.from(['7.2.2\n', 'Vision\n']) };
    try {
      expect(await runTerminal(down, io, { seedsDir: null })).toBe(0);
    } finally {
      await real.close();
    }
    const lines = io
      .err()
      .split('\n')
      .filter((line) => line.startsWith('Databasen'));
    expect(lines).toEqual([
      'Databasen PostgreSQL db.example:5432/remiss går inte att nå: förbindelsen bröts (57P01). Försök igen om en stund.',
      'Databasen PostgreSQL db.example:5432/remiss går inte att nå: förbindelsen bröts (57P01). Försök igen om en stund.',
    ]);
  });
});

describePostgres('When a CLI command meets a real PostgreSQL server', (adminUrl) => {
  test('status names the server and database it reads', async () => {
    const db = await createTestDatabase(adminUrl, 'cli_where');
    try {
      const io = captureIo({ REMISS_DB: db.url });
      expect(await runCli(['status'], io)).toBe(0);
      const url = new URL(db.url);
      expect(io.out().split('\n')[0]).toBe(`Databas: PostgreSQL ${url.host}/${db.name}`);
    } finally {
      await db.drop();
    }
  });

  test('sslmode=verify-full against a server without TLS is one clear error, not a stack trace', async () => {
    const url = new URL(databaseUrl(adminUrl, 'postgres'));
    url.searchParams.set('sslmode', 'verify-full');
    const ssl = await psqlShow(adminUrl, 'ssl');
    const error = await openPostgresStore(url.toString()).catch((e: unknown) => e);
    expect(isRemissError(error, ErrorCode.DatabaseUnavailable)).toBe(true);
    // The local test server has no TLS; one with TLS and a certificate we cannot verify fails on the certificate.
    expect((error as RemissError).details.reason).toBe(ssl === 'on' ? 'tls_certificate' : 'tls_unsupported');
    const io = captureIo({ REMISS_DB: url.toString() });
    expect(await runCli(['status'], io)).toBe(1);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });

  test('a database that does not exist is named, with what to do', async () => {
    const io = captureIo({ REMISS_DB: databaseUrl(adminUrl, 'remiss_finns_inte_alls') });
    expect(await runCli(['status'], io)).toBe(1);
    expect(io.err()).toContain('/remiss_finns_inte_alls finns inte på servern. Skapa den först');
  });

  test('a schema written by a newer remiss names both version numbers', async () => {
    const db = await createTestDatabase(adminUrl, 'cli_too_new');
    try {
      await (await openPostgresStore(db.url)).close();
      const [{ version }] = await db.query('SELECT max(version) AS version FROM remiss_schema_migrations');
      const newer = Number(version) + 1;
      await db.query("INSERT INTO remiss_schema_migrations (version, name) VALUES ($1, 'from a newer remiss')", [
        newer,
      ]);
      const io = captureIo({ REMISS_DB: db.url });
      expect(await runCli(['status'], io)).toBe(1);
      expect(io.err()).toContain(
        `har schemaversion ${newer}, men det här programmet känner bara till version ${version}.`,
      );
    } finally {
      await db.drop();
    }
  });
});
