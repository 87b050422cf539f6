/**
 * Feed entries listed by a poll and not done yet, in SQLite, for the embedded
 * mode. Invariant: a feed's validators and content hash advance in the same
 * transaction that queues the entries its poll listed (runner), and an entry
 * leaves this table only in the commit that records its outcome (its document,
 * its permanent failure, or its skip). A crash therefore leaves every listed,
 * unfinished entry here, and the next run resumes it whatever the feed answers.
 * (The distributed mode needs no such table: its fetch jobs are the pending state.)
 */
import type Database from 'better-sqlite3';
import type { FeedEntry } from '../pipeline/types.js';
import type { Db } from '../runtime/db.js';

/** Attempts at a transiently failing entry before it is dropped (its failure stays in page_failures). */
export const MAX_PENDING_ATTEMPTS = 5;
/** Wait before the first retry of a transiently failed entry; doubled at each further attempt. */
export const PENDING_RETRY_BASE_SECS = 60;

export interface PendingEntry {
  feedId: string;
  urlKey: string;
  entry: FeedEntry;
  attempts: number;
}

export class PendingEntriesSqlite {
  readonly #db: Db;
  readonly #queue: Database.Statement;
  readonly #take: Database.Statement;
  readonly #done: Database.Statement;
  readonly #retry: Database.Statement;
  readonly #count: Database.Statement;
  readonly #readyFeeds: Database.Statement;
  readonly #nextRetry: Database.Statement;
  readonly #attempts: Database.Statement;

  constructor(db: Db) {
    this.#db = db;
    // Row order is listing order: entries are taken in the order their feeds listed them.
    db.exec(`CREATE TABLE IF NOT EXISTS feed_pending (
      feed_id TEXT NOT NULL, url_key TEXT NOT NULL, entry TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0, retry_at TEXT,
      PRIMARY KEY (feed_id, url_key)
    );
    CREATE INDEX IF NOT EXISTS feed_pending_order ON feed_pending(feed_id, retry_at)`);
    this.#queue = db.prepare(
      `INSERT OR IGNORE INTO feed_pending (feed_id, url_key, entry)
       SELECT ?, json_extract(value, '$.k'), json_extract(value, '$.e') FROM json_each(?)`,
    );
    this.#take = db.prepare(
      `SELECT url_key, entry, attempts FROM feed_pending WHERE feed_id = ? AND (retry_at IS NULL OR retry_at <= ?) ORDER BY rowid LIMIT ?`,
    );
    this.#done = db.prepare('DELETE FROM feed_pending WHERE feed_id = ? AND url_key = ?');
    this.#retry = db.prepare('UPDATE feed_pending SET attempts = attempts + 1, retry_at = ? WHERE feed_id = ? AND url_key = ? RETURNING attempts');
    this.#count = db.prepare('SELECT COUNT(*) FROM feed_pending WHERE feed_id = ?').pluck();
    this.#readyFeeds = db.prepare('SELECT DISTINCT feed_id FROM feed_pending WHERE retry_at IS NULL OR retry_at <= ?').pluck();
    this.#nextRetry = db.prepare('SELECT MIN(retry_at) FROM feed_pending').pluck();
    this.#attempts = db.prepare('SELECT attempts FROM feed_pending WHERE feed_id = ? AND url_key = ?').pluck();
  }

  /** Queues entries (already queued ones keep their place and attempts); returns how many were new. */
  queue(feedId: string, entries: Array<{ urlKey: string; entry: FeedEntry }>): number {
    if (entries.length === 0) return 0;
    const json = JSON.stringify(entries.map(({ urlKey, entry }) => ({ k: urlKey, e: JSON.stringify(entry) })));
    return this.#queue.run(feedId, json).changes;
  }

  /** `queue`, and `alsoWrite` (the poll's new feed state) in the same transaction. */
  queueWith(feedId: string, entries: Array<{ urlKey: string; entry: FeedEntry }>, alsoWrite: () => void): number {
    return this.#db.transaction(() => {
      const added = this.queue(feedId, entries);
      alsoWrite();
      return added;
    })();
  }

  /** Up to `limit` entries of a feed due now, oldest listed first. */
  take(feedId: string, limit: number, now: Date): PendingEntry[] {
    const rows = this.#take.all(feedId, now.toISOString(), limit) as Array<{ url_key: string; entry: string; attempts: number }>;
    return rows.map((row) => ({ feedId, urlKey: row.url_key, entry: JSON.parse(row.entry) as FeedEntry, attempts: row.attempts }));
  }

  /** The entry reached its outcome: call in the commit that records it. */
  done(feedId: string, urlKey: string): void {
    this.#done.run(feedId, urlKey);
  }

  /**
   * A transient failure: the entry is tried again after a backoff, or dropped
   * after MAX_PENDING_ATTEMPTS. Returns true when it stays pending.
   */
  retryLater(feedId: string, urlKey: string, now: Date): boolean {
    const attempts = this.#peekAttempts(feedId, urlKey) + 1;
    if (attempts >= MAX_PENDING_ATTEMPTS) {
      this.done(feedId, urlKey);
      return false;
    }
    const retryAt = new Date(now.getTime() + PENDING_RETRY_BASE_SECS * 1000 * 2 ** (attempts - 1)).toISOString();
    return this.#retry.get(retryAt, feedId, urlKey) !== undefined;
  }

  count(feedId: string): number {
    return this.#count.get(feedId) as number;
  }

  /** Feeds with an entry due now. */
  readyFeeds(now: Date): Set<string> {
    return new Set(this.#readyFeeds.all(now.toISOString()) as string[]);
  }

  /** The earliest retry time of a waiting entry, ms; null when none waits. */
  nextRetryMs(): number | null {
    const at = this.#nextRetry.get() as string | null;
    return at === null ? null : Date.parse(at);
  }

  #peekAttempts(feedId: string, urlKey: string): number {
    return (this.#attempts.get(feedId, urlKey) as number | undefined) ?? 0;
  }
}
