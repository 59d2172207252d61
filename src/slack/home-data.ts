import type { HomeRemiss } from '../core/render/blocks-home.js';
import { tallyOf } from '../core/search/group-answers.js';
import { correctedAnswers } from '../search/corrections.js';
import type { Store, StoredAnswer } from '../store/store.js';

/** Per remiss, each proposal's tally, from the stored answers. */
export async function loadHome(store: Store): Promise<HomeRemiss[]> {
  const remisser = await store.listRemisser();
  const out: HomeRemiss[] = [];
  for (const remiss of remisser) {
    const answers = await correctedAnswers(store, remiss.id);
    const byProposal = new Map<string, StoredAnswer[]>();
    for (const a of answers) {
      const key = a.proposal ?? `title:${a.title ?? ''}`;
      const list = byProposal.get(key) ?? [];
      list.push(a);
      byProposal.set(key, list);
    }
    const proposals = [...byProposal.values()].map((list) => ({
      proposal: list[0].proposal,
      title: list.find((a) => a.title)?.title ?? null,
      tally: tallyOf(list),
    }));
    out.push({ remiss, proposals });
  }
  return out;
}
