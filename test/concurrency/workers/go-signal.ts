/**
 * A start barrier for worker processes: print "ready", then wait for one "go" line on stdin, so two processes
 * begin the contested step at the same moment. Bounded: no "go" within the limit exits the worker.
 */
export async function readyThenGo(limitMs = 30_000): Promise<void> {
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      process.stderr.write('no go signal\n');
      process.exit(3);
    }, limitMs);
    let buffered = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      buffered += chunk;
      if (buffered.includes('go\n')) {
        clearTimeout(timer);
        process.stdin.destroy();
        resolve();
      }
    });
  });
}

export function emit(event: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}
