import { runMigrate } from '../../src/cli/migrate.js';
import { ErrorCode, isRemissError } from '../../src/errors.js';
import { isConnectionError, toStoreError } from '../../src/store/postgres/pg-errors.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { redactSecret, redactUrl } from '../../src/store/postgres/redact.js';

describe('When a PostgreSQL URL is shown in a message', () => {
  test('the password in the URL is replaced by ***', () => {
    expect(redactUrl('postgres://remiss:s3cret@db.example:5432/remiss')).toBe(
      'postgres://remiss:***@db.example:5432/remiss',
    );
  });

  test('a password given as a query parameter is replaced too', () => {
    expect(redactUrl('postgresql://remiss@db/remiss?password=s3cret&sslmode=require')).not.toContain('s3cret');
  });

  test('a URL without a password is shown unchanged', () => {
    expect(redactUrl('postgres://remiss@127.0.0.1:5432/remiss')).toBe('postgres://remiss@127.0.0.1:5432/remiss');
  });

  test('an unparsable URL still loses its password', () => {
    expect(redactUrl('postgres://remiss:s3cret@[bad/remiss')).not.toContain('s3cret');
  });

  describe('with a password whose "@" and "/" were not URL-encoded', () => {
    const url = 'postgres://remiss2:p@ss/w:rd%x@127.0.0.1:5499/remiss2';

    test('the whole password is masked, up to the last "@" before the host', () => {
      expect(redactUrl(url)).toBe('postgres://remiss2:***@127.0.0.1:5499/remiss2');
    });

    test('no piece of it survives in free text', () => {
      const cleaned = redactSecret(`connect to ${url} failed: getaddrinfo ENOTFOUND ss; p@ss/w:rd%x`, url);
      expect(cleaned).not.toContain('w:rd');
      expect(cleaned).not.toContain('p@ss');
    });

    test('opening it says the URL is malformed and how to encode, without the password', async () => {
      const error = await openPostgresStore(url).catch((e: unknown) => e);
      expect(isRemissError(error, ErrorCode.InvalidConfig)).toBe(true);
      const message = (error as Error).message;
      expect(message).toContain('not a valid PostgreSQL URL');
      expect(message).toContain('%40');
      expect(message).not.toContain('w:rd');
      expect(message).not.toContain('ENOTFOUND');
    });

    test('migrate refuses it as usage, without printing the password', async () => {
      const out: string[] = [];
      const io = {
        stdout: { write: (t: string) => out.push(t) },
        stderr: { write: (t: string) => out.push(t) },
        env: {},
      };
      expect(await runMigrate(['--from', 'data/remiss.db', '--to', url], io)).toBe(2);
      expect(out.join('')).toContain('%40');
      expect(out.join('')).not.toContain('w:rd');
    });
  });

  test('a URL whose password holds "?" says how to encode it too', async () => {
    const error = await openPostgresStore('postgres://remiss:pa?ss@db.example/remiss').catch((e: unknown) => e);
    expect((error as Error).message).toContain('%3F');
    expect((error as Error).message).not.toContain('pa?ss');
  });

  test('free text loses the password, raw and URL-encoded', () => {
    const url = 'postgres://remiss:p%40ss%2Fw0rd@db/remiss';
    const text = `failed for ${url} with p@ss/w0rd and p%40ss%2Fw0rd`;
    const cleaned = redactSecret(text, url);
    expect(cleaned).not.toContain('p@ss/w0rd');
    expect(cleaned).not.toContain('p%40ss%2Fw0rd');
  });
});

describe('When the driver reports an error', () => {
  const url = 'postgres://remiss:s3cret@127.0.0.1:5432/remiss';

  test('a refused connection is an availability problem', () => {
    expect(isConnectionError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(true);
  });

  test('a server shutting down (57P01) is an availability problem', () => {
    expect(isConnectionError({ code: '57P01', message: 'terminating connection due to administrator command' })).toBe(
      true,
    );
  });

  test('a database closed to connections (ALLOW_CONNECTIONS false, 55000) is an availability problem', () => {
    const closed = { code: '55000', message: 'database "remiss" is not currently accepting connections' };
    expect(isConnectionError(closed)).toBe(true);
    expect(isRemissError(toStoreError(closed, url), ErrorCode.DatabaseUnavailable)).toBe(true);
  });

  test('another 55000 (object not in prerequisite state) is not', () => {
    expect(isConnectionError({ code: '55000', message: 'cannot execute LOCK in a read-only transaction' })).toBe(false);
  });

  test('a constraint violation is not an availability problem', () => {
    expect(isConnectionError({ code: '23514', message: 'violates check constraint' })).toBe(false);
  });

  test('a constraint violation keeps its SQLSTATE in the message', () => {
    const error = toStoreError(
      { code: '23514', message: 'new row violates check constraint "stances_stance_check"' },
      url,
    );
    expect(error.message).toContain('SQLSTATE 23514');
  });

  test('a rejected password names the cause without the password', () => {
    const error = toStoreError({ code: '28P01', message: 'password authentication failed for user "remiss"' }, url);
    expect(error.message).toContain('wrong user name or password');
    expect(error.message).not.toContain('s3cret');
  });
});
