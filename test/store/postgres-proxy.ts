import { connect, createServer, type Server, type Socket } from 'node:net';
import { Transform } from 'node:stream';

/**
 * A loopback TCP relay in front of the test server, so a test can take the database away mid-run (`cut`: every
 * connection dropped, new ones refused) and bring it back on the same port (`restore`), like a network fault;
 * or keep every connection open but pass nothing on (`silence`, until `speak`), like a network that drops packets.
 */
export interface TcpProxy {
  port: number;
  cut: () => Promise<void>;
  restore: () => Promise<void>;
  silence: () => void;
  speak: () => void;
  close: () => Promise<void>;
}

export async function startProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  let silent = false;
  // Passes bytes on unless the proxy is silenced; silenced bytes are lost, as on a broken network.
  const gate = () =>
    new Transform({
      transform(chunk, _encoding, done) {
        done(null, silent ? undefined : chunk);
      },
    });

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = connect(targetPort, targetHost);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(gate()).pipe(upstream);
        upstream.pipe(gate()).pipe(client);
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as { port: number }).port;
        server = s;
        resolve();
      });
    });

  const cut = async () => {
    const s = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };

  await listen();
  const silence = () => {
    silent = true;
  };
  const speak = () => {
    silent = false;
  };
  return { port, cut, restore: listen, silence, speak, close: cut };
}
