import type { Logger } from '@slack/bolt';
import type { SearchResult } from '../core/search/types.js';
import type { FileReport } from '../ingest/pipeline.js';
import type { Store } from '../store/store.js';
import type { Queue } from './one-at-a-time.js';

/** What listeners need from the rest of the app. Built once in `run.ts`; tests pass fakes. */
export interface SlackDeps {
  store: Store;
  /**
   * The warm search engine: "7.2.2", "magnetmodellen", "Vision". A respondent's answers come one message's page
   * at a time, from `offset` (in proposals, default 0); other results whole, since Slack groups and pages them.
   */
  ask(query: string, offset?: number): Promise<SearchResult>;
  /**
   * Parses and stores one shared file; the search sees it when this resolves. `remissHint` ("SOU 2024:72", named
   * in the message it was shared with) files it when its text names no remiss.
   */
  ingestFile(bytes: Uint8Array, fileName: string, remissHint?: string): Promise<FileReport>;
  /** Fetches a Slack-hosted file (url_private) with the bot token. */
  downloadFile(url: string, maxBytes: number): Promise<Uint8Array>;
  /** For dates shown to users (status, digest). */
  timeZone: string;
  /** Wall clock, injectable (latency is measured with it too). */
  now(): Date;
  /** REVIEWERS: who may correct stances; empty or absent: members of the channel where the answer was shown. */
  reviewers?: readonly string[];
  /**
   * Builds exports one after another (run.ts: oneAtATime()): each holds its remiss's answers and model while it is
   * built, about 50 MB at 18,000 stances, so two at once would double the bot's peak.
   */
  oneExportAtATime: Queue;
}

/** The logger Bolt injects into listeners; the same interface everywhere, so logs go one way. */
export type { Logger };
