import { respondentFold } from '../../src/core/review/correction.js';
import { compareSortKeys, proposalSortKey } from '../../src/core/search/answer-order.js';
import { tallyOf } from '../../src/core/search/group-answers.js';
import type { Proposal, RemissRef } from '../../src/core/types.js';
import { titledRemiss, underTitles } from '../../src/store/shared/stored-titles.js';
import type {
  Correction,
  CorrectionInput,
  CorrectionOutcome,
  IngestOutcome,
  IngestRecord,
  MatchPage,
  ProposalTally,
  RemissActivity,
  RespondentMatches,
  ResponseSummary,
  Store,
  StoredAnswer,
  StoreStatus,
} from '../../src/store/store.js';

/**
 * A test double of the Store interface, in memory, for search tests that need no SQLite. Behaves like the
 * contract says for what search uses (lookups, case-insensitive respondent, substring quote search); the digest
 * and handled-key methods are minimal.
 */
export class MemoryStore implements Store {
  readonly backend = 'sqlite' as const;
  readonly calls: string[] = [];
  writes = 0;
  private answers: StoredAnswer[] = [];
  private proposals = new Map<string, Proposal>();
  private remisser = new Map<string, RemissRef>();
  private documents: Array<{ id: number; file: string; hash: string; addedAt: string; record: IngestRecord }> = [];
  private nextStance = 1;

  async close(): Promise<void> {}

  async saveDocument(record: IngestRecord): Promise<IngestOutcome> {
    const existing = this.documents.find((d) => d.hash === record.contentHash);
    if (existing) return { status: 'unchanged', documentId: existing.id, stances: 0, replaced: [] };
    this.writes += 1;
    const documentId = this.documents.length + 1;
    const addedAt = (record.addedAt ?? new Date()).toISOString();
    const file = record.file.split('/').pop() ?? record.file;
    this.documents.push({ id: documentId, file, hash: record.contentHash, addedAt, record });
    // Title-only answers under the remiss's stored title for the same proposal, as the real stores file them.
    const remiss = titledRemiss(record);
    const stored = this.answers.filter((a) => a.remiss === remiss && a.proposal === null && a.title !== null);
    const { parsed } =
      remiss === null
        ? record
        : underTitles(
            record,
            stored.map((a) => a.title ?? ''),
          );
    if (parsed.remiss) this.remisser.set(parsed.remiss.id, parsed.remiss);
    for (const s of parsed.stances) {
      this.answers.push({
        stanceId: this.nextStance++,
        documentId,
        remiss: parsed.remiss?.id ?? '',
        proposal: s.proposal,
        title: s.title,
        respondent: parsed.respondent ?? file,
        stance: s.stance,
        quote: s.quote,
        page: s.page,
        file,
        confidence: s.confidence,
        reason: s.reason,
        addedAt,
      });
    }
    return { status: 'added', documentId, stances: parsed.stances.length, replaced: [] };
  }

  async documentByHash(contentHash: string): Promise<ResponseSummary | null> {
    return (await this.responsesAddedSince(new Date(0))).find((_, i) => this.documents[i].hash === contentHash) ?? null;
  }

  async upsertProposals(proposals: Proposal[]): Promise<void> {
    this.writes += 1;
    for (const p of proposals) {
      this.proposals.set(`${p.remiss}\u0000${p.number}`, p);
      if (!this.remisser.has(p.remiss)) this.remisser.set(p.remiss, { id: p.remiss, title: null });
    }
  }

  async listRemisser(): Promise<RemissRef[]> {
    return [...this.remisser.values()];
  }

  async listProposals(remiss?: string): Promise<Proposal[]> {
    return [...this.proposals.values()].filter((p) => remiss === undefined || p.remiss === remiss);
  }

  async listRespondents(): Promise<Array<{ respondent: string; remiss: string }>> {
    const seen = new Map<string, { respondent: string; remiss: string }>();
    for (const a of this.answers)
      seen.set(`${a.respondent}\u0000${a.remiss}`, { respondent: a.respondent, remiss: a.remiss });
    return [...seen.values()];
  }

