// One app instance taking its digest turn at NOW (ISO) and posting to a fake Slack at SLACK_URL:
// the real runDigestTurn with the store REMISS_DB names. Prints {"event":"outcome","outcome":…}.
import type { Logger } from '@slack/bolt';
import { runDigestTurn } from '../../../src/digest/digest-turn.js';
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
  try {
    await readyThenGo();
    const outcome = await runDigestTurn(
      {
        store,
        timeZone: 'Europe/Stockholm',
        hour: 8,
        minute: 0,
        leaseMs: Number(env.LEASE_MS ?? 600_000),
        logger: quiet,
        post: async (message) => {
          emit({ event: 'posting' });
          const response = await fetch(String(env.SLACK_URL), {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-instance': String(env.INSTANCE ?? '') },
            body: JSON.stringify(message),
          });
          if (!response.ok) throw new Error(`fake Slack answered ${response.status}`);
        },
      },
      new Date(String(env.NOW)),
    );
    emit({ event: 'outcome', outcome });
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  emit({ event: 'error', message: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
});
