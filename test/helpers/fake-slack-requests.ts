/**
 * Requests the way Slack sends them: signed (v0 HMAC-SHA256 of "v0:timestamp:body" with the signing secret),
 * slash commands and interactions form-encoded, events as JSON. Options requests (block_suggestion) are
 * interactions too: form-encoded `payload`, answered in the HTTP response with `{ options }`.
 */
import { createHmac } from 'node:crypto';
import type { Json } from './fake-slack.js';

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  secret: string;
  /** Seconds; default now. Slack rejects (and so must we) anything older than five minutes. */
  timestamp?: number;
  /** Overrides the computed signature (to test a forged request). */
  signature?: string;
  /** More headers, as Slack sends them on a redelivery: `x-slack-retry-num`, `x-slack-retry-reason`. */
  headers?: Record<string, string>;
}

export interface SlackHttpResponse {
  status: number;
  text: string;
}

export async function postToApp(
  url: string,
  body: string,
  contentType: string,
  options: SendOptions,
): Promise<SlackHttpResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? signature(options.secret, timestamp, body),
      ...options.headers,
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}

export function slashCommandBody(fields: {
  text: string;
  response_url: string;
  channel_id?: string;
  user_id?: string;
}): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T00000001',
    team_domain: 'remiss-test',
    channel_id: fields.channel_id ?? 'C0000000001',
    channel_name: 'remisser',
    user_id: fields.user_id ?? 'U0000000001',
    user_name: 'analytiker',
    command: '/remiss',
    text: fields.text,
    api_app_id: 'A00000001',
    is_enterprise_install: 'false',
    response_url: fields.response_url,
    trigger_id: '1.2.3',
  }).toString();
}

/** An Events API envelope; `eventId` fixed to redeliver one event (Slack's retries keep it), random otherwise. */
export function eventBody(event: Json, eventId?: string): string {
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: 'T00000001',
    api_app_id: 'A00000001',
    type: 'event_callback',
    event_id: eventId ?? `Ev${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T00000001', user_id: 'UBOT0001', is_bot: true, is_enterprise_install: false }],
    event,
  });
}

export function interactionBody(payload: Json): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

let messages = 0;

/**
 * A block_actions payload for a button the app rendered (as found in recorded blocks). Each click is on a message
 * of its own (its own `message_ts`, as every answer Slack shows has) unless `messageTs` says which: two clicks on one
 * message (a double click) pass the same.
 */
export function buttonClick(fields: {
  button: { action_id: string; value: string; text: string };
  response_url: string;
  channel?: string;
  ephemeral?: boolean;
  messageTs?: string;
  threadTs?: string;
  user?: string;
}): Json {
  const channel = fields.channel ?? 'C0000000001';
  return {
    type: 'block_actions',
    team: { id: 'T00000001', domain: 'remiss-test' },
    user: { id: fields.user ?? 'U0000000001', username: 'analytiker', team_id: 'T00000001' },
    api_app_id: 'A00000001',
    token: 'deprecated-verification-token',
    container: {
      type: 'message',
      message_ts: fields.messageTs ?? `1700000000.${String(++messages).padStart(6, '0')}`,
      channel_id: channel,
      is_ephemeral: fields.ephemeral ?? true,
      ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
    },
    trigger_id: '1.2.3',
    channel: { id: channel, name: 'remisser' },
    response_url: fields.response_url,
    actions: [
      {
        type: 'button',
        action_id: fields.button.action_id,
        block_id: 'b1',
        text: { type: 'plain_text', text: fields.button.text },
        value: fields.button.value,
        action_ts: '1700000001.000200',
      },
    ],
  };
}

/**
 * A block_suggestion payload: the user typed `value` in an external select of an opened modal (as recorded by the
 * fake views.open), so Slack asks the app's options endpoint what to offer. Carries the view as Slack does,
 * private_metadata included.
 */
export function blockSuggestion(fields: {
  view: Json;
  blockId: string;
  actionId?: string;
  value: string;
  user?: string;
  viewId?: string;
}): Json {
  const viewId = fields.viewId ?? 'V0TYPEAHEAD';
  // Slack asks for options only for an external select: typing in a static one filters its own list.
  const element = fields.view.blocks?.find((b: Json) => b.block_id === fields.blockId)?.element;
  if (element?.type !== 'external_select') {
    throw new Error(`${fields.blockId} is ${element?.type ?? 'missing'}: Slack sends no block_suggestion for it`);
  }
  return {
    type: 'block_suggestion',
    user: { id: fields.user ?? 'U0000000001', username: 'analytiker', name: 'analytiker', team_id: 'T00000001' },
    container: { type: 'view', view_id: viewId },
    api_app_id: 'A00000001',
    token: 'deprecated-verification-token',
    action_id: fields.actionId ?? fields.blockId,
    block_id: fields.blockId,
    value: fields.value,
    team: { id: 'T00000001', domain: 'remiss-test' },
    enterprise: null,
    is_enterprise_install: false,
    view: {
      ...fields.view,
      id: viewId,
      team_id: 'T00000001',
      app_id: 'A00000001',
      bot_id: 'B0001',
      hash: '1700000002.abcdef',
      state: { values: {} },
    },
  };
}
