/**
 * The story lock: one story decision at a time across every worker process (the
 * Redis store's `exclusive`; why: docs/architecture.md, "Dedup and stories").
 * In a process, callers wait in line on a promise chain (no Redis traffic while
 * waiting); across processes the head of the line holds `SET NX PX` and the others
 * retry with a short jittered backoff. Invariant: a holder that dies frees the lock
 * when its key expires (HOLD_MS). The release goes out before this process's next
 * acquire on the same connection, so a hand-over costs one round trip, not two.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LuaScript } from '../lua-script.js';

/** Far above a decision's milliseconds; the longest another process waits after a holder died. */
const HOLD_MS = 10_000;
const RETRY_MIN_MS = 1;
/**
 * A holder hands the lock to its own next caller at once, so another process
 * gets it only in a gap: polling at most every ~5 ms keeps its waits short (at
 * 50 ms, two worker processes decided fewer pages a second than one). A waiting
 * process then costs Redis a few hundred SET NX a second.
 */
const RETRY_MAX_MS = 5;

const RELEASE_SCRIPT = new LuaScript(`if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`);

export class DedupLock {
  readonly #redis: Redis;
  readonly #key: string;
  readonly #holdMs: number;
  /** Settles when the previous caller in this process is done. */
  #line: Promise<void> = Promise.resolve();

  constructor(redis: Redis, key: string, options: { holdMs?: number } = {}) {
    this.#redis = redis;
    this.#key = key;
    this.#holdMs = options.holdMs ?? HOLD_MS;
  }

  /** Runs `decide` while no other dedup decision runs in any process. */
  async run<T>(decide: () => Promise<T>): Promise<T> {
    const before = this.#line;
    let done!: () => void;
    this.#line = new Promise<void>((resolve) => (done = resolve));
    let release: Promise<unknown> = Promise.resolve();
    try {
      await before;
      const token = await this.#acquire();
      try {
        return await decide();
      } finally {
        // A failed release (Redis gone) leaves the key to expire.
        release = RELEASE_SCRIPT.run(this.#redis, [this.#key], [token]).catch(() => undefined);
      }
    } finally {
      done();
      await release;
    }
  }

  async #acquire(): Promise<string> {
    const token = randomUUID();
    for (let waitMs = RETRY_MIN_MS; ; waitMs = Math.min(waitMs * 2, RETRY_MAX_MS)) {
      if ((await this.#redis.set(this.#key, token, 'PX', this.#holdMs, 'NX')) === 'OK') return token;
      await new Promise((r) => setTimeout(r, waitMs / 2 + Math.random() * waitMs));
    }
  }
}
