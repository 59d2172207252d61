import type { Correction, CorrectionInput, CorrectionOutcome } from '../core/review/correction.js';
import type { AnswerRow } from '../core/search/group-answers.js';
import type { ResultTotals } from '../core/search/types.js';
import type { DocumentKind, ParsedDocument, Proposal, RemissRef, Stance } from '../core/types.js';

export type { Correction, CorrectionInput, CorrectionOutcome } from '../core/review/correction.js';

/**
 * The one storage interface. SQLite (node:sqlite) is the embedded default; PostgreSQL is the shared store
 * for several instances. Callers never branch on the backend. Every method is async so both fit.
 */

/**
 * A stance joined with the document and respondent it came from: what search and renderers need. The fields are
 * core's AnswerRow (proposal "7.2.2", "*" for the remiss as a whole, or null for title only; `file` is the base name
 * shown to users) without the correction mark, which search adds.
 */
export interface StoredAnswer extends Omit<AnswerRow, 'corrected'> {
  /** ISO 8601, when the document was added. */
  addedAt: string;
}

export interface IngestRecord {
  /** Path or name as given; the store keeps the base name as the document's name. */
  file: string;
  /** sha256 hex of the file's bytes. The same content twice is one document. */
  contentHash: string;
  parsed: ParsedDocument;
  /** Defaults to now; injectable for tests and the digest clock. */
  addedAt?: Date;
  /**
   * These bytes were parsed again because the user named another remiss for them (`ingest --remiss`, a folder, a
   * Slack message): a stored document with exactly these bytes is replaced, not reported unchanged.
   */
  refile?: boolean;
}

export type IngestStatus = 'added' | 'replaced' | 'unchanged';

export interface IngestOutcome {
  status: IngestStatus;
  documentId: number;
  stances: number;
  /** The earlier documents this one replaced, oldest first: empty unless `status` is `replaced`. */
  replaced: ReplacedDocument[];
}

/** A stored document that a newly saved one replaced (see `Store.saveDocument`). */
export interface ReplacedDocument {
  documentId: number;
  /** The base name it was stored under: the new file's own name, or another file of the same respondent. */
  file: string;
  respondent: string | null;
  remiss: string | null;
}

/** One response document as the digest and status see it. */
export interface ResponseSummary {
  documentId: number;
  file: string;
  kind: DocumentKind;
  remiss: RemissRef | null;
  respondent: string | null;
  addedAt: string;
  tally: Record<Stance, number>;
}

/** One page of a respondent's matches (proposals), not answers: `offset` matches skipped, at most `limit` shown. */
export interface MatchPage {
  /** Only this remiss's answers (also in the totals). */
  remiss?: string;
  offset: number;
  limit: number;
  /** The order remisser are shown in (Swedish, say); remisser not listed come after, in code-point order. */
  remissOrder?: readonly string[];
}

/** The answers of one page of matches, and totals over all of the respondent's answers (in `remiss`, if given). */
export interface RespondentMatches {
  answers: StoredAnswer[];
  totals: ResultTotals;
}

/** One proposal's answers counted per stance (numbered answers by number, title-only ones by title). Uncorrected. */
export interface ProposalTally {
  remiss: string;
  proposal: string | null;
  title: string | null;
  tally: Record<Stance, number>;
}

export interface StoreStatus {
  remisser: number;
  responses: number;
  stances: number;
  /** The last remissvar added (the inquiry's own report is not one): when, and its file name. */
  lastAddedAt: string | null;
  lastAddedFile: string | null;
}

/** One remiss that has remissvar: how many, and when the latest was added (ISO 8601). */
export interface RemissActivity {
  remiss: string;
  responses: number;
  lastAddedAt: string;
}

/** One day of the daily digest's turn-taking (a row of digest_runs). */
export interface DigestRun {
  status: 'claimed' | 'sent';
  /** When the turn was claimed (ISO 8601); null for a day copied as sent by `migrate`. */
  claimedAt: string | null;
}

