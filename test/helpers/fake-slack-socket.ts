/**
 * Slack's Socket Mode end on 127.0.0.1: apps.connections.open (on the fake Web API) hands out this server's
 * ws:// URL; it greets with "hello", delivers envelopes and records the app's acks.
 */
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import type { FakeSlack, Json } from './fake-slack.js';

export interface FakeSocketMode {
  acks: Json[];
  connected(): Promise<void>;
  deliver(envelope: Json): void;
  close(): Promise<void>;
}

export async function startFakeSocketMode(fake: FakeSlack): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;
  fake.stub('apps.connections.open', { ok: true, url });
  const acks: Json[] = [];
  let socket: WebSocket | undefined;
  const connected = new Promise<void>((resolve) => {
    server.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data) => acks.push(JSON.parse(data.toString())));
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          connection_info: { app_id: 'A00000001' },
          debug_info: { host: 'fake' },
        }),
      );
      resolve();
    });
  });
  return {
    acks,
    connected: () => connected,
    deliver(envelope) {
      socket?.send(JSON.stringify(envelope));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
