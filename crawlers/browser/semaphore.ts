/**
 * A counting semaphore: at most `limit` holders at once, waiters served in
 * arrival order. Caps the pages rendering at the same time, since each one is a
 * renderer process with its own memory.
 */
export class Semaphore {
  private inUse = 0;
  private readonly waiters: Array<() => void> = [];

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`semaphore limit must be a positive integer, got ${limit}`);
  }

  /** Resolves with a release function once a slot is free; call it exactly once. */
  async acquire(): Promise<() => void> {
    if (this.inUse < this.limit) {
      this.inUse += 1;
    } else {
      // The releasing holder hands its slot straight to us, so inUse stays the same.
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      if (next) next();
      else this.inUse -= 1;
    };
  }

  /** Slots held right now. */
  get held(): number {
    return this.inUse;
  }
}
