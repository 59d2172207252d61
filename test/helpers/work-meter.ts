/**
 * Work meters that do not depend on the machine's speed, so a test can show that work grows linearly with input
 * without timing anything: double the input, and a linear parser does about twice the work.
 */

/**
 * The number of characters regular expressions pass over while `run` executes. Every regex method (test, exec,
 * match, matchAll, replace, split) goes through `RegExp.prototype.exec`, which is wrapped for the duration. A search
 * counts from where it starts to where its match ends (or to the end of the text when nothing matched); a sticky
 * regex (as `split` uses one per position) counts its match, or one character when it fails.
 */
export function regexWork(run: () => void): number {
  const original = RegExp.prototype.exec;
  let characters = 0;
  RegExp.prototype.exec = function exec(this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = original.call(this, input);
    if (this.sticky) characters += match ? Math.max(1, match[0].length) : 1;
    else characters += (match ? match.index + match[0].length : String(input).length) - from;
    return match;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = original;
  }
  return characters;
}

/** An array that counts how many of its elements are read (by index, iteration, forEach, map, slice, …). */
export function countingReads<T>(items: T[]): { array: T[]; reads: () => number } {
  let reads = 0;
  const array = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { array, reads: () => reads };
}
