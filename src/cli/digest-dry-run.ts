/**
 * `npm run remiss -- digest --dry-run`: prints exactly what the daily digest would post now — the same plan
 * (responses since the last digest sent, src/digest/plan.ts) and wording (renderDigestText) as the Slack
 * message — and claims or sends nothing.
 */

import { loadConfig } from '../config.js';
import { renderDigestText } from '../core/render/blocks-digest.js';
import { SLACK_SV as S } from '../core/render/strings-sv.js';
import { formatLocal, localTime } from '../digest/local-time.js';
import { loadDigestPlan } from '../digest/plan.js';
import { isRemissError } from '../errors.js';
import { withStoreForReading } from './cli-store.js';
import type { CliIo } from './io.js';
import { CLI_SV } from './strings-sv.js';

export async function runDigestDryRun(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  if (args.length > 0) {
    io.stderr.write(`${CLI_SV.digestUsage}\n`);
    return 2;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    io.stderr.write(`${isRemissError(error) ? error.message : String(error)}\n`);
    return 2;
  }
  return withStoreForReading(io, async (store) => {
    const at = now();
    const { timeZone, hour, minute, channel } = config.digest;
    const since = await store.lastDigestSentAt();
    const plan = await loadDigestPlan(store, since, at);
    const when = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')} ${timeZone}`;
    const lines = [S.dryRunHeader(channel ?? null, when, localTime(at, timeZone).day)];
    lines.push(renderDigestText(plan, since ? formatLocal(since, timeZone) : null));
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  });
}
