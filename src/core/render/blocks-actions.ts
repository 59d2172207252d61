/**
 * The ids and button values that tie a rendered message to the action listeners. Pure.
 * A value carries the query (not the answer), so a click re-runs the search: buttons stay small
 * (Slack allows 2,000 characters) and a replaced document never resurfaces a stale quote.
 */
import { LIMITS } from './blocks-text.js';

export const ACTION = Object.freeze({
  postInChannel: 'remiss_post_channel',
  showMore: 'remiss_show_more',
  /** Suffixed with an index: action ids must be unique within one message. */
  pick: 'remiss_pick',
  shareThread: 'remiss_share_thread',
  shareChannel: 'remiss_share_channel',
});

/** Listener patterns: "remiss_pick_3" => pick. */
export const ACTION_PATTERN = Object.freeze({
  pick: /^remiss_pick(_\d+)?$/,
  shareThread: /^remiss_share_thread(_\d+)?$/,
  shareChannel: /^remiss_share_channel(_\d+)?$/,
});

export const SHORTCUT_SEARCH_MESSAGE = 'remiss_search_message';

export interface QueryValue {
  /** The query to re-run. */
  q: string;
  /** Where the page starts: the first answer to show; for a respondent's answers, the first of their proposals. */
  o?: number;
  /** The thread the conversation lives in, when it does. */
  t?: string;
}

export interface ShareValue extends QueryValue {
  /** The stance id of the quote to share. */
  s: number;
}

/** Room left for the query once the rest of the JSON is written. */
const MAX_QUERY_IN_VALUE = LIMITS.buttonValue - 200;

export function encodeValue(value: QueryValue | ShareValue): string {
  const q = value.q.length > MAX_QUERY_IN_VALUE ? value.q.slice(0, MAX_QUERY_IN_VALUE) : value.q;
  return JSON.stringify({ ...value, q });
}

/** Returns null for anything that is not a value we wrote (a forged or truncated payload). */
export function decodeQueryValue(raw: string | undefined): QueryValue | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const v = parsed as Record<string, unknown>;
    if (typeof v.q !== 'string') return null;
    const out: QueryValue = { q: v.q };
    if (typeof v.o === 'number' && Number.isInteger(v.o) && v.o >= 0) out.o = v.o;
    if (typeof v.t === 'string' && /^\d+\.\d+$/.test(v.t)) out.t = v.t;
    return out;
  } catch {
    return null;
  }
}

export function decodeShareValue(raw: string | undefined): ShareValue | null {
  const base = decodeQueryValue(raw);
  if (!base || !raw) return null;
  const s = (JSON.parse(raw) as Record<string, unknown>).s;
  if (typeof s !== 'number' || !Number.isInteger(s)) return null;
  return { ...base, s };
}
