/**
 * The ingest worker's entry (a child process, started by worker-process.ts): reads and parses files on request,
 * so a 20 MB text or a large PDF never holds the Slack app's event loop, and a file that exhausts the heap ends
 * this process, not the app. It says `ready` once its modules are loaded; every request gets one reply, an error as
 * data. It ends with its parent: at once when the IPC channel closes, and within a second when the parent has
 * gone while a long parse holds this event loop (exit-with-parent.ts).
 */
import { exitWithParent } from './exit-with-parent.js';
import { answerRequest, type ReaderRequest, toErrorData, type WorkerMessage } from './protocol.js';
import { SourceShelf } from './source-shelf.js';

if (!process.send) throw new Error('reader-worker.ts runs as a child process with an IPC channel only (fork)');

const shelf = new SourceShelf();
const post = (message: WorkerMessage) => process.send?.(message);

process.on('message', (message: { request: number } & ReaderRequest) => {
  answerRequest(shelf, message).then(
    (result) => post({ kind: 'reply', request: message.request, result }),
    (error: unknown) => post({ kind: 'failed', request: message.request, error: toErrorData(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
exitWithParent();
post({ kind: 'ready' });
