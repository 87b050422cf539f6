/**
 * Document frequencies of the Redis dedup store, counted in this worker and
 * written in batches, each term once with its sum. Invariant: this worker reads its
 * own unwritten counts (exact, as the embedded store is); other workers see them at
 * the next flush, at most FLUSH_EVERY_MS later. A worker killed before a flush
 * undercounts by at most one batch: that shifts story weights, never duplicate detection.
 */
import type { Redis } from 'ioredis';
import { LuaScript } from '../lua-script.js';
import { TERM_BATCH_ARTICLES, TermCountBatch } from '../../pipeline/dedup/term-batch.js';

export const FLUSH_EVERY_ARTICLES = TERM_BATCH_ARTICLES;
export const FLUSH_EVERY_MS = 1000;

/** KEYS: docs counter, df hash. ARGV: ttl secs, document count, then term, count pairs. */
const ADD_TERM_COUNTS_SCRIPT = new LuaScript(`
redis.call('INCRBY', KEYS[1], ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[1])
for i = 3, #ARGV, 2 do redis.call('HINCRBY', KEYS[2], ARGV[i], ARGV[i + 1]) end
redis.call('EXPIRE', KEYS[2], ARGV[1])
return 1
`);

/** Where an epoch's counts go: its docs counter and df hash, and their ttl. */
export interface EpochKeys {
  epoch: number;
  docsKey: string;
  dfKey: string;
  ttlSecs: number;
}

export class TermCountBuffer {
  readonly #redis: Redis;
  #keys: EpochKeys | null = null;
  readonly #batch = new TermCountBatch();
  #timer: NodeJS.Timeout | null = null;
  #flushing: Promise<void> = Promise.resolve();
  readonly #onWrite: () => void;

  /** `onWrite`: told as a batch leaves for Redis (a cache of stored counts is stale from then on). */
  constructor(redis: Redis, options: { onWrite?: () => void } = {}) {
    this.#redis = redis;
    this.#onWrite = options.onWrite ?? (() => undefined);
  }

  /** Unwritten counts of `epoch`: its documents and each term's. */
  pending(epoch: number, terms: string[]): { documents: number; df: number[] } {
    if (this.#keys?.epoch !== epoch) return { documents: 0, df: terms.map(() => 0) };
    return this.#batch.pending(terms);
  }

  /** Counts one document and each of its distinct terms; writes the batch when it is full. */
  async add(keys: EpochKeys, terms: string[]): Promise<void> {
    if (this.#keys !== null && this.#keys.epoch !== keys.epoch) await this.flush();
    this.#keys = keys;
    this.#batch.add(terms);
    if (this.#batch.documents >= FLUSH_EVERY_ARTICLES) await this.flush();
    else this.#timer ??= setTimeout(() => void this.flush().catch(() => undefined), FLUSH_EVERY_MS).unref();
  }

  /** Writes the counts so far (one script call); on failure they stay for the next flush. */
  flush(): Promise<void> {
    this.#flushing = this.#flushing.catch(() => undefined).then(() => this.#write());
    return this.#flushing;
  }

  async #write(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const keys = this.#keys;
    if (keys === null || this.#batch.documents === 0) return;
    const taken = this.#batch.take();
    this.#onWrite();
    const args: Array<string | number> = [keys.ttlSecs, taken.documents];
    for (const [term, count] of taken.df) args.push(term, count);
    try {
      await ADD_TERM_COUNTS_SCRIPT.run(this.#redis, [keys.docsKey, keys.dfKey], args);
    } catch (err) {
      // Kept for the next flush, unless the epoch moved on meanwhile.
      if (this.#keys?.epoch === keys.epoch) this.#batch.restore(taken);
      throw err;
    }
  }
}
