/**
 * A fake Slack on 127.0.0.1: the Web API (`SLACK_API_URL` = `apiUrl`), response_url endpoints and
 * url_private file downloads. It records every call, and rejects blocks the real Slack would reject
 * (`invalid_blocks`) and messages too long to post (`msg_blocks_too_long`, `msg_too_long`: see sizeRefusal), so
 * e2e tests see what a user would.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockProblems, sizeRefusal } from './fake-slack-blocks.js';
import { type FakeUploads, fakeUploads } from './fake-slack-uploads.js';

export const FAKE_BOT_USER = 'UBOT0001';
export const FAKE_TEAM = 'T00000001';

// biome-ignore lint/suspicious/noExplicitAny: recorded Slack payloads are arbitrary JSON; tests narrow them.
export type Json = any;

export interface ApiCall {
  method: string;
  body: Json;
  authorization?: string;
  /** Arrival order among all recorded calls and response_url posts (1, 2, …): which came first, not when. */
  order: number;
}

export interface ResponseUrlPost {
  id: string;
  body: Json;
  order: number;
}

export interface FakeSlack {
  apiUrl: string;
  origin: string;
  calls: ApiCall[];
  responses: ResponseUrlPost[];
  /** `served` once the whole file has been handed to the socket. */
  fileRequests: Array<{ name: string; authorization?: string; served?: boolean }>;
  /** A response_url for one request; posts to it land in `responses` with this id. */
  responseUrl(id: string): string;
  /** Serves `bytes` at a url_private that requires the bot token. */
  addFile(name: string, bytes: Uint8Array): string;
  /** Answers every call to `method` with `response` (e.g. apps.connections.open with a WebSocket URL). */
  stub(method: string, response: Json): void;
  /** Holds the answer to response_url posts with this id until the returned function is called. */
  hold(id: string): () => void;
  /**
   * Posts to the response_url with this id answer HTTP 404 "expired_url", as Slack's do 30 minutes after the
   * interaction (or after five uses); they are counted in `expiredPosts`, not recorded in `responses`.
   */
  expire(id: string): void;
  expiredPosts: string[];
  /** The next call to `method` fails with `error` (e.g. to test a digest retry). */
  failNext(method: string, error?: string): void;
  callsTo(method: string): ApiCall[];
  /** Files upload v2 (getUploadURLExternal → POST bytes → completeUploadExternal): see fake-slack-uploads.ts. */
  uploads: FakeUploads;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** WebClient sends form fields with JSON-encoded arrays/objects (blocks, view); decode them back. */
function parseBody(raw: string, contentType: string | undefined): Json {
  if (contentType?.includes('application/json')) return raw ? JSON.parse(raw) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

export async function startFakeSlack(options: { botToken: string }): Promise<FakeSlack> {
  const calls: ApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const fileRequests: FakeSlack['fileRequests'] = [];
  const files = new Map<string, Uint8Array>();
  const failures = new Map<string, string[]>();
  const gates = new Map<string, Promise<void>>();
  const stubs = new Map<string, Json>();
  const expired = new Set<string>();
  const expiredPosts: string[] = [];
  let ts = 1_700_000_000;
  let order = 0;
  let origin = '';
  const uploads = fakeUploads(() => origin);

  const send = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname.startsWith('/files/')) {
      const name = decodeURIComponent(url.pathname.slice('/files/'.length));
      const request: FakeSlack['fileRequests'][number] = { name, authorization: req.headers.authorization };
      fileRequests.push(request);
      const bytes = files.get(name);
      if (req.headers.authorization !== `Bearer ${options.botToken}`) {
        // Slack redirects a request without a valid token to its login page.
        res.writeHead(302, { location: '/login' });
        return res.end();
      }
      if (!bytes) return send(res, 404, { ok: false });
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
      res.on('finish', () => {
        request.served = true;
      });
      return res.end(Buffer.from(bytes));
    }
    if (await uploads.serve(req, res, url.pathname)) return;
    const raw = await readBody(req);
    const body = parseBody(raw, req.headers['content-type']);
    if (url.pathname.startsWith('/response/')) {
      const id = url.pathname.slice('/response/'.length);
      if (expired.has(id)) {
        expiredPosts.push(id);
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('expired_url');
      }
      responses.push({ id, body, order: ++order });
      await gates.get(id);
      const problems = body.blocks ? blockProblems(body.blocks) : [];
      const error = problems.length ? 'invalid_blocks' : sizeRefusal(body);
      return send(res, error ? 400 : 200, error ? { ok: false, error } : { ok: true });
    }
    if (url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      calls.push({ method, body, authorization: req.headers.authorization, order: ++order });
      const queued = failures.get(method);
      if (queued?.length) return send(res, 200, { ok: false, error: queued.shift() });
      if (stubs.has(method)) return send(res, 200, stubs.get(method));
      const uploadAnswer = uploads.api(method, body);
      if (uploadAnswer) return send(res, 200, uploadAnswer);
      if (method === 'auth.test') {
        return send(res, 200, {
          ok: true,
          user_id: FAKE_BOT_USER,
          bot_id: 'B0001',
          team_id: FAKE_TEAM,
          user: 'remiss',
        });
      }
      if (method === 'chat.postMessage' || method === 'chat.postEphemeral' || method === 'chat.update') {
        const problems = body.blocks ? blockProblems(body.blocks) : [];
        if (problems.length) return send(res, 200, { ok: false, error: 'invalid_blocks', problems });
        const refusal = sizeRefusal(body);
        if (refusal) return send(res, 200, { ok: false, error: refusal });
        if (method === 'chat.update') return send(res, 200, { ok: true, channel: body.channel, ts: body.ts });
        ts += 1;
        return send(res, 200, { ok: true, channel: body.channel, ts: `${ts}.000100` });
      }
      if (method === 'views.open') {
        // A modal holds at most 100 blocks; a trigger_id is required (Slack's expired_trigger_id otherwise).
        if (!body.trigger_id) return send(res, 200, { ok: false, error: 'invalid_trigger_id' });
        const problems = blockProblems(body.view?.blocks, 100);
        if (problems.length) return send(res, 200, { ok: false, error: 'invalid_blocks', problems });
        return send(res, 200, { ok: true, view: { id: `V${String(calls.length).padStart(8, '0')}`, ...body.view } });
      }
      if (method === 'views.publish') {
        const problems = blockProblems(body.view?.blocks, 100);
        return send(res, 200, problems.length ? { ok: false, error: 'invalid_blocks', problems } : { ok: true });
      }
      return send(res, 200, { ok: true });
    }
    send(res, 404, { ok: false, error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${origin}/api/`,
    origin,
    calls,
    responses,
    fileRequests,
    responseUrl: (id) => `${origin}/response/${encodeURIComponent(id)}`,
    addFile(name, bytes) {
      files.set(name, bytes);
      return `${origin}/files/${encodeURIComponent(name)}`;
    },
    stub(method, response) {
      stubs.set(method, response);
    },
    hold(id) {
      let release = () => {};
      gates.set(
        id,
        new Promise<void>((resolve) => {
          release = resolve;
        }),
      );
      return () => release();
    },
    expire(id) {
      expired.add(id);
    },
    expiredPosts,
    failNext(method, error = 'internal_error') {
      failures.set(method, [...(failures.get(method) ?? []), error]);
    },
    callsTo: (method) => calls.filter((c) => c.method === method),
    uploads,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls until `probe` returns a value (the app answers asynchronously after its ack). Not a timing assertion. */
export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
