/**
 * What this instance has handled lately, by key, for `ttlMs`: a redelivered event (its event_id), a second click
 * on one button of one message. In memory: the free first layer of SharedClaims (shared-claims.ts), whose claim in
 * the shared store catches a repeat that reaches another instance. Bounded: past `maxKeys` the oldest are
 * forgotten first.
 */
export class RecentKeys {
  /** Key → when it was claimed (ms); a Map keeps insertion order, so the oldest come first. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 10_000,
  ) {}

  /** True the first time `key` is claimed within `ttlMs`, and marks it; false while it is held. */
  claim(key: string): boolean {
    const now = this.now();
    this.forgetOld(now);
    const at = this.seen.get(key);
    if (at !== undefined && now - at < this.ttlMs) return false;
    this.seen.delete(key);
    this.seen.set(key, now);
    return true;
  }

  /** Gives `key` back, so the next claim succeeds: the work it was claimed for did not happen. */
  release(key: string): void {
    this.seen.delete(key);
  }

  get size(): number {
    return this.seen.size;
  }

  private forgetOld(now: number): void {
    for (const [key, at] of this.seen) {
      if (now - at < this.ttlMs && this.seen.size < this.maxKeys) break;
      this.seen.delete(key);
    }
  }
}
