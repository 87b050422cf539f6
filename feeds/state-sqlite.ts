/**
 * The FeedState port (feeds/state.ts) in SQLite, for the embedded mode. Feed
 * definitions come from the config file and the feed registry; only their state is stored here.
 */
import type { Db } from '../runtime/db.js';
import { emptyFeedState, type FeedState, type FeedStateStore, type PollFailure, type PollSuccess } from './state.js';

export type { FeedState } from './state.js';

interface FeedStateRow {
  feed_id: string;
  etag: string | null;
  last_modified: string | null;
  content_hash: string | null;
  last_polled_at: string | null;
  last_success_at: string | null;
  next_poll_at: string | null;
  consecutive_failures: number;
  last_error_code: string | null;
  last_error_message: string | null;
  interval_secs: number | null;
  resume_offset: number | null;
}

function fromRow(row: FeedStateRow): FeedState {
  return {
    feedId: row.feed_id,
    etag: row.etag,
    lastModified: row.last_modified,
    contentHash: row.content_hash,
    lastPolledAt: row.last_polled_at,
    lastSuccessAt: row.last_success_at,
    nextPollAt: row.next_poll_at,
    consecutiveFailures: row.consecutive_failures,
    lastErrorCode: row.last_error_code,
    lastErrorMessage: row.last_error_message,
    intervalSecs: row.interval_secs,
    resumeOffset: row.resume_offset ?? 0,
  };
}

export class FeedStateSqlite implements FeedStateStore {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
    db.exec(`CREATE TABLE IF NOT EXISTS feed_state (
      feed_id TEXT PRIMARY KEY,
      etag TEXT, last_modified TEXT, content_hash TEXT,
      last_polled_at TEXT, last_success_at TEXT, next_poll_at TEXT,
      consecutive_failures INTEGER NOT NULL DEFAULT 0,
      last_error_code TEXT, last_error_message TEXT,
      interval_secs INTEGER, resume_offset INTEGER NOT NULL DEFAULT 0
    )`);
    // State directories written before these columns existed.
    const columns = db.prepare('PRAGMA table_info(feed_state)').all() as Array<{ name: string }>;
    if (!columns.some((c) => c.name === 'interval_secs')) db.exec('ALTER TABLE feed_state ADD COLUMN interval_secs INTEGER');
    if (!columns.some((c) => c.name === 'resume_offset')) db.exec('ALTER TABLE feed_state ADD COLUMN resume_offset INTEGER NOT NULL DEFAULT 0');
  }

  async get(feedId: string): Promise<FeedState> {
    return this.read(feedId);
  }

  /** `get` without waiting: SQLite answers at once (the feed service's views, the runner's due check). */
  read(feedId: string): FeedState {
    const row = this.#db.prepare('SELECT * FROM feed_state WHERE feed_id = ?').get(feedId) as FeedStateRow | undefined;
    return row ? fromRow(row) : emptyFeedState(feedId);
  }

  async recordSuccess(feedId: string, success: PollSuccess): Promise<void> {
    this.saveSuccess(feedId, success);
  }

  /** `recordSuccess` at once, so it can share a transaction with the entries the poll queued. */
  saveSuccess(feedId: string, success: PollSuccess): void {
    this.#db
      .prepare(
        `INSERT INTO feed_state (feed_id, etag, last_modified, content_hash, last_polled_at, last_success_at, next_poll_at, consecutive_failures, interval_secs, resume_offset)
         VALUES (@feedId, @etag, @lastModified, @contentHash, @at, @at, @nextPollAt, 0, @intervalSecs, @resumeOffset)
         ON CONFLICT(feed_id) DO UPDATE SET etag = @etag, last_modified = @lastModified, content_hash = @contentHash,
           last_polled_at = @at, last_success_at = @at, next_poll_at = @nextPollAt, consecutive_failures = 0,
           last_error_code = NULL, last_error_message = NULL, interval_secs = @intervalSecs, resume_offset = @resumeOffset`,
      )
      .run({ feedId, ...success, resumeOffset: success.resumeOffset ?? 0 });
  }

  async recordFailure(feedId: string, failure: PollFailure): Promise<void> {
    this.#db
      .prepare(
        `INSERT INTO feed_state (feed_id, last_polled_at, next_poll_at, consecutive_failures, last_error_code, last_error_message, interval_secs)
         VALUES (@feedId, @at, @nextPollAt, 1, @code, @message, @intervalSecs)
         ON CONFLICT(feed_id) DO UPDATE SET last_polled_at = @at, next_poll_at = @nextPollAt,
           consecutive_failures = consecutive_failures + 1, last_error_code = @code, last_error_message = @message,
           interval_secs = @intervalSecs`,
      )
      .run({ feedId, ...failure });
  }

  all(): FeedState[] {
    const rows = this.#db.prepare('SELECT * FROM feed_state ORDER BY feed_id').all() as FeedStateRow[];
    return rows.map(fromRow);
  }
}
