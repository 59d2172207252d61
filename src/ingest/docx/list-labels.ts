import type {
  AbstractList,
  ListInstance,
  ListLevel,
  ParagraphNumbering,
  ParagraphStyle,
  WordNumbering,
} from './word-numbering.js';

/**
 * The number Word shows in front of each paragraph ("7.2.2"), counted the way Word counts (ECMA-376 §17.9 with
 * the deviations Word documents in MS-OI29500), or `uncertain` with the reason when a document needs a rule we
 * do not know for certain. Exactness is the point: a wrong "4.2" files a stance under the wrong proposal, while
 * no number only leaves the parser to match the heading's title, as before.
 *
 * A label is null for a paragraph without numbering, and for one whose number is shown in a format we do not
 * render (bullets, letters, Roman numerals): that paragraph still counts, so the numbers after it stay right.
 */
export type ListLabels = { labels: (string | null)[] } | { uncertain: string };

/** A paragraph's place in a list, once its style chain is resolved. */
interface ListItem {
  instance: ListInstance;
  /** The definition whose counters the paragraph advances (after w:numStyleLink). */
  list: AbstractList;
  ilvl: number;
}

class Uncertain extends Error {}

const MAX_LEVEL = 8;
/** Style chains (w:basedOn) are short; a longer one is a loop in a broken file. */
const MAX_LINKS = 20;

export function labelListParagraphs(paragraphs: readonly ParagraphNumbering[], numbering: WordNumbering): ListLabels {
  try {
    const counter = new ListCounter(numbering);
    return { labels: paragraphs.map((paragraph) => counter.next(paragraph)) };
  } catch (error) {
    if (error instanceof Uncertain) return { uncertain: error.message };
    throw error;
  }
}

class ListCounter {
  /** Counters per abstract list: Word continues one sequence across all w:num that share a w:abstractNum. */
  private readonly counters = new Map<string, (number | undefined)[]>();
  /** "numId/ilvl" of each w:startOverride already applied (it applies once, where the instance is first used). */
  private readonly overridesUsed = new Set<string>();
  /** Per counted list: the w:abstractNum its paragraphs' instances name, and those instances. */
  private readonly entries = new Map<string, { abstractId: string; numIds: Set<string> }>();

  constructor(private readonly numbering: WordNumbering) {}

  next(paragraph: ParagraphNumbering): string | null {
    const item = this.listItem(paragraph);
    if (item === null) return null;
    if (paragraph.inTextBox === true) throw new Uncertain('a numbered paragraph in a text box');
    const { instance, list, ilvl } = item;
    this.noteSharing(instance, list);
    const level = levelOf(instance, list, ilvl);
    if (level === undefined) throw new Uncertain(`list ${instance.numId} has no level ${ilvl}`);
    const counters = this.countersOf(list);
    for (let higher = 0; higher < ilvl; higher++) {
      if (this.pendingOverride(instance, higher) !== undefined) {
        throw new Uncertain(`list ${instance.numId} starts below a level it restarts`);
      }
    }
    counters[ilvl] = this.nextValue(instance, level, ilvl, counters[ilvl]);
    this.restartLowerLevels(instance, list, ilvl, counters);
    return render(level, ilvl, counters, (k) => levelOf(instance, list, k));
  }

  private nextValue(instance: ListInstance, level: ListLevel, ilvl: number, current: number | undefined): number {
    const override = this.pendingOverride(instance, ilvl);
    if (override !== undefined) {
      this.overridesUsed.add(`${instance.numId}/${ilvl}`);
      return override;
    }
    if (current !== undefined) return current + 1;
    const usedOverride = instance.overrides.get(ilvl)?.start;
    // Does a level restarted later begin at the override or at the level's own start? Sources disagree.
    if (usedOverride !== undefined && usedOverride !== level.start) {
      throw new Uncertain(`list ${instance.numId} restarts level ${ilvl} after a start override`);
    }
    return level.start;
  }

