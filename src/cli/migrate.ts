import { resolve } from 'node:path';
import { svCount } from '../core/render/strings-sv.js';
import { isRemissError } from '../errors.js';
import { DEFAULT_DB_PATH, storeLocation } from '../store/open-store.js';
import { type CopyReport, copySqliteToPostgres } from '../store/postgres/copy-from-sqlite.js';
import { ENCODE_IN_PASSWORD, redactSecret, redactUrl, urlProblem } from '../store/postgres/redact.js';
import type { CliIo } from './io.js';
import { CLI_SV } from './strings-sv.js';

// What the migrate command says, in Swedish, in one place.
const MIGRATE_SV = Object.freeze({
  usage: CLI_SV.migrateUsage,
  notPostgres: (to: string) => `--to måste vara en postgres://- eller postgresql://-adress, inte "${to}"`,
  malformed: (to: string) =>
    `${to} är ingen giltig PostgreSQL-adress. Specialtecken i användarnamn och lösenord måste kodas: ${ENCODE_IN_PASSWORD}.`,
  start: (from: string, to: string) => `Kopierar ${from} → ${to}`,
  counts: (r: CopyReport) =>
    `Källa: ${r.source.remisser} remisser · ${r.source.proposals} förslag · ${r.source.documents} dokument · ` +
    `${r.source.stances} ståndpunkter · ${svCount(r.source.digestDays, 'skickad sammanfattning', 'skickade sammanfattningar')} · ` +
    `${svCount(r.source.corrections, 'rättelse', 'rättelser')}`,
  copied: (r: CopyReport) =>
    [
      `Kopierade ${svCount(r.copied.documents, 'dokument', 'dokument')} (${svCount(r.copied.stances, 'ståndpunkt', 'ståndpunkter')}); ${r.alreadyPresent} fanns redan`,
      ...r.replacedInTarget.map(
        (x) =>
          `  ${x.file} ersatte ${x.replaced} i PostgreSQL (samma remissinstans och remiss; det nyare svaret gäller)`,
      ),
      ...(r.newerInTarget.length > 0
        ? [
            `${svCount(r.newerInTarget.length, 'dokument', 'dokument')} kopierades inte: PostgreSQL har redan ett nyare svar från samma remissinstans på samma remiss`,
            ...r.newerInTarget.map((x) => `  ${x.file}: PostgreSQL behåller ${x.kept}`),
          ]
        : []),
      `Kopierade ${svCount(r.copied.corrections, 'rättelse', 'rättelser')}; ${r.source.corrections - r.copied.corrections} fanns redan`,
    ].join('\n'),
  verified: (r: CopyReport) =>
    `Kontrollerat: alla ${r.verified} dokument finns i PostgreSQL med samma innehållshash och samma ståndpunkter` +
    `${r.newerInTarget.length > 0 ? ` eller som ett nyare svar som redan fanns där (${r.newerInTarget.length})` : ''}, ` +
    'utan andra versioner av samma svar, ' +
    (r.verifiedCorrections === 0
      ? 'och det fanns inga rättelser att kontrollera.'
      : r.verifiedCorrections === 1
        ? 'och rättelsen finns där.'
        : `och alla ${r.verifiedCorrections} rättelser finns där.`),
  problems: (n: number) => `Kontrollen hittade ${n} avvikelse(r):`,
  failed: (detail: string) => `Migreringen misslyckades: ${detail}`,
});

interface MigrateArgs {
  from: string;
  to: string;
}

function parseArgs(args: string[], env: NodeJS.ProcessEnv): MigrateArgs | string {
  let from: string | undefined;
  let to: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    const value = inline ?? args[i + 1];
    if (flag !== '--from' && flag !== '--to') return MIGRATE_SV.usage;
    if (value === undefined || value === '') return MIGRATE_SV.usage;
    if (inline === undefined) i++;
    if (flag === '--from') from = value;
    else to = value;
  }
  const fallback = storeLocation(env);
  to ??= fallback.backend === 'postgres' ? fallback.url : undefined;
  if (to === undefined) return MIGRATE_SV.usage;
  if (!/^postgres(ql)?:\/\//i.test(to)) return MIGRATE_SV.notPostgres(redactUrl(to));
  if (urlProblem(to)) return MIGRATE_SV.malformed(redactUrl(to));
  return { from: resolve(from ?? DEFAULT_DB_PATH), to };
}

/**
 * `remiss migrate --from FILE.db --to postgres://…`: copies a SQLite database into PostgreSQL and verifies it
 * (see copySqliteToPostgres). Safe to rerun. Exit codes: 0 copied and verified, 1 a database error or a
 * verification problem, 2 bad usage. The PostgreSQL password is never printed.
 */
export async function runMigrate(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, io.env);
  if (typeof parsed === 'string') {
    io.stderr.write(`${parsed}\n`);
    return 2;
  }
  io.stdout.write(`${MIGRATE_SV.start(parsed.from, redactUrl(parsed.to))}\n`);
  let report: CopyReport;
  try {
    report = await copySqliteToPostgres(parsed.from, parsed.to);
  } catch (error) {
    const detail = isRemissError(error) || error instanceof Error ? error.message : String(error);
    io.stderr.write(`${MIGRATE_SV.failed(redactSecret(detail.split('\n')[0], parsed.to))}\n`);
    return 1;
  }
  io.stdout.write(`${MIGRATE_SV.counts(report)}\n${MIGRATE_SV.copied(report)}\n`);
  if (report.problems.length === 0) {
    io.stdout.write(`${MIGRATE_SV.verified(report)}\n`);
    return 0;
  }
  io.stderr.write(`${MIGRATE_SV.problems(report.problems.length)}\n`);
  for (const p of report.problems) io.stderr.write(`  ${p.file} (${p.contentHash.slice(0, 12)}…): ${p.problem}\n`);
  return 1;
}
