/** Counts requests being handled, so shutdown can wait for them after the receiver stops taking new ones. */
export class InFlight {
  private readonly active = new Set<Promise<unknown>>();

  get size(): number {
    return this.active.size;
  }

  track<T>(work: Promise<T>): Promise<T> {
    this.active.add(work);
    const done = () => this.active.delete(work);
    work.then(done, done);
    return work;
  }

  /** Resolves when every tracked request has finished, or after `timeoutMs` (true: all finished). */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.active.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, left);
      });
      await Promise.race([Promise.allSettled([...this.active]), timeout]);
      clearTimeout(timer);
    }
    return true;
  }
}
