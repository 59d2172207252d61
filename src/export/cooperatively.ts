import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Steps } from '../core/render/steps.js';

/**
 * Runs core's steps to their result with a turn of the event loop after each: whatever else the process has to do
 * (another user's `/remiss` request, a Socket Mode ping) waits for one step, a few milliseconds, not for the whole
 * computation. Not a worker thread: the steps already keep every pause short, and a worker would have to be
 * loaded by tsx, jest and an esbuild bundle alike and would copy the model across.
 */
export async function cooperatively<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}
