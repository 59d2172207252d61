import { candidateName, pickList } from '../core/search/candidate-choices.js';
import { commonRemiss, MAX_NUMBERS, mergeNumberResults } from '../core/search/compound-query.js';
import { emptyTally } from '../core/search/group-answers.js';
import type { ParsedQuery } from '../core/search/parse-query.js';
import { isUnder, nearestByNumber, proposalChoice, respondentChoice } from '../core/search/suggest.js';
import type { Match, ResultKind, SearchResult } from '../core/search/types.js';
import type { Store } from '../store/store.js';
import type { CatalogSnapshot, RespondentCandidate } from './catalog-snapshot.js';
import { withCorrections } from './corrections.js';
import { respondentOnProposal } from './respondent-scope.js';

/** Builds the engine's result for one query (its notices and query text already in). */
export type Build = (kind: ResultKind, extra?: Partial<SearchResult>) => SearchResult;

/** What answering a number needs: the store for the answers, the snapshot for the catalog and names. */
export interface NumberContext {
  store: Store;
  snapshot: CatalogSnapshot;
  result: Build;
}

/**
 * "7.2.2 7.2.3": each number answered as its own match, in the order asked; a number that gives no answer (no
 * such proposal, a pick list) is named in `otherNumbers`, not dropped (compound-query.ts).
 */
export async function askNumbers(
  context: NumberContext,
  parsed: ParsedQuery,
  named: string | null,
  limit: number,
): Promise<SearchResult> {
  const numbers = parsed.proposals;
  const remisserOf = (number: string) => context.snapshot.withNumber(number).map((p) => p.remiss);
  const remiss = named ?? commonRemiss(numbers, remisserOf);
  const results: SearchResult[] = [];
  for (const number of numbers.slice(0, MAX_NUMBERS)) {
    results.push(await askNumber(context, parsed.text, number, remiss, limit));
  }
  return mergeNumberResults(numbers, results, limit);
}

/** A section number; `text` beside it may name a respondent ("Åstorps kommun 7.2.2"): then their answer. */
export async function askNumber(
  context: NumberContext,
  text: string,
  number: string,
  named: string | null,
  limit: number,
): Promise<SearchResult> {
  // "Åstorps kommun 7.2.2": one respondent's answer; the respondent also tells which remiss is meant.
  if (text) {
    const ranked = context.snapshot.rank(text, named, (c) => c.kind === 'respondent');
    if (ranked.length > 1) {
      const suffix = named ? `${number} ${named}` : number;
      return context.result(
        'respondent',
        pickList(ranked, (c) => respondentChoice(candidateName(c), suffix)),
      );
    }
    const hit = ranked[0];
    if (hit?.kind === 'respondent') return answerNumber(context, number, named, hit, limit);
  }
  return answerNumber(context, number, named, null, limit);
}

export async function answerNumber(
  context: NumberContext,
  number: string,
  named: string | null,
  who: RespondentCandidate | null,
  limit: number,
): Promise<SearchResult> {
  const { store, snapshot, result } = context;
  const remiss = named ?? (who?.remisser.length === 1 ? who.remisser[0] : null);
  const known = snapshot.withNumber(number).filter((p) => remiss === null || p.remiss === remiss);
  // In two remisser: which one; "Åstorps kommun 7.2.2" stays Åstorp's answer in the one picked.
  if (remiss === null && known.length > 1) {
    return result('proposal', { choices: known.map((p) => proposalChoice(p, who?.respondent)) });
  }
  const stored = await store.answersForProposal(number, remiss ?? known[0]?.remiss);
  const scope = { number, remiss: remiss ?? known[0]?.remiss ?? null };
  const rows = await withCorrections(store, stored, snapshot.corrections, scope);
  const remisserInRows = [...new Set(rows.map((r) => r.remiss))];
  if (remiss === null && known.length === 0 && remisserInRows.length > 1) {
    const whose = who ? `${who.respondent} ` : '';
    const choices = remisserInRows.map((id) => ({ label: number, query: `${whose}${number} ${id}`, remiss: id }));
    return result('proposal', { choices });
  }
  const target = remiss ?? known[0]?.remiss ?? remisserInRows[0];
  if (rows.length === 0 && known.length === 0) {
    const pool = snapshot.proposals.filter((p) => remiss === null || p.remiss === remiss);
    // "7.2", "7": a chapter or section with proposals under it lists them all, as a remiss named alone does.
    const under = pool.filter((p) => isUnder(p.number, number));
    if (under.length > 0) return result('none', { choices: under.map((p) => proposalChoice(p)) });
    return result('none', { suggestions: nearestByNumber(pool, number).map((p) => proposalChoice(p)) });
  }
  const title = snapshot.titleOf(target, number);
  if (who) {
    const request = { respondent: who.respondent, remiss: target, number, title, rows };
    const scoped = await respondentOnProposal(request, snapshot.scopeContext(store));
    return result('proposal', { ...scoped, matches: scoped.matches.slice(0, limit) });
  }
  let matches = snapshot.group(rows);
  if (matches.length === 0) matches = [emptyMatch(target, number, title)];
  return result('proposal', { matches: matches.slice(0, limit) });
}

/** A proposal nobody has answered (yet): shown with its title and a zero tally rather than as "no hits". */
export function emptyMatch(remiss: string, proposal: string, title: string | null): Match {
  return { remiss, proposal, title, tally: emptyTally(), answers: [] };
}
