/**
 * Interaction payloads for the correction flow, shaped as Slack sends them: an overflow menu choice
 * (block_actions) and a modal submission (view_submission). The proposal field's type-ahead request
 * (block_suggestion) is `blockSuggestion` in fake-slack-requests.ts.
 */
import type { Json } from './fake-slack.js';
import { visibleText } from './fake-slack-blocks.js';

export interface OverflowFound {
  action_id: string;
  options: Array<{ text: { text: string }; value: string }>;
}

/**
 * The overflow menu of the answer whose text contains `needle`: a section's accessory (the review list), or the
 * menu in the actions row under a rich_text answer (search results).
 */
export function overflowNear(blocks: Json[], needle: string): OverflowFound | undefined {
  for (const [i, b] of blocks.entries()) {
    if (b.type === 'section' && b.text?.text?.includes(needle) && b.accessory?.type === 'overflow') return b.accessory;
    if (b.type === 'rich_text' && visibleText([b]).includes(needle) && blocks[i + 1]?.type === 'actions') {
      const menu = blocks[i + 1].elements.find((e: Json) => e.type === 'overflow');
      if (menu) return menu;
    }
  }
  return undefined;
}

export function overflowClick(fields: {
  menu: OverflowFound;
  option: string;
  response_url: string;
  channel?: string;
  /** As Slack names it in the payload: "directmessage" for a DM, "mpdm-…" for a group DM, "privategroup". */
  channelName?: string;
  user?: string;
  trigger_id?: string;
}): Json {
  const channel = fields.channel ?? 'C0000000001';
  const selected = fields.menu.options.find((o) => o.text.text === fields.option);
  if (!selected) throw new Error(`no option "${fields.option}"`);
  return {
    type: 'block_actions',
    team: { id: 'T00000001', domain: 'remiss-test' },
    user: { id: fields.user ?? 'U0000000001', username: 'analytiker', team_id: 'T00000001' },
    api_app_id: 'A00000001',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: channel, is_ephemeral: true },
    trigger_id: fields.trigger_id ?? '12345.67890.abcdef',
    channel: { id: channel, name: fields.channelName ?? 'remisser' },
    response_url: fields.response_url,
    actions: [
      {
        type: 'overflow',
        action_id: fields.menu.action_id,
        block_id: 'b1',
        selected_option: selected,
        action_ts: '1700000001.000200',
      },
    ],
  };
}

/** The option of a static select (in an opened modal) whose text starts with `label`. */
export function optionOf(view: Json, blockId: string, label: string): Json {
  const block = view.blocks.find((b: Json) => b.block_id === blockId);
  const option = block?.element?.options?.find((o: Json) => o.text.text.startsWith(label));
  if (!option) throw new Error(`no option "${label}" in ${blockId}`);
  return option;
}

/**
 * A view_submission of an opened modal with the given selected options (block id → option, from the view's own
 * options or from an options response) and comment.
 */
export function viewSubmission(fields: {
  view: Json;
  viewId: string;
  selected: Record<string, Json>;
  comment?: string;
  user?: string;
}): Json {
  const values: Record<string, Json> = {};
  for (const [blockId, option] of Object.entries(fields.selected)) {
    // Slack reports the element's own type: static_select, or external_select for the long-catalog proposal field.
    const element = fields.view.blocks?.find((b: Json) => b.block_id === blockId)?.element;
    const type = element?.type ?? 'static_select';
    // In a static select a user can only pick one of its options; what an external select offers came from the app.
    if (type === 'static_select' && !element?.options?.some((o: Json) => o.value === option.value)) {
      throw new Error(`${blockId} offers no option "${option.value}"`);
    }
    values[blockId] = { [blockId]: { type, selected_option: option } };
  }
  values.comment = { comment: { type: 'plain_text_input', value: fields.comment ?? null } };
  return {
    type: 'view_submission',
    team: { id: 'T00000001', domain: 'remiss-test' },
    user: { id: fields.user ?? 'U0000000001', username: 'analytiker', name: 'analytiker', team_id: 'T00000001' },
    api_app_id: 'A00000001',
    token: 'deprecated-verification-token',
    trigger_id: '12345.67890.fedcba',
    view: {
      ...fields.view,
      id: fields.viewId,
      team_id: 'T00000001',
      app_id: 'A00000001',
      bot_id: 'B0001',
      hash: '1700000002.abcdef',
      state: { values },
    },
    response_urls: [],
  };
}
