import { writeFile } from 'node:fs/promises';
import { applyCorrections, correctionIndex, targetKey } from '../core/review/apply-corrections.js';
import { stanceKey } from '../core/review/correction.js';
import type { Store } from '../store/store.js';
import { withStoreForReading } from './cli-store.js';
import { CORRECTIONS_SV as C } from './corrections-strings-sv.js';
import { answerTimeZone, DISPLAY_TIME_ZONE, formatLocalTime } from './format-time.js';
import type { CliIo } from './io.js';

interface Options {
  since?: Date;
  asGold: boolean;
  out?: string;
}

/** "--since 2026-11-01 --as-gold --out x.json" => options; a string is the Swedish usage error. */
export function parseCorrectionsArgs(args: string[]): Options | string {
  const options: Options = { asGold: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--as-gold') options.asGold = true;
    else if (arg === '--since' || arg === '--out') {
      const value = args[++i];
      if (value === undefined) return C.usage;
      if (arg === '--out') options.out = value;
      else {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
          return C.badDate(value);
        options.since = new Date(`${value}T00:00:00Z`);
      }
    } else return C.usage;
  }
  return options;
}

/**
 * `remiss corrections [--since DATE]`: the audit trail, oldest first, one line per correction (who, when, old →
 * new, comment, the document as it was). `--as-gold [--out FILE]`: every corrected document with all its stances,
 * corrections applied, in the format of test/fixtures/seeds.gold.json, so each correction can become a parser test.
 */
export async function runCorrections(args: string[], io: CliIo): Promise<number> {
  const options = parseCorrectionsArgs(args);
  if (typeof options === 'string') {
    io.stderr.write(`${options}\n`);
    return 2;
  }
  return withStoreForReading(io, async (store) => {
    if (options.asGold) {
      const gold = JSON.stringify(await correctionsAsGold(store, options.since), null, 2);
      if (options.out) {
        await writeFile(options.out, `${gold}\n`);
        io.stdout.write(`${C.goldWritten(options.out, JSON.parse(gold).documents.length)}\n`);
      } else io.stdout.write(`${gold}\n`);
      return 0;
    }
    const lines = await auditLines(store, options.since, answerTimeZone(io.env));
    io.stdout.write(`${(lines.length > 0 ? lines : [C.none]).join('\n')}\n`);
    return 0;
  });
}

/** "#3 2026-11-23 11:00 U0ANNA · Åstorps kommun · SOU 2024:72 · 7.2.2: avstyrker → tillstyrker delvis · …" */
export async function auditLines(store: Store, since?: Date, timeZone = DISPLAY_TIME_ZONE): Promise<string[]> {
  const [all, current, orphans] = await Promise.all([
    store.correctionsSince(),
    store.currentCorrections(),
    store.orphanedCorrections(),
  ]);
  const orphanIds = new Set(orphans.map((c) => c.id));
  const latestOf = correctionIndex(current);
  return all
    .filter((c) => !since || c.createdAt >= since.toISOString())
    .map((c) => {
      const parts = [
        `#${c.id} ${formatLocalTime(c.createdAt, timeZone)} ${c.userId}`,
        c.respondent,
        c.remiss,
        `${c.proposal}: ${C.stance[c.oldStance]} → ${C.stance[c.newStance]}`,
      ];
      if (c.newProposal !== c.oldProposal) parts.push(C.moved(c.oldProposal, c.newProposal));
      if (c.newQuote && c.newQuote !== c.oldQuote) parts.push(C.quote(c.newQuote));
      if (c.comment) parts.push(C.comment(c.comment));
      parts.push(C.document(c.documentId, c.contentHash));
      const latest = latestOf.get(targetKey(c.remiss, c.respondent, c.proposal));
      if (latest && latest.id !== c.id) parts.push(C.superseded(latest.id));
      if (orphanIds.has(c.id)) parts.push(C.orphaned);
      return parts.join(' · ');
    });
}

interface GoldStance {
  proposal: string | null;
  title?: string;
  stance: string;
  note?: string;
}

/** Each document with a current correction, all its stances as corrected; orphaned corrections have no document. */
export async function correctionsAsGold(store: Store, since?: Date): Promise<{ about: string; documents: unknown[] }> {
  const current = (await store.currentCorrections()).filter((c) => !since || c.createdAt >= since.toISOString());
  const index = correctionIndex(await store.currentCorrections());
  const documentIds = new Set<number>();
  for (const c of current) {
    const rows = await store.answersForRespondent(c.respondent);
    const hit = rows.find((r) => r.remiss === c.remiss && stanceKey(r.proposal, r.title) === c.proposal);
    if (hit) documentIds.add(hit.documentId);
  }
  const documents: unknown[] = [];
  for (const id of [...documentIds].sort((a, b) => a - b)) {
    const doc = await store.documentStances(id);
    if (!doc || doc.answers.length === 0) continue;
    const [first] = doc.answers;
    const stances: GoldStance[] = applyCorrections(doc.answers, index).map((a) => ({
      proposal: a.proposal,
      ...(a.proposal === null && a.title ? { title: a.title } : {}),
      stance: a.stance,
      ...(a.corrected ? { note: C.goldNote(a.corrected.by, a.corrected.at, a.corrected.comment ?? null) } : {}),
    }));
    documents.push({
      file: doc.path,
      kind: 'response',
      remiss: first.remiss || null,
      respondent: first.respondent,
      stances,
    });
  }
  return { about: C.goldAbout, documents };
}
