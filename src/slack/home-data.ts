import type { HomeRemiss, ProposalTally } from '../core/render/blocks-home.js';
import { compareSortKeys } from '../core/search/answer-order.js';
import { tallyOf } from '../core/search/group-answers.js';
import { correctedAnswers } from '../search/corrections.js';
import type { Store, StoredAnswer } from '../store/store.js';

/**
 * Per remiss, its number of remissvar, when the latest came, and each proposal's tally. The database counts them (one GROUP BY over all stances, not 100,000 answers
 * read into the process for every user who opens the tab); a remiss with a current correction is read whole and
 * corrected instead, since a correction moves or removes answers the database counted. Corrections are rare.
 */
export async function loadHome(store: Store): Promise<HomeRemiss[]> {
  const [remisser, counted, corrections, activity] = await Promise.all([
    store.listRemisser(),
    store.proposalTallies(),
    store.currentCorrections(),
    store.remissActivity(),
  ]);
  const active = new Map(activity.map((a) => [a.remiss, a]));
  const corrected = new Set(corrections.map((c) => c.remiss));
  const byRemiss = new Map<string, ProposalTally[]>();
  for (const { remiss, ...proposal } of counted) {
    const list = byRemiss.get(remiss);
    if (list) list.push(proposal);
    else byRemiss.set(remiss, [proposal]);
  }
  const out: HomeRemiss[] = [];
  for (const remiss of remisser) {
    const proposals = corrected.has(remiss.id)
      ? talliesOf(await correctedAnswers(store, remiss.id))
      : (byRemiss.get(remiss.id) ?? []);
    const facts = active.get(remiss.id);
    out.push({ remiss, proposals, responses: facts?.responses ?? 0, lastAddedAt: facts?.lastAddedAt ?? null });
  }
  return out;
}

/** Answers grouped and counted as the database does (by number, title-only answers by title; the least title). */
function talliesOf(answers: readonly StoredAnswer[]): ProposalTally[] {
  const groups = new Map<string, ProposalTally>();
  for (const a of answers) {
    const key = a.proposal ?? `title:${a.title ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { proposal: a.proposal, title: null, tally: tallyOf([]) };
      groups.set(key, group);
    }
    if (a.title !== null && (group.title === null || compareSortKeys(a.title, group.title) < 0)) group.title = a.title;
    group.tally[a.stance] += 1;
  }
  return [...groups.values()];
}
