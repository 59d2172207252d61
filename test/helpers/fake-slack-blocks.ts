/**
 * The Block Kit limits Slack enforces with `invalid_blocks`, checked the same way in tests and by the
 * fake Web API, so a message that would be rejected in production fails here.
 */
interface AnyBlock {
  type: string;
  block_id?: string;
  text?: { type: string; text: string };
  elements?: Array<{ type: string; text?: string | { text: string }; action_id?: string; value?: string }>;
  accessory?: { type: string; text?: { text: string }; action_id?: string; value?: string };
}

/** The blocks a message, modal or Home view may hold (input only in views). */
const BLOCK_TYPES = new Set(['section', 'context', 'actions', 'header', 'divider', 'rich_text', 'input']);

/**
 * Our bound on the characters of one rich_text block. Slack documents none; we hold rich text to what a section's
 * text may hold (3,000), so moving text from a section into rich text never makes a message larger.
 */
export const RICH_TEXT_MAX = 3000;

interface RichInline {
  type: string;
  text?: string;
  name?: string;
  user_id?: string;
  style?: { bold?: boolean; italic?: boolean; strike?: boolean; code?: boolean };
}

interface RichPart {
  type: string;
  elements?: RichInline[];
}

const RICH_PARTS = new Set(['rich_text_section', 'rich_text_quote', 'rich_text_preformatted', 'rich_text_list']);
const RICH_INLINES = new Set(['text', 'emoji', 'user', 'link', 'channel', 'usergroup', 'broadcast', 'date']);

/** rich_text: known parts, each non-empty; text elements non-empty; emoji named; users well-formed; bounded size. */
function richTextProblems(block: { elements?: unknown }, where: string): string[] {
  const problems: string[] = [];
  const parts = block.elements as RichPart[] | undefined;
  if (!Array.isArray(parts) || parts.length === 0) return [`${where}: rich_text without elements`];
  let length = 0;
  for (const part of parts) {
    if (!RICH_PARTS.has(part.type)) problems.push(`${where}: rich text part ${part.type}`);
    if (!Array.isArray(part.elements) || part.elements.length === 0) {
      problems.push(`${where}: empty ${part.type}`);
      continue;
    }
    for (const el of part.elements) {
      if (!RICH_INLINES.has(el.type)) problems.push(`${where}: rich text element ${el.type}`);
      if (el.type === 'text') {
        if (typeof el.text !== 'string' || el.text.length === 0) problems.push(`${where}: empty text element`);
        length += el.text?.length ?? 0;
      }
      if (el.type === 'emoji' && !/^[a-z0-9_+-]+$/.test(el.name ?? '')) problems.push(`${where}: emoji ${el.name}`);
      if (el.type === 'user' && !/^[UW][A-Z0-9]+$/.test(el.user_id ?? '')) problems.push(`${where}: user id`);
    }
  }
  if (length > RICH_TEXT_MAX) problems.push(`${where}: rich text ${length} > ${RICH_TEXT_MAX}`);
  return problems;
}

/**
 * A rich_text block as a reader sees it, written with mrkdwn's marks: *bold*, _italic_, `code`, ">" before quoted
 * lines.
 */
function richTextAsMrkdwn(parts: readonly RichPart[]): string {
  const inline = (el: RichInline): string =>
    el.type === 'emoji'
      ? `:${el.name}:`
      : el.type === 'user'
        ? `<@${el.user_id}>`
        : el.style?.code
          ? `\`${el.text ?? ''}\``
          : (el.text ?? '');
  const styleKey = (el: RichInline) => `${el.style?.bold ? 'b' : ''}${el.style?.italic ? 'i' : ''}`;
  const runs = (elements: readonly RichInline[]): string => {
    // Neighbours in one style are one run, as a reader sees them: "_fil.txt · rättad av <@U1> 23 nov_".
    const out: string[] = [];
    let i = 0;
    while (i < elements.length) {
      const key = styleKey(elements[i]);
      let text = '';
      for (; i < elements.length && styleKey(elements[i]) === key; i++) text += inline(elements[i]);
      const italic = key.includes('i') ? `_${text}_` : text;
      out.push(key.includes('b') ? `*${italic}*` : italic);
    }
    return out.join('');
  };
  return parts
    .map((part) => {
      const text = runs(part.elements ?? []);
      if (part.type !== 'rich_text_quote') return text;
      return text
        .split('\n')
        .map((line) => `>${line}`)
        .join('\n');
    })
    .join('\n');
}