  /**
   * Counting is one sequence per abstract list, whatever instance a paragraph names (how Word's "Continue
   * numbering" works); where sources disagree that this holds, the count stops. A list style reached through two
   * abstract lists (its definition and a w:numStyleLink reference, or two references) is one count by that rule
   * and two by Open XML PowerTools', which counts per referencing list. An instance replacing a whole level of a
   * list that other instances count: "two numbered sets" by the note in §17.9.8, one count by the rule.
   */
  private noteSharing(instance: ListInstance, list: AbstractList) {
    let entry = this.entries.get(list.id);
    if (entry === undefined) {
      entry = { abstractId: instance.abstractId, numIds: new Set() };
      this.entries.set(list.id, entry);
    }
    if (entry.abstractId !== instance.abstractId) {
      throw new Uncertain(
        `list style ${list.styleLink} is used through lists ${entry.abstractId} and ${instance.abstractId}`,
      );
    }
    entry.numIds.add(instance.numId);
    const numIds = [...entry.numIds];
    if (numIds.length > 1 && numIds.some((numId) => replacesLevels(this.numbering.instances.get(numId)))) {
      throw new Uncertain(`an instance of list ${list.id} replaces whole levels that another instance counts`);
    }
  }

  private pendingOverride(instance: ListInstance, ilvl: number): number | undefined {
    const start = instance.overrides.get(ilvl)?.start;
    return start === undefined || this.overridesUsed.has(`${instance.numId}/${ilvl}`) ? undefined : start;
  }

  /**
   * Word restarts a level when the level named by its w:lvlRestart "or any higher level" is used, and when the
   * element is absent, when any higher level is used (MS-OI29500 §2.1.282); 0 means never.
   */
  private restartLowerLevels(
    instance: ListInstance,
    list: AbstractList,
    ilvl: number,
    counters: (number | undefined)[],
  ) {
    for (let lower = ilvl + 1; lower <= MAX_LEVEL; lower++) {
      if (counters[lower] === undefined) continue;
      // Word ignores w:lvlRestart in a replacing w:lvl; whether the list's own then applies is not said.
      if (instance.overrides.get(lower)?.level !== undefined && list.levels.get(lower)?.restartAfter !== undefined) {
        throw new Uncertain(`list ${instance.numId} replaces level ${lower}, whose w:lvlRestart may still apply`);
      }
      const restartAfter = levelOf(instance, list, lower)?.restartAfter;
      if (restartAfter === undefined) counters[lower] = undefined;
      else if (restartAfter === 0) continue;
      else if (restartAfter <= lower) {
        if (ilvl < restartAfter) counters[lower] = undefined;
      } else throw new Uncertain(`level ${lower} of list ${instance.numId} restarts after a lower level`);
    }
  }

  private countersOf(list: AbstractList): (number | undefined)[] {
    let counters = this.counters.get(list.id);
    if (counters === undefined) {
      counters = [];
      this.counters.set(list.id, counters);
    }
    return counters;
  }

  /**
   * The list and level of a paragraph: its own w:numPr, else its style's, up the w:basedOn chain; numId 0
   * switches numbering off. A style's w:numPr often names no level; the level is then the one whose w:pStyle is
   * the paragraph's style (how Word links "Rubrik 3" to level 3), else the first.
   */
  private listItem(paragraph: ParagraphNumbering): ListItem | null {
    const styles = this.styleChain(paragraph.styleId);
    const numId =
      paragraph.numbering?.numId ?? styles.find((style) => style.numbering?.numId !== undefined)?.numbering?.numId;
    if (numId === undefined || numId === '0') return null;
    const instance = this.numbering.instances.get(numId);
    // Word shows no number for a numId numbering.xml does not define.
    if (instance === undefined) return null;
    const list = this.resolveList(instance);
    const ilvl =
      paragraph.numbering?.ilvl ??
      styles.find((style) => style.numbering?.ilvl !== undefined)?.numbering?.ilvl ??
      levelOfStyle(list, styles) ??
      0;
    if (ilvl < 0 || ilvl > MAX_LEVEL) throw new Uncertain(`level ${ilvl} is out of range`);
    return { instance, list, ilvl };
  }

