/**
 * Shared pieces of the `buildArguments({...})` factories in listener unit tests: a Bolt-shaped logger,
 * client and deps made of jest mocks, so each test overrides only what it cares about.
 */
import type { Logger } from '@slack/bolt';
import type { SearchResult } from '../../src/core/search/types.js';
import type { SlackDeps } from '../../src/slack/deps.js';
import type { Store } from '../../src/store/store.js';
import { proposalResult } from './fake-slack-results.js';

export function fakeLogger(): jest.Mocked<Logger> {
  return {
    debug: jest.fn(),
    info: jest.fn(),
    warn: jest.fn(),
    error: jest.fn(),
    setLevel: jest.fn(),
    getLevel: jest.fn(),
    setName: jest.fn(),
  } as unknown as jest.Mocked<Logger>;
}

export function fakeClient() {
  return {
    chat: {
      postMessage: jest.fn().mockResolvedValue({ ok: true, ts: '1700000000.000999' }),
      postEphemeral: jest.fn().mockResolvedValue({ ok: true, message_ts: '1700000000.000998' }),
    },
    views: { publish: jest.fn().mockResolvedValue({ ok: true }), open: jest.fn().mockResolvedValue({ ok: true }) },
  };
}

/** What Bolt's `respond` throws when the response_url is spent (expired after 30 minutes, or used five times). */
export function expiredResponseUrl(): Error {
  return Object.assign(new Error('Request failed with status code 404'), {
    name: 'AxiosError',
    response: { status: 404, data: 'expired_url' },
  });
}

/** What the Web API client throws when Slack refuses a call (`not_in_channel`, `channel_not_found`, …). */
export function slackApiError(code: string): Error {
  return Object.assign(new Error(`An API error occurred: ${code}`), {
    code: 'slack_webapi_platform_error',
    data: { ok: false, error: code },
  });
}

export function fakeDeps(overrides: Partial<SlackDeps> = {}): SlackDeps {
  const store = {
    status: jest
      .fn()
      .mockResolvedValue({ remisser: 1, responses: 4, stances: 30, lastAddedAt: null, lastAddedFile: null }),
    listRemisser: jest.fn().mockResolvedValue([{ id: 'SOU 2024:72', title: 'Stärkt medicinsk kompetens' }]),
    allAnswers: jest.fn().mockResolvedValue([]),
    proposalTallies: jest.fn().mockResolvedValue([]),
    currentCorrections: jest.fn().mockResolvedValue([]),
    remissActivity: jest
      .fn()
      .mockResolvedValue([{ remiss: 'SOU 2024:72', responses: 4, lastAddedAt: '2026-11-23T07:00:00.000Z' }]),
    // The shared claim of an event or click (shared-claims.ts): always this instance's, as with one instance.
    claimKey: jest.fn().mockResolvedValue(true),
    completeKey: jest.fn().mockResolvedValue(undefined),
    releaseKey: jest.fn().mockResolvedValue(undefined),
  } as unknown as Store;
  return {
    store,
    ask: jest.fn<Promise<SearchResult>, [string, number?]>().mockResolvedValue(proposalResult()),
    ingestFile: jest.fn(),
    downloadFile: jest.fn(),
    timeZone: 'Europe/Stockholm',
    now: () => new Date('2026-11-23T08:00:00Z'),
    oneExportAtATime: (task) => task(),
    ...overrides,
  };
}

/**
 * The deps of one instance whose handled keys (the shared claim of an event or click) live in `shared`: two of
 * them over one store are two instances over one database.
 */
export function fakeDepsSharing(shared: Store, overrides: Partial<SlackDeps> = {}): SlackDeps {
  const deps = fakeDeps(overrides);
  Object.assign(deps.store, {
    claimKey: shared.claimKey.bind(shared),
    completeKey: shared.completeKey.bind(shared),
    releaseKey: shared.releaseKey.bind(shared),
  });
  return deps;
}

export interface ButtonArgumentOptions {
  actionId: string;
  /** The button's value as we encode it (encodeValue), or a forged one. */
  value: string;
  /** Whether the clicked message was only visible to the clicker. */
  ephemeral?: boolean;
  user?: string;
  ack?: jest.Mock;
  respond?: jest.Mock;
  client?: ReturnType<typeof fakeClient>;
  /** The clicked message's ts: two clicks with the same ts (and button) are one click target. Default: none given. */
  messageTs?: string;
}

/**
 * The arguments Bolt passes a button listener (block_actions, clicked in C1): a test's own `buildArguments`
 * gives its defaults (action id, value) and overrides only what it cares about.
 */
export function buttonArguments({
  actionId,
  value,
  ephemeral = true,
  user = 'U1',
  ack = jest.fn().mockResolvedValue(undefined),
  respond = jest.fn().mockResolvedValue(undefined),
  client = fakeClient(),
  messageTs,
}: ButtonArgumentOptions) {
  const logger = fakeLogger();
  // biome-ignore lint/suspicious/noExplicitAny: a partial Bolt argument object; listeners read only these fields.
  const args: any = {
    ack,
    respond,
    client,
    logger,
    action: { type: 'button', action_id: actionId, value },
    body: {
      type: 'block_actions',
      user: { id: user },
      channel: { id: 'C1' },
      container: { channel_id: 'C1', is_ephemeral: ephemeral, ...(messageTs ? { message_ts: messageTs } : {}) },
      trigger_id: '1337.42.abcd',
    },
  };
  return { args, ack, respond, client, logger };
}
