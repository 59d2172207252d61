import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export type SlackMode = 'ok' | 'fail' | 'hang';

/**
 * A stand-in for Slack's chat.postMessage on loopback that records each post. `mode` decides the answer:
 * 200, 500, or never (the request stays open, as when the sender dies mid-post).
 */
export async function startFakeSlack(): Promise<{
  url: string;
  posts: Array<{ instance: string; body: string; answered: boolean }>;
  setMode: (mode: SlackMode) => void;
  /** Resolves once `count` posts have arrived; rejects after `timeoutMs`. */
  received: (count: number, timeoutMs: number) => Promise<void>;
  close: () => Promise<void>;
}> {
  const posts: Array<{ instance: string; body: string; answered: boolean }> = [];
  const open = new Set<ServerResponse>();
  let mode: SlackMode = 'ok';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const post = { instance: String(req.headers['x-instance'] ?? ''), body, answered: false };
      posts.push(post);
      if (mode === 'hang') {
        open.add(res);
        return;
      }
      post.answered = mode === 'ok';
      res.writeHead(mode === 'ok' ? 200 : 500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: mode === 'ok' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/api/chat.postMessage`,
    posts,
    setMode: (next) => {
      mode = next;
    },
    received: async (count, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (posts.length < count) {
        if (Date.now() > deadline)
          throw new Error(`fake Slack: ${posts.length} of ${count} posts after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: async () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
