/**
 * What kind of text a rendered message carries where: the mrkdwn strings Slack parses (links, mentions,
 * formatting) and the literal text elements of rich_text blocks, which it shows as written.
 */
type Json = Record<string, unknown>;

function walk(value: unknown, visit: (o: Json) => boolean): void {
  if (Array.isArray(value)) for (const v of value) walk(v, visit);
  else if (value && typeof value === 'object') {
    const o = value as Json;
    if (visit(o)) for (const child of Object.values(o)) walk(child, visit);
  }
}

/** Every mrkdwn string in the blocks (section and context text, fields). */
export function mrkdwnTexts(blocks: unknown): string[] {
  const out: string[] = [];
  walk(blocks, (o) => {
    if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
    return true;
  });
  return out;
}

/** Every text element of every rich_text block, as sent. */
export function richTexts(blocks: unknown): string[] {
  const out: string[] = [];
  walk(blocks, (o) => {
    if (o.type === 'text' && typeof o.text === 'string') out.push(o.text);
    return true;
  });
  return out;
}

/** The text elements inside rich_text_quote parts: the quotes. */
export function quotedTexts(blocks: unknown): string[] {
  const out: string[] = [];
  walk(blocks, (o) => {
    if (o.type === 'rich_text_quote') {
      out.push(richTexts(o.elements).join(''));
      return false;
    }
    return true;
  });
  return out;
}

/** The styled text elements of rich_text blocks, e.g. the bold ones. */
export function styledTexts(blocks: unknown, style: 'bold' | 'italic'): string[] {
  const out: string[] = [];
  walk(blocks, (o) => {
    if (o.type === 'text' && typeof o.text === 'string' && (o.style as Json | undefined)?.[style]) out.push(o.text);
    return true;
  });
  return out;
}
