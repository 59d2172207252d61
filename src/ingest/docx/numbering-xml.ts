import type {
  AbstractList,
  ListInstance,
  ListLevel,
  NumberingReference,
  ParagraphStyle,
  WordNumbering,
} from './word-numbering.js';
import { childNamed, childrenNamed, childValue, type XmlElement } from './xml-tree.js';

/**
 * numbering.xml and styles.xml (as trees) to the numbering model; null when the parts contradict themselves
 * in a way Word's choice is not known for (one id defined twice, a number that is not one).
 */
export function readWordNumbering(numbering: XmlElement, styles: XmlElement | null): WordNumbering | null {
  try {
    return {
      abstracts: byId(childrenNamed(numbering, 'w:abstractNum').map(readAbstractList)),
      instances: byKey(childrenNamed(numbering, 'w:num').map(readListInstance), (instance) => instance.numId),
      ...readStyles(styles),
    };
  } catch (error) {
    if (error instanceof Malformed) return null;
    throw error;
  }
}

class Malformed extends Error {}

function readAbstractList(element: XmlElement): AbstractList {
  const levels = new Map<number, ListLevel>();
  for (const lvl of childrenNamed(element, 'w:lvl')) {
    const ilvl = integer(lvl.attributes['w:ilvl']);
    if (levels.has(ilvl)) throw new Malformed('a level defined twice');
    levels.set(ilvl, readLevel(lvl, { inOverride: false }));
  }
  return {
    id: required(element.attributes['w:abstractNumId']),
    levels,
    numStyleLink: childValue(element, 'w:numStyleLink'),
    styleLink: childValue(element, 'w:styleLink'),
  };
}

function readListInstance(element: XmlElement): ListInstance {
  const overrides: ListInstance['overrides'] = new Map();
  for (const override of childrenNamed(element, 'w:lvlOverride')) {
    const ilvl = integer(override.attributes['w:ilvl']);
    if (overrides.has(ilvl)) throw new Malformed('a level overridden twice');
    const start = childValue(override, 'w:startOverride');
    const lvl = childNamed(override, 'w:lvl');
    // <w:lvlOverride w:ilvl="1"><w:lvl w:ilvl="0">: which level it replaces is not clear.
    if (lvl !== undefined && integer(lvl.attributes['w:ilvl']) !== ilvl)
      throw new Malformed('an override of another level');
    overrides.set(ilvl, {
      start: start === undefined ? undefined : integer(start),
      level: lvl === undefined ? undefined : readLevel(lvl, { inOverride: true }),
    });
  }
  return {
    numId: required(element.attributes['w:numId']),
    abstractId: required(childValue(element, 'w:abstractNumId')),
    overrides,
  };
}

function readLevel(lvl: XmlElement, where: { inOverride: boolean }): ListLevel {
  const start = childValue(lvl, 'w:start');
  const restart = childValue(lvl, 'w:lvlRestart');
  return {
    // §17.9.26: an absent w:start starts at zero.
    start: start === undefined ? 0 : integer(start),
    format: levelFormat(lvl),
    text: childValue(lvl, 'w:lvlText') ?? '',
    // Word ignores w:lvlRestart in a level override (MS-OI29500 §2.1.282).
    restartAfter: restart === undefined || where.inOverride ? undefined : integer(restart),
    legal: onOff(childNamed(lvl, 'w:isLgl')),
    paragraphStyle: childValue(lvl, 'w:pStyle'),
  };
}

/**
 * w:numFmt, decimal when absent (§17.9.17). Word 2010+ writes newer formats as a choice:
 * `<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/>`
 * with an older fallback; Word shows the choice, so such a level is "unknown" and keeps no label.
 */
function levelFormat(lvl: XmlElement): string {
  if (childNamed(lvl, 'mc:AlternateContent') !== undefined) return 'unknown';
  const numFmt = childNamed(lvl, 'w:numFmt');
  if (numFmt === undefined) return 'decimal';
  return numFmt.attributes['w:val'] ?? 'unknown';
}

function readStyles(
  styles: XmlElement | null,
): Pick<WordNumbering, 'paragraphStyles' | 'numberingStyles' | 'defaultParagraphStyle'> {
  const paragraphStyles: ParagraphStyle[] = [];
  const numberingStyles = new Map<string, string>();
  let defaultParagraphStyle: string | undefined;
  for (const style of childrenNamed(styles ?? undefined, 'w:style')) {
    const id = required(style.attributes['w:styleId']);
    const numPr = childNamed(childNamed(style, 'w:pPr'), 'w:numPr');
    const type = style.attributes['w:type'];
    if (type === 'paragraph') {
      paragraphStyles.push({ id, basedOn: childValue(style, 'w:basedOn'), numbering: readNumberingReference(numPr) });
      if (onOff(style, 'w:default')) defaultParagraphStyle = id;
    } else if (type === 'numbering') {
      const numId = childValue(numPr, 'w:numId');
      if (numId !== undefined) numberingStyles.set(id, numId);
    }
  }
  return { paragraphStyles: byId(paragraphStyles), numberingStyles, defaultParagraphStyle };
}

/** A w:numPr (on a paragraph or a style), undefined when there is none. */
export function readNumberingReference(numPr: XmlElement | undefined): NumberingReference | undefined {
  if (numPr === undefined) return undefined;
  const ilvl = childValue(numPr, 'w:ilvl');
  return { numId: childValue(numPr, 'w:numId'), ilvl: ilvl === undefined ? undefined : integer(ilvl) };
}

/** An on/off property (§17.17.4): present means on, unless its value says off. */
function onOff(element: XmlElement | undefined, attribute = 'w:val'): boolean {
  if (element === undefined) return false;
  const value = element.attributes[attribute];
  if (attribute !== 'w:val' && value === undefined) return false;
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

function integer(value: string | undefined): number {
  if (value === undefined || !/^-?\d{1,9}$/.test(value.trim())) throw new Malformed(`not a number: ${value}`);
  return Number(value);
}

function required(value: string | undefined): string {
  if (value === undefined) throw new Malformed('an id is missing');
  return value;
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return byKey(items, (item) => item.id);
}

function byKey<T>(items: T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(key(item))) throw new Malformed(`${key(item)} is defined twice`);
    map.set(key(item), item);
  }
  return map;
}
