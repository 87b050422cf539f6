/**
 * Lets pages that were fetched in some order pass one step in that same order.
 * The embedded runner extracts pages on a thread pool, where a short page can
 * overtake a long one; dedup decides which copy is the original by arrival, so
 * without this the same crawl could name a different original from run to run.
 * A ticket is taken when a page's fetch completes (a slow fetch holds no one up),
 * and its `done()` must be called whatever happens to the page (calls after the
 * first do nothing).
 */
export interface Ticket {
  /** Resolves once every earlier ticket is done. */
  turn(): Promise<void>;
  done(): void;
}

export class InOrder {
  #tail: Promise<void> = Promise.resolve();

  ticket(): Ticket {
    const previous = this.#tail;
    let release!: () => void;
    const finished = new Promise<void>((resolve) => (release = resolve));
    this.#tail = previous.then(() => finished);
    return { turn: () => previous, done: () => release() };
  }
}