interface SelectOption {
  text: { type?: string; text: string };
  value?: string;
}

/**
 * Slack's limits on select options, inline or sent by an options endpoint (`ack({ options })`): text 1–75
 * characters, value at most 150, at most 100 options.
 */
export function optionProblems(options: readonly SelectOption[], where = 'options'): string[] {
  const problems: string[] = [];
  if (options.length > 100) problems.push(`${where}: ${options.length} options > 100`);
  for (const o of options) {
    if (o.text.text.length === 0 || o.text.text.length > 75)
      problems.push(`${where}: option text length ${o.text.text.length}`);
    if (o.value === undefined) problems.push(`${where}: option without value`);
    else if (o.value.length > 150) problems.push(`${where}: option value ${o.value.length} > 150`);
  }
  return problems;
}

export function blockProblems(blocks: unknown, maxBlocks = 50): string[] {
  const problems: string[] = [];
  if (!Array.isArray(blocks)) return ['blocks is not an array'];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks > ${maxBlocks}`);
  const actionIds = new Set<string>();
  const checkElement = (el: { type: string; text?: unknown; action_id?: string; value?: string }, where: string) => {
    if (el.type === 'button') {
      const t = (el.text as { text: string }).text;
      if (t.length === 0 || t.length > 75) problems.push(`${where}: button text ${t.length}`);
      if ((el.value ?? '').length > 2000) problems.push(`${where}: button value > 2000`);
      const label = (el as { accessibility_label?: string }).accessibility_label;
      if (label !== undefined && (label.length === 0 || label.length > 75))
        problems.push(`${where}: accessibility_label ${label.length}`);
    }
    if (el.type === 'overflow' || el.type === 'static_select') {
      // Overflow: 2–5 options; a static select up to 100. Option text ≤ 75, value ≤ 150.
      const options = (el as { options?: Array<{ text: { text: string }; value: string }> }).options ?? [];
      const [min, max] = el.type === 'overflow' ? [2, 5] : [1, 100];
      if (options.length < min || options.length > max)
        problems.push(`${where}: ${el.type} has ${options.length} options`);
      problems.push(...optionProblems(options, where));
    }
    if (el.type === 'external_select') {
      // Options come from the app's options endpoint, never inline; the preselected one within the option limits.
      const ext = el as { options?: unknown; min_query_length?: unknown; initial_option?: SelectOption };
      if (ext.options !== undefined) problems.push(`${where}: external_select with inline options`);
      const min = ext.min_query_length;
      if (min !== undefined && !(Number.isInteger(min) && (min as number) >= 0))
        problems.push(`${where}: min_query_length ${String(min)}`);
      if (ext.initial_option) problems.push(...optionProblems([ext.initial_option], `${where} initial_option`));
    }
    if (el.action_id) {
      if (el.action_id.length > 255) problems.push(`${where}: action_id > 255`);
      if (actionIds.has(el.action_id)) problems.push(`${where}: duplicate action_id ${el.action_id}`);
      actionIds.add(el.action_id);
    }
  };
  const blockIds = new Set<string>();
  (blocks as AnyBlock[]).forEach((b, i) => {
    const where = `block ${i} (${b.type})`;
    if (!BLOCK_TYPES.has(b.type)) problems.push(`${where}: unknown block type`);
    if (b.block_id !== undefined) {
      if (b.block_id.length > 255 || blockIds.has(b.block_id)) problems.push(`${where}: block_id`);
      blockIds.add(b.block_id);
    }
    if (b.type === 'rich_text') problems.push(...richTextProblems(b, where));
    if (b.type === 'section') {
      if (!b.text || b.text.text.length === 0) problems.push(`${where}: empty text`);
      else if (b.text.text.length > 3000) problems.push(`${where}: text ${b.text.text.length} > 3000`);
      if (b.accessory) checkElement(b.accessory, where);
    }
    if (b.type === 'input') checkElement((b as unknown as { element: { type: string } }).element, where);
    if (b.type === 'header') {
      if (b.text?.type !== 'plain_text') problems.push(`${where}: header not plain_text`);
      if ((b.text?.text.length ?? 0) > 150 || !b.text?.text) problems.push(`${where}: header text`);
    }
    if (b.type === 'context') {
      if (!b.elements || b.elements.length === 0 || b.elements.length > 10) problems.push(`${where}: elements`);
      for (const el of b.elements ?? []) {
        if (typeof el.text === 'string' && el.text.length > 3000) problems.push(`${where}: context text > 3000`);
        if (typeof el.text === 'string' && el.text.length === 0) problems.push(`${where}: empty context text`);
      }
    }
    if (b.type === 'actions') {
      if (!b.elements || b.elements.length === 0 || b.elements.length > 25) problems.push(`${where}: elements`);
      for (const el of b.elements ?? []) checkElement(el, where);
    }
  });
  return problems;
}

/**
 * Where `chat.postMessage` has been seen refusing a message for the text in its blocks (`msg_blocks_too_long`):
 * 11,341 characters counted as the sum of their `text` strings, with rich_text, section, header and divider blocks
 * (slackapi/bolt-js#2867; a Slack maintainer in #2509 speaks of "12,000 text characters with a buffer for block
 * containers"). Slack documents no such limit, so the fake refuses from the lowest report on.
 */
export const REFUSED_BLOCK_TEXT = 11_341;
/** Slack's documented bound on a message's top-level `text` (`msg_too_long`). */
export const REFUSED_TOP_LEVEL_TEXT = 40_000;

/** The text in blocks as the report above measured it: every `text` string, wherever it sits. */
export function blockTextLength(blocks: unknown): number {
  if (Array.isArray(blocks)) return blocks.reduce((n: number, b) => n + blockTextLength(b), 0);
  if (!blocks || typeof blocks !== 'object') return 0;
  let n = 0;
  for (const [key, child] of Object.entries(blocks)) {
    if (key === 'text' && typeof child === 'string') n += child.length;
    else n += blockTextLength(child);
  }
  return n;
}

/**
 * The error Slack answers a message too large to post with, or null. The fake asks it of every way a message is
 * sent, stricter than the reports (which name `chat.postMessage` only): an ephemeral answer may be posted in the
 * channel or in a thread later, by the same renderer.
 */
export function sizeRefusal(message: { text?: unknown; blocks?: unknown }): string | null {
  if (typeof message.text === 'string' && message.text.length > REFUSED_TOP_LEVEL_TEXT) return 'msg_too_long';
  if (blockTextLength(message.blocks) >= REFUSED_BLOCK_TEXT) return 'msg_blocks_too_long';
  return null;
}

/**
 * A message as Slack checks it: its blocks (above), their text as a whole, and a non-empty top-level `text`, which
 * notifications and screen readers show and Slack asks every message with blocks to carry.
 */
export function messageProblems(message: { text?: unknown; blocks?: unknown }, maxBlocks = 50): string[] {
  const problems = blockProblems(message.blocks, maxBlocks);
  if (typeof message.text !== 'string' || message.text.trim() === '') problems.push('no top-level text');
  else if (message.text.length > 4000) problems.push(`top-level text ${message.text.length} > 4000`);
  const refusal = sizeRefusal(message);
  if (refusal) problems.push(`${refusal}: ${blockTextLength(message.blocks)} characters of block text`);
  return problems;
}

/**
 * Every mrkdwn and plain_text string in the blocks, and every rich_text block written with mrkdwn's marks
 * (richTextAsMrkdwn), joined: what a user reads.
 */
export function visibleText(blocks: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') out.push(o.text);
      else if (o.type === 'rich_text' && Array.isArray(o.elements))
        out.push(richTextAsMrkdwn(o.elements as RichPart[]));
      else for (const [k, child] of Object.entries(o)) if (k !== 'value') walk(child);
    }
  };
  walk(blocks);
  return out.join('\n');
}

/** Buttons in the blocks, in order. */
export function buttons(blocks: unknown): Array<{ text: string; action_id: string; value: string }> {
  const out: Array<{ text: string; action_id: string; value: string }> = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'button') {
        out.push({
          text: (o.text as { text: string }).text,
          action_id: o.action_id as string,
          value: o.value as string,
        });
      } else for (const child of Object.values(o)) walk(child);
    }
  };
  walk(blocks);
  return out;
}