  async answersForProposal(number: string, remiss?: string): Promise<StoredAnswer[]> {
    this.calls.push(`answersForProposal ${number} ${remiss ?? ''}`.trim());
    return this.answers.filter((a) => a.proposal === number && (remiss === undefined || a.remiss === remiss));
  }

  async answersForRespondent(respondent: string): Promise<StoredAnswer[]> {
    this.calls.push(`answersForRespondent ${respondent}`);
    return this.answersOf(respondent);
  }

  async respondentMatches(respondent: string, page: MatchPage): Promise<RespondentMatches> {
    this.calls.push(`respondentMatches ${respondent}`);
    const order = page.remissOrder ?? [];
    const position = (remiss: string) => (order.includes(remiss) ? order.indexOf(remiss) : order.length);
    const mine = this.answersOf(respondent)
      .filter((a) => page.remiss === undefined || a.remiss === page.remiss)
      .map((a, i) => ({ a, i }))
      .sort((x, y) => position(x.a.remiss) - position(y.a.remiss) || x.i - y.i)
      .map(({ a }) => a);
    const keys: string[] = [];
    const matchOf = mine.map((a) => {
      const key = `${a.remiss}\u0000${proposalSortKey(a.proposal, a.title)}`;
      if (keys[keys.length - 1] !== key) keys.push(key);
      return keys.length;
    });
    const answers = mine.filter((_, i) => matchOf[i] > page.offset && matchOf[i] <= page.offset + page.limit);
    return { answers, totals: { matches: keys.length, answers: mine.length, tally: tallyOf(mine) } };
  }

  /** One respondent's answers in the store order: remiss, sort key, stance id (code points, as the databases). */
  private answersOf(respondent: string): StoredAnswer[] {
    const key = respondentFold(respondent);
    return this.answers
      .filter((a) => respondentFold(a.respondent) === key)
      .map((a) => ({ a, sortKey: proposalSortKey(a.proposal, a.title) }))
      .sort(
        (x, y) =>
          compareSortKeys(x.a.remiss, y.a.remiss) ||
          compareSortKeys(x.sortKey, y.sortKey) ||
          x.a.stanceId - y.a.stanceId,
      )
      .map(({ a }) => a);
  }

  async searchQuotes(text: string, limit: number): Promise<StoredAnswer[]> {
    this.calls.push(`searchQuotes ${text}`);
    // As the real stores do: every word of three or more characters, in any order, in the quote or the title;
    // text without such a word as one literal substring.
    const fold = (t: string) => t.toLocaleLowerCase('sv-SE');
    const needles = fold(text)
      .split(/\s+/)
      .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
      .filter((w) => [...w].length >= 3);
    const wanted = needles.length > 0 ? needles : [fold(text.trim())];
    if (wanted[0] === '') return [];
    return this.answers
      .filter((a) => wanted.every((w) => fold(`${a.quote}\n${a.title ?? ''}`).includes(w)))
      .slice(0, limit);
  }

  async proposalTallies(remiss?: string): Promise<ProposalTally[]> {
    const groups = new Map<string, ProposalTally>();
    for (const a of this.answers.filter((x) => remiss === undefined || x.remiss === remiss)) {
      const key = `${a.remiss}\u0000${a.proposal ?? `\u0001${a.title ?? ''}`}`;
      const group = groups.get(key) ?? { remiss: a.remiss, proposal: a.proposal, title: a.title, tally: tallyOf([]) };
      if (a.title !== null && (group.title === null || a.title < group.title)) group.title = a.title;
      group.tally[a.stance] += 1;
      groups.set(key, group);
    }
    return [...groups.values()];
  }

  async allAnswers(remiss?: string): Promise<StoredAnswer[]> {
    return this.answers.filter((a) => remiss === undefined || a.remiss === remiss);
  }

  async responsesAddedSince(since: Date): Promise<ResponseSummary[]> {
    return this.documents
      .filter((d) => d.addedAt >= since.toISOString())
      .map((d) => ({
        documentId: d.id,
        file: d.file,
        kind: d.record.parsed.kind,
        remiss: d.record.parsed.remiss,
        respondent: d.record.parsed.respondent,
        addedAt: d.addedAt,
        tally: { for: 0, partly: 0, against: 0, neutral: 0 },
      }));
  }

