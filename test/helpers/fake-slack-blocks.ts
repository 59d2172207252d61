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
      if (t.length > 75) problems.push(`${where}: button text ${t.length} > 75`);
      if ((el.value ?? '').length > 2000) problems.push(`${where}: button value > 2000`);
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
      if (actionIds.has(el.action_id)) problems.push(`${where}: duplicate action_id ${el.action_id}`);
      actionIds.add(el.action_id);
    }
  };
  (blocks as AnyBlock[]).forEach((b, i) => {
    const where = `block ${i} (${b.type})`;
    if (b.type === 'section') {
      if (!b.text || b.text.text.length === 0) problems.push(`${where}: empty text`);
      else if (b.text.text.length > 3000) problems.push(`${where}: text ${b.text.text.length} > 3000`);
      if (b.accessory) checkElement(b.accessory, where);
    }
    if (b.type === 'input') checkElement((b as unknown as { element: { type: string } }).element, where);
    if (b.type === 'header' && (b.text?.text.length ?? 0) > 150) problems.push(`${where}: header > 150`);
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

/** Every mrkdwn string in the blocks, joined: what a user reads. */
export function visibleText(blocks: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') out.push(o.text);
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
