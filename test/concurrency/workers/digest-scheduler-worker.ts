// One long-running app instance's digest scheduler: the real startDigestScheduler and runDigestTurn with the store
// REMISS_DB names, posting to a fake Slack at SLACK_URL. Its clock starts at NOW (ISO) and runs with the wall
// clock; LEASE_MS is the digest lease. Prints {"event":"outcome","outcome":…} for every turn, until killed.
import type { Logger } from '@slack/bolt';
import { runDigestTurn } from '../../../src/digest/digest-turn.js';
import { startDigestScheduler } from '../../../src/digest/scheduler.js';
import { openStore } from '../../../src/store/open-store.js';
import { emit, readyThenGo } from './go-signal.js';

const quiet = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => 'info',
  setName: () => undefined,
} as unknown as Logger;

async function main(): Promise<void> {
  const env = process.env;
  const store = await openStore(env);
  await readyThenGo();
  const started = Date.now();
  const clock = () => new Date(Date.parse(String(env.NOW)) + (Date.now() - started));
  const leaseMs = Number(env.LEASE_MS ?? 600_000);
  const deps = {
    store,
    timeZone: 'Europe/Stockholm',
    hour: 8,
    minute: 0,
    leaseMs,
    logger: quiet,
    post: async (message: unknown) => {
      emit({ event: 'posting' });
      const response = await fetch(String(env.SLACK_URL), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-instance': String(env.INSTANCE ?? '') },
        body: JSON.stringify(message),
      });
      if (!response.ok) throw new Error(`fake Slack answered ${response.status}`);
    },
  };
  startDigestScheduler({
    turn: async (now) => {
      const outcome = await runDigestTurn(deps, now);
      emit({ event: 'outcome', outcome });
      return outcome;
    },
    clock,
    hour: 8,
    minute: 0,
    timeZone: 'Europe/Stockholm',
    logger: quiet,
    leaseMs,
  });
  // Runs until the test kills it, as an app instance does.
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  emit({ event: 'error', message: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
});