  async status(): Promise<StoreStatus> {
    const last = this.documents.filter((d) => d.record.parsed.kind !== 'report').at(-1);
    return {
      remisser: this.remisser.size,
      responses: this.documents.length,
      stances: this.answers.length,
      lastAddedAt: last?.addedAt ?? null,
      lastAddedFile: last?.file ?? null,
    };
  }

  async remissActivity(): Promise<RemissActivity[]> {
    const byRemiss = new Map<string, RemissActivity>();
    for (const d of this.documents) {
      const remiss = d.record.parsed.remiss?.id;
      if (!remiss || d.record.parsed.kind === 'report') continue;
      const seen = byRemiss.get(remiss);
      const lastAddedAt = seen && seen.lastAddedAt > d.addedAt ? seen.lastAddedAt : d.addedAt;
      byRemiss.set(remiss, { remiss, responses: (seen?.responses ?? 0) + 1, lastAddedAt });
    }
    return [...byRemiss.values()];
  }

  async hasResponses(): Promise<boolean> {
    return this.documents.length > 0;
  }

  async changeMarker(): Promise<string> {
    return `${this.documents.length}:${this.proposals.size}:${this.corrections.length}`;
  }

  async claimDigest(): Promise<boolean> {
    return true;
  }
  async completeDigest(): Promise<void> {}
  async releaseDigest(): Promise<void> {}
  async lastDigestSentAt(): Promise<Date | null> {
    return null;
  }
  async digestRun(): Promise<null> {
    return null;
  }
  // Handled keys (Slack events and clicks): minimal, as the digest's; the contract suite has the real rules.
  async claimKey(): Promise<boolean> {
    return true;
  }
  async completeKey(): Promise<void> {}
  async releaseKey(): Promise<void> {}

  // Corrections: enough for search tests (append, latest per target); the real rules are in the contract suite.
  private corrections: Correction[] = [];
  async documentStances(
    documentId: number,
  ): Promise<{ contentHash: string; path: string; answers: StoredAnswer[] } | null> {
    const document = this.documents.find((d) => d.id === documentId);
    if (!document) return null;
    return {
      contentHash: document.hash,
      path: document.record.file,
      answers: this.answers.filter((a) => a.documentId === documentId),
    };
  }
  async addCorrection(input: CorrectionInput): Promise<CorrectionOutcome> {
    this.writes += 1;
    const key = (c: { remiss: string; respondent: string; proposal: string }) =>
      `${c.remiss}\u0000${respondentFold(c.respondent)}\u0000${c.proposal}`;
    const latest = this.corrections.filter((c) => key(c) === key(input)).at(-1)?.id ?? null;
    const correction: Correction = {
      ...input,
      id: this.corrections.length + 1,
      createdAt: (input.at ?? new Date()).toISOString(),
      comment: input.comment ?? null,
      contentHash: this.documents.find((d) => d.id === input.documentId)?.hash ?? '',
      basedOn: input.expectedCurrent,
      requestKey: input.requestKey ?? null,
    };
    delete (correction as Partial<CorrectionInput>).at;
    delete (correction as Partial<CorrectionInput>).expectedCurrent;
    correction.contentHash = this.documents.find((d) => d.id === input.documentId)?.hash ?? '';
    this.corrections.push(correction);
    return { correction, status: 'stored', stale: latest !== input.expectedCurrent };
  }
  async correctionsSince(since?: Date): Promise<Correction[]> {
    return this.corrections.filter((c) => !since || c.createdAt >= since.toISOString());
  }
  async currentCorrections(remiss?: string): Promise<Correction[]> {
    const latest = new Map<string, Correction>();
    for (const c of this.corrections)
      latest.set(`${c.remiss}\u0000${respondentFold(c.respondent)}\u0000${c.proposal}`, c);
    return [...latest.values()].filter((c) => remiss === undefined || c.remiss === remiss).sort((a, b) => a.id - b.id);
  }
  async orphanedCorrections(): Promise<Correction[]> {
    return [];
  }
}