  private styleChain(styleId: string | undefined): ParagraphStyle[] {
    const chain: ParagraphStyle[] = [];
    const styles = this.numbering.paragraphStyles;
    // A paragraph naming a style the file does not define has the default style, as in Word.
    let style = styles.get(styleId ?? '') ?? styles.get(this.numbering.defaultParagraphStyle ?? '');
    while (style !== undefined) {
      if (chain.length === MAX_LINKS) throw new Uncertain(`style ${styleId} is based on itself`);
      chain.push(style);
      style = style.basedOn === undefined ? undefined : styles.get(style.basedOn);
    }
    return chain;
  }

  /**
   * The abstract list whose levels and counters an instance uses. A list with w:numStyleLink has none of its
   * own: the numbering style it names points (w:numPr) at an instance whose list is the style's definition,
   * saying so by w:styleLink (§17.9.21, §17.9.27). Through that link the paragraph's instance may restart levels
   * (w:startOverride, as Word's "Restart numbering" writes it); whether overrides on the style's own instance
   * apply, or a whole level the paragraph's instance replaces, readers disagree (Open XML PowerTools takes the
   * style's and ignores a replaced level), so either is uncertain.
   */
  private resolveList(instance: ListInstance): AbstractList {
    const list = this.numbering.abstracts.get(instance.abstractId);
    if (list === undefined) throw new Uncertain(`list ${instance.numId} has no definition`);
    const style = list.numStyleLink;
    if (style === undefined) return list;
    const numId = this.numbering.numberingStyles.get(style);
    const styleInstance = numId === undefined ? undefined : this.numbering.instances.get(numId);
    const definition = styleInstance && this.numbering.abstracts.get(styleInstance.abstractId);
    if (styleInstance === undefined || definition?.styleLink !== style || definition.numStyleLink !== undefined) {
      throw new Uncertain(`list style ${style} has no definition that says it is one`);
    }
    if (styleInstance.overrides.size > 0) throw new Uncertain(`list style ${style}'s own instance has overrides`);
    if (replacesLevels(instance)) throw new Uncertain(`list ${instance.numId} replaces levels of list style ${style}`);
    return definition;
  }
}

function replacesLevels(instance: ListInstance | undefined): boolean {
  return [...(instance?.overrides.values() ?? [])].some((override) => override.level !== undefined);
}

/** A level as an instance sees it: replaced whole by its w:lvlOverride/w:lvl, else the abstract list's. */
function levelOf(instance: ListInstance, list: AbstractList, ilvl: number): ListLevel | undefined {
  return instance.overrides.get(ilvl)?.level ?? list.levels.get(ilvl);
}

function levelOfStyle(list: AbstractList, styles: readonly ParagraphStyle[]): number | undefined {
  for (const style of styles) {
    for (const [ilvl, level] of list.levels) if (level.paragraphStyle === style.id) return ilvl;
  }
  return undefined;
}

/**
 * The level's w:lvlText with each "%n" replaced by level n's counter: "%1.%2.%3" gives "7.2.2". Null when a
 * shown level is in a format we do not render, or the text shows no number at all.
 */
function render(
  level: ListLevel,
  ilvl: number,
  counters: readonly (number | undefined)[],
  levelAt: (ilvl: number) => ListLevel | undefined,
): string | null {
  if (level.format === 'bullet' || level.format === 'none') return null;
  let unrenderable = false;
  const text = level.text.replace(/%([1-9])/g, (_, digit: string) => {
    const shown = Number(digit) - 1;
    if (shown > ilvl) {
      unrenderable = true;
      return '';
    }
    const value = counters[shown];
    // What Word shows for a level not yet used ("1.1" under no "1") is not documented.
    if (value === undefined) throw new Uncertain(`level ${shown} is shown before it is used`);
    const format = level.legal ? 'decimal' : (levelAt(shown)?.format ?? 'unknown');
    const formatted = formatNumber(value, format);
    if (formatted === null) unrenderable = true;
    return formatted ?? '';
  });
  const label = text.trim();
  return unrenderable || label === '' || !/\d/.test(label) ? null : label;
}

/** Only the formats whose rendering is beyond doubt; letters and Roman numerals are left to a later day. */
function formatNumber(value: number, format: string): string | null {
  if (format === 'decimal') return String(value);
  // "01", "02" … "10": Word pads to two digits.
  if (format === 'decimalZero') return value < 10 && value >= 0 ? `0${value}` : String(value);
  return null;
}
