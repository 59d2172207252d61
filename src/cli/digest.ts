import { correctedAnswersOf, withCorrectedTallies } from '../digest/plan.js';
import type { ResponseSummary } from '../store/store.js';
import { withStoreForReading } from './cli-store.js';
import { runDigestDryRun } from './digest-dry-run.js';
import { answerTimeZone, formatLocalTime, parseLocalDay } from './format-time.js';
import type { CliIo } from './io.js';
import { CLI_SV } from './strings-sv.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `remiss digest [--since YYYY-MM-DD]`: the remissvar added since a time (default: the last digest sent, else
 * the last 24 hours), as the daily digest would count them. Reads only: it neither claims nor sends a digest.
 */
export async function runDigest(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  // `--dry-run`: what the Slack digest would post now (src/digest owns its plan).
  if (args.includes('--dry-run')) {
    return runDigestDryRun(
      args.filter((a) => a !== '--dry-run'),
      io,
      now,
    );
  }
  const zone = answerTimeZone(io.env);
  let since: Date | undefined;
  if (args.length > 0) {
    const value = args[0] === '--since' ? args[1] : args[0].startsWith('--since=') ? args[0].slice(8) : undefined;
    if (value === undefined || args.length > (args[0] === '--since' ? 2 : 1)) {
      io.stderr.write(`${CLI_SV.digestUsage}\n`);
      return 2;
    }
    since = parseLocalDay(value, zone);
    if (!since) {
      io.stderr.write(`${CLI_SV.badDate(value)}\n`);
      return 2;
    }
  }
  return withStoreForReading(io, async (store) => {
    const from = since ?? (await store.lastDigestSentAt()) ?? new Date(now().getTime() - DAY_MS);
    const added = await store.responsesAddedSince(from);
    // Tallies as users see them, analysts' corrections applied (as the Slack digest counts).
    const responses = withCorrectedTallies(added, await correctedAnswersOf(store, added));
    const when = formatLocalTime(from, zone);
    const lines = responses.length === 0 ? [CLI_SV.digestNothing(when)] : [CLI_SV.digestHeading(when)];
    for (const response of responses) lines.push(digestLine(response, zone));
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  });
}

/** "  Åstorps kommun · SOU 2024:72 · 9 avstyrker, 7 tillstyrker · 002.txt (2026-11-23 13:12)" */
function digestLine(r: ResponseSummary, zone: string): string {
  const tally = (Object.keys(r.tally) as Array<keyof typeof r.tally>)
    .filter((s) => r.tally[s] > 0)
    .map((s) => `${r.tally[s]} ${CLI_SV.stance[s]}`)
    .join(', ');
  const parts = [r.respondent ?? CLI_SV.unknownRespondent, r.remiss?.id ?? CLI_SV.unknownRemiss];
  if (tally) parts.push(tally);
  return `  ${parts.join(' · ')} · ${r.file} (${formatLocalTime(r.addedAt, zone)})`;
}