/** How long Store.claimKey remembers a key, and how long a claim not yet completed belongs to its holder. */
export interface ClaimWindow {
  /** A claim older than this is forgotten, done or not (a stale key, reused), and pruned. */
  windowMs: number;
  /** Past this a claim never completed is taken over: its holder is presumed dead. */
  leaseMs: number;
}

export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  close(): Promise<void>;

  /**
   * Stores one parsed file in one transaction. Identity rules:
   * - the same bytes (content hash) are one document → `unchanged`, nothing written; so are the bytes of an answer
   *   that another file of the same respondent replaced (below), while that respondent has an answer to the remiss:
   *   the PDF and the DOCX of one letter left side by side do not replace each other on every ingest;
   * - a new version replaces earlier documents → `replaced` (their stances go, tallies are recomputed, the new one
   *   gets a fresh `addedAt`, so the digest reports it), and the outcome lists them. An earlier version is
   *   - a document with the same file name whose respondent and remiss do not contradict the new one's, or
   *   - one answer per respondent and remiss: when the new document is an answer (not the inquiry's report) whose
   *     respondent (case-folded) and remiss are both known, the stored answer of that respondent to that remiss,
   *     whatever its file name (the DOCX of a stored PDF, "svar (1).pdf"). Documents with an unknown respondent
   *     or remiss are merged by file name only.
   * A title-only answer (a proposal named by its words, no number) to a known remiss is stored under the title the
   * remiss already has for the same proposal in other words (core/catalog/title-only-key.ts), else under its own:
   * respondents naming one proposal differently are one match in every grouping by title. Stored titles are never
   * rewritten; the respondent's own words stay in the quote.
   */
  saveDocument(record: IngestRecord): Promise<IngestOutcome>;
  /**
   * The stored document with exactly these bytes (sha256 hex), or the respondent's current answer when these bytes
   * were an answer it replaced (see saveDocument), so ingest can skip unchanged files before reading them.
   */
  documentByHash(contentHash: string): Promise<ResponseSummary | null>;
  /** Merges catalog entries (number → title) for a remiss; curated titles win over harvested ones. */
  upsertProposals(proposals: Proposal[], source: 'curated' | 'harvested'): Promise<void>;

  listRemisser(): Promise<RemissRef[]>;
  listProposals(remiss?: string): Promise<Proposal[]>;
  listRespondents(): Promise<Array<{ respondent: string; remiss: string }>>;

  answersForProposal(number: string, remiss?: string): Promise<StoredAnswer[]>;
  /**
   * All of a respondent's answers (exact name after case folding) in remiss order (code points), then
   * `proposalSortKey` order, then stance id: per remiss, the order search shows a respondent's matches in.
   * Applies no corrections (src/search/corrections.ts does).
   */
  answersForRespondent(respondent: string): Promise<StoredAnswer[]>;
  /**
   * What a respondent query shows, in one read: the answers of matches `offset`+1 … `offset`+`limit` in display
   * order (remisser as `remissOrder` lists them, then the order of answersForRespondent), and the totals, counted
   * from the respondent_tallies rows the writers keep. Uncorrected.
   */
  respondentMatches(respondent: string, page: MatchPage): Promise<RespondentMatches>;
  /** Full-text search in quotes (FTS5 trigram on SQLite, pg_trgm on PostgreSQL). */
  searchQuotes(text: string, limit: number): Promise<StoredAnswer[]>;
  /**
   * Every answer of a remiss (or of all, by remiss in code-point order), in stance id order: the export's input.
   * Read in slices (SQLite: on a connection of its own; PostgreSQL: a cursor) so a remiss of 18,000 stances does
   * not hold the event loop, and as of one moment: a document saved or replaced during the read is wholly in it or
   * wholly not. Uncorrected.
   */
  allAnswers(remiss?: string): Promise<StoredAnswer[]>;
  /** Every proposal's tally (of one remiss, or all), counted by the database without reading the answers. */
  proposalTallies(remiss?: string): Promise<ProposalTally[]>;

  /** Cheap, indexed: the daily digest asks it. */
  responsesAddedSince(since: Date): Promise<ResponseSummary[]>;
  status(): Promise<StoreStatus>;
  /** Every remiss with at least one remissvar (not counting the inquiry's report), counted from documents: cheap. */
  remissActivity(): Promise<RemissActivity[]>;
  /** Whether any response (not only an inquiry's own report) is stored: stops at the first, counts nothing. */
  hasResponses(): Promise<boolean>;
  /**
   * Cheap (indexed lookups, counts of the small tables): a token that changes when any writer, on any instance,
   * adds or replaces a document or adds proposals, remisser or a correction. Search polls it to stay fresh.
   */
  changeMarker(): Promise<string>;
  /**
   * Transactions committed through this object: a reader in the same process compares it with the value it
   * last saw to notice this instance's own changes at once, without asking the database.
   */
  readonly writes: number;

  /**
   * Exactly-once daily digest across restarts and instances. `day` is YYYY-MM-DD in the digest's time zone.
   * True when this caller holds the turn: no digest sent for `day` and no live claim (a claim older than
   * `leaseMs` is taken over, so a crashed sender's turn passes on).
   */
  claimDigest(day: string, now: Date, leaseMs: number): Promise<boolean>;
  /** Marks `day` as sent; `lastDigestSentAt` moves to `now`. */
  completeDigest(day: string, now: Date): Promise<void>;
  /** Gives the turn back after a failed post, so the next attempt retries. */
  releaseDigest(day: string): Promise<void>;
  /** `day`'s row: sent, or claimed (by whom is not kept) since `claimedAt`; null when nobody holds it. */
  digestRun(day: string): Promise<DigestRun | null>;
  lastDigestSentAt(): Promise<Date | null>;

  /**
   * Exactly-once handling of a Slack event or click across instances: `key` is `event:<event_id>` or
   * `click:<button on its message>`. True when this caller now holds it: no row, or one older than
   * `window.windowMs` (a stale key, reused), or a claim never completed that is older than `window.leaseMs` (its
   * holder is presumed dead, so a crashed instance's event is answered by the next delivery). Decided by the
   * database in one statement. Keys past their window are pruned now and then (at most once a minute per store).
   * One row write, and not a change search must notice (`writes` and changeMarker stay as they were).
   */
  claimKey(key: string, now: Date, window: ClaimWindow): Promise<boolean>;
  /** The work `key` was claimed for is done: every claim of it within its window loses. */
  completeKey(key: string): Promise<void>;
  /** The work failed: the key is forgotten, so the next delivery or click may try. */
  releaseKey(key: string): Promise<void>;

  /**
   * One document's content hash, path as ingested, and all its stances (the correction modal's quote choices, the
   * gold export); null when gone.
   */
  documentStances(documentId: number): Promise<{ contentHash: string; path: string; answers: StoredAnswer[] } | null>;
  /**
   * Appends an analyst's correction (never updates or deletes one). Throws RemissError CorrectionDocumentGone
   * when `documentId` no longer exists, or no longer has `contentHash` (replaced or removed since the analyst looked). A `requestKey` seen
   * before returns the stored correction as `duplicate`. Concurrent corrections of one target are both kept;
   * the later id wins, and the outcome is `stale` when it was not based on the latest.
   */
  addCorrection(input: CorrectionInput): Promise<CorrectionOutcome>;
  /** The audit trail, oldest first: every correction created at or after `since` (all when omitted). */
  correctionsSince(since?: Date): Promise<Correction[]>;
  /** The latest correction per target (respondent, remiss, proposal key), in id order; one remiss or all. */
  currentCorrections(remiss?: string): Promise<Correction[]>;
  /**
   * Current corrections whose target no longer has a stance in the store (the document was removed, or its new
   * version has no such proposal): reported so they are not silently lost.
   */
  orphanedCorrections(remiss?: string): Promise<Correction[]>;
}
