/**
 * The ingest worker's entry (a `node:worker_threads` thread, started by worker-thread.ts): reads and parses
 * files on request, so a 20 MB text or a large PDF never holds the Slack app's event loop. It says `ready` once
 * its modules are loaded; every request gets one reply, an error as data.
 */
import { parentPort } from 'node:worker_threads';
import { answerRequest, type ReaderRequest, toErrorData, type WorkerMessage } from './protocol.js';
import { SourceShelf } from './source-shelf.js';

const port = parentPort;
if (!port) throw new Error('reader-worker.ts runs as a worker thread only');

const shelf = new SourceShelf();
const post = (message: WorkerMessage) => port.postMessage(message);

port.on('message', (message: { request: number } & ReaderRequest) => {
  answerRequest(shelf, message).then(
    (result) => post({ kind: 'reply', request: message.request, result }),
    (error: unknown) => post({ kind: 'failed', request: message.request, error: toErrorData(error) }),
  );
});
post({ kind: 'ready' });
