import { oneAtATime } from '../../src/slack/one-at-a-time.js';

function deferred() {
  let resolve = () => {};
  let reject = (_: Error) => {};
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('When tasks are queued one at a time', () => {
  test('the second task starts only after the first has finished', async () => {
    const queue = oneAtATime();
    const first = deferred();
    const events: string[] = [];
    const a = queue(async () => {
      events.push('a start');
      await first.promise;
      events.push('a end');
    });
    const b = queue(async () => {
      events.push('b start');
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(events).toEqual(['a start']);
    first.resolve();
    await Promise.all([a, b]);
    expect(events).toEqual(['a start', 'a end', 'b start']);
  });

  test('a failed task rejects for its caller and does not block the next', async () => {
    const queue = oneAtATime();
    const failing = queue(async () => {
      throw new Error('too big');
    });
    const next = queue(async () => 'ok');
    await expect(failing).rejects.toThrow('too big');
    await expect(next).resolves.toBe('ok');
  });
});
