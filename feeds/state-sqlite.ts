/**
 * Per-feed polling state: validators for conditional GET, schedule, and health.
 * Feed definitions come from the config file; only their state is stored here.
 */
import type { Db } from '../runtime/db.js';

export interface FeedState {
  feedId: string;
  etag: string | null;
  lastModified: string | null;
  /** Hash of the last feed body: a fallback for servers whose validators lie. */
  contentHash: string | null;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  nextPollAt: string | null;
  consecutiveFailures: number;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
}

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
  };
}

export class FeedStateStore {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
    db.exec(`CREATE TABLE IF NOT EXISTS feed_state (
      feed_id TEXT PRIMARY KEY,
      etag TEXT, last_modified TEXT, content_hash TEXT,
      last_polled_at TEXT, last_success_at TEXT, next_poll_at TEXT,
      consecutive_failures INTEGER NOT NULL DEFAULT 0,
      last_error_code TEXT, last_error_message TEXT
    )`);
  }

  get(feedId: string): FeedState {
    const row = this.#db.prepare('SELECT * FROM feed_state WHERE feed_id = ?').get(feedId) as FeedStateRow | undefined;
    return row ? fromRow(row) : emptyState(feedId);
  }

  recordSuccess(
    feedId: string,
    update: { etag: string | null; lastModified: string | null; contentHash: string | null; at: string; nextPollAt: string },
  ): void {
    this.#db
      .prepare(
        `INSERT INTO feed_state (feed_id, etag, last_modified, content_hash, last_polled_at, last_success_at, next_poll_at, consecutive_failures)
         VALUES (@feedId, @etag, @lastModified, @contentHash, @at, @at, @nextPollAt, 0)
         ON CONFLICT(feed_id) DO UPDATE SET etag = @etag, last_modified = @lastModified, content_hash = @contentHash,
           last_polled_at = @at, last_success_at = @at, next_poll_at = @nextPollAt, consecutive_failures = 0,
           last_error_code = NULL, last_error_message = NULL`,
      )
      .run({ feedId, ...update });
  }

  recordFailure(feedId: string, failure: { code: string; message: string; at: string; nextPollAt: string }): void {
    this.#db
      .prepare(
        `INSERT INTO feed_state (feed_id, last_polled_at, next_poll_at, consecutive_failures, last_error_code, last_error_message)
         VALUES (@feedId, @at, @nextPollAt, 1, @code, @message)
         ON CONFLICT(feed_id) DO UPDATE SET last_polled_at = @at, next_poll_at = @nextPollAt,
           consecutive_failures = consecutive_failures + 1, last_error_code = @code, last_error_message = @message`,
      )
      .run({ feedId, ...failure });
  }

  all(): FeedState[] {
    const rows = this.#db.prepare('SELECT * FROM feed_state ORDER BY feed_id').all() as FeedStateRow[];
    return rows.map(fromRow);
  }
}

function emptyState(feedId: string): FeedState {
  return {
    feedId,
    etag: null,
    lastModified: null,
    contentHash: null,
    lastPolledAt: null,
    lastSuccessAt: null,
    nextPollAt: null,
    consecutiveFailures: 0,
    lastErrorCode: null,
    lastErrorMessage: null,
  };
}
