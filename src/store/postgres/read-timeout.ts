import type { Socket } from 'node:net';
import type { Pool, PoolClient } from 'pg';

/**
 * Bounds how long a checked-out connection may wait for the server: a network that silently stops answering
 * fails the query after `timeoutMs` with ETIMEDOUT (a connection error: the pool drops the connection and the
 * store retries once on a fresh one), instead of hanging a Slack request. Slow statements are bounded on the
 * server by `statement_timeout`.
 *
 * Why not pg's `query_timeout`: it starts a timer per query whose closure holds the query and its rows, and in
 * the bench's search process that kept results alive through young-generation GCs: peak RSS 225 MB against
 * 91 MB without it. The socket's own idle timer is one per connection, armed while a caller holds it.
 */
export function boundReads(pool: Pool, timeoutMs: number): void {
  if (!(timeoutMs > 0)) return;
  pool.on('connect', (client) => {
    const socket = socketOf(client);
    socket?.on('timeout', () => {
      const error = Object.assign(new Error(`PostgreSQL sent nothing for ${timeoutMs} ms`), { code: 'ETIMEDOUT' });
      socket.destroy(error);
    });
  });
  pool.on('acquire', (client) => socketOf(client)?.setTimeout(timeoutMs));
  pool.on('release', (_error, client) => socketOf(client)?.setTimeout(0));
}

/** pg's connection stream is a net.Socket (tls.TLSSocket with TLS, a subclass); types call it a Duplex. */
function socketOf(client: PoolClient): Socket | undefined {
  const stream = client.connection?.stream as Partial<Socket> | undefined;
  return typeof stream?.setTimeout === 'function' ? (stream as Socket) : undefined;
}
