/**
 * Story records of the Redis dedup store and the worker's copies of them.
 * Invariant: a record is `<nonce><JSON of the StoryState>` with a nonce (16 hex
 * characters) drawn anew at every write, so a copy held under the record's current
 * nonce is the current state, whichever worker wrote it. The reads of one tick go
 * out as one script call (stories.ts, storyStates) that sends back only the records
 * whose nonce moved. Records written before the nonce (plain JSON, '{') still read.
 */
import type { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { StoryState } from '../../pipeline/dedup/index.js';
import { storyStates } from './stories.js';

const NONCE_CHARS = 16;
/** Parsed story states kept, of at most this many stories (least recently read dropped first). */
const KEPT_STORIES = 5000;

/** The record to store for a state, under a new nonce. */
export function storyRecord(state: StoryState): string {
  return randomBytes(NONCE_CHARS / 2).toString('hex') + JSON.stringify(state);
}

/** The state in a record, and its nonce ('' for a record written before nonces). */
export function parseStoryRecord(record: string): { state: StoryState; nonce: string } {
  if (record.startsWith('{')) return { state: JSON.parse(record) as StoryState, nonce: '' };
  return { state: JSON.parse(record.slice(NONCE_CHARS)) as StoryState, nonce: record.slice(0, NONCE_CHARS) };
}

interface PendingRead {
  storyId: string;
  resolve: (state: StoryState | null) => void;
  reject: (err: unknown) => void;
}

/**
 * Reads story states through the worker's copies. Exact across workers: a copy
 * is handed out only when Redis answers that the record still carries its
 * nonce. StoryState is never mutated by the dedup code (`addMember` returns a
 * new one), so copies are shared, not cloned.
 */
export class StoryStateReader {
  readonly #kept = new Map<string, { nonce: string; state: StoryState }>();
  #pending: PendingRead[] = [];

  constructor(
    private readonly redis: Redis,
    private readonly keyOf: (storyId: string) => string,
  ) {}

  read(storyId: string): Promise<StoryState | null> {
    return new Promise((resolve, reject) => {
      // The reads made in this tick (an article's candidates, other pages' too) leave together.
      if (this.#pending.push({ storyId, resolve, reject }) === 1) queueMicrotask(() => void this.#flush());
    });
  }

  /**
   * A record this worker has just written: its next read costs no transfer. Kept
   * as parsed from the record, so exactly what a read would give.
   */
  wrote(storyId: string, record: string): void {
    const { state, nonce } = parseStoryRecord(record);
    if (nonce !== '') this.#keep(storyId, nonce, state);
  }

  async #flush(): Promise<void> {
    const batch = this.#pending;
    this.#pending = [];
    const nonces = batch.map(({ storyId }) => this.#kept.get(storyId)?.nonce ?? '');
    let replies: Array<string | 1 | null>;
    try {
      replies = await storyStates(
        this.redis,
        batch.map(({ storyId }) => this.keyOf(storyId)),
        nonces,
      );
    } catch (err) {
      for (const read of batch) read.reject(err);
      return;
    }
    const parsedHere = new Map<string, { state: StoryState; nonce: string }>();
    batch.forEach((read, i) => {
      const reply = replies[i] ?? null;
      const kept = this.#kept.get(read.storyId);
      if (reply === 1 && kept !== undefined && kept.nonce === nonces[i]) {
        this.#keep(read.storyId, kept.nonce, kept.state);
        read.resolve(kept.state);
      } else if (typeof reply === 'string') {
        // A story asked twice in one batch is parsed once.
        const parsed = parsedHere.get(reply) ?? parseStoryRecord(reply);
        parsedHere.set(reply, parsed);
        if (parsed.nonce !== '') this.#keep(read.storyId, parsed.nonce, parsed.state);
        read.resolve(parsed.state);
      } else if (reply === 1) {
        // The copy was replaced while the call was out (a write of this worker): read again.
        this.read(read.storyId).then(read.resolve, read.reject);
      } else {
        read.resolve(null);
      }
    });
  }

  #keep(storyId: string, nonce: string, state: StoryState): void {
    this.#kept.delete(storyId);
    this.#kept.set(storyId, { nonce, state });
    if (this.#kept.size > KEPT_STORIES) this.#kept.delete(this.#kept.keys().next().value as string);
  }
}
