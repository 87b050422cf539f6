/**
 * The embedded mode's durable alert outbox: one row per alert key and
 * channel, written beside the published document, delivered by
 * AlertDispatcher. A row is marked delivered right after its receiver
 * accepted it, so a restart delivers what was pending and nothing that was
 * delivered; the window between a receiver's 2xx and that mark is what the
 * Idempotency-Key header is for.
 */
import type Database from 'better-sqlite3';
import type { Alert, Watch } from '../pipeline/watches/index.js';
import { channelsOf, type AlertChannel } from '../runtime/alerts/deliver.js';
import type { Db } from '../runtime/db.js';

export type OutboxStatus = 'pending' | 'delivered' | 'failed';

/**
 * `next_at_ms` of a row held until its document's row is committed: a group
 * commit may still roll both back, and an alert sent for a document a crash
 * then loses would be sent again when the page is published again.
 */
const HELD_AT_MS = Number.MAX_SAFE_INTEGER;

export interface OutboxRow {
  alert: Alert;
  channel: AlertChannel;
  attempts: number;
}

/** Per watch and channel: what waits, what failed and the last failure, for health. */
export interface OutboxHealth {
  watchId: string;
  channel: AlertChannel;
  pending: number;
  delivered: number;
  failed: number;
  lastError: { code: string; message: string; at: string } | null;
}

interface RawRow {
  body: string;
  channel: AlertChannel;
  attempts: number;
  watch_id: string;
  kind: Alert['kind'];
  key: string;
}

export class SqliteAlertOutbox {
  readonly #db: Db;
  // Prepared once: enqueue runs for every published document.
  readonly #insert: Database.Statement;
  readonly #release: Database.Statement;

  constructor(db: Db) {
    this.#db = db;
    db.exec(`CREATE TABLE IF NOT EXISTS alert_outbox (
      key TEXT NOT NULL, channel TEXT NOT NULL, watch_id TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL,
      status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_at_ms INTEGER NOT NULL,
      last_code TEXT, last_error TEXT, last_error_at TEXT, created_at TEXT NOT NULL, delivered_at TEXT,
      PRIMARY KEY (key, channel)
    );
    CREATE INDEX IF NOT EXISTS alert_outbox_due ON alert_outbox(status, next_at_ms)`);
    this.#insert = db.prepare(
      `INSERT OR IGNORE INTO alert_outbox (key, channel, watch_id, kind, body, status, next_at_ms, created_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)`,
    );
    this.#release = db.prepare('UPDATE alert_outbox SET next_at_ms = ? WHERE key = ? AND next_at_ms = ?');
  }

  /**
   * Stores each alert once per channel its watch delivers to; an alert key
   * stored before is left as it is. `held`: not delivered before `release`.
   * Returns the keys stored.
   */
  enqueue(alerts: readonly Alert[], watchOf: (id: string) => Watch | undefined, options: { held?: boolean; now?: Date } = {}): string[] {
    const now = options.now ?? new Date();
    const atMs = options.held ? HELD_AT_MS : now.getTime();
    const insert = this.#insert;
    const keys: string[] = [];
    for (const alert of alerts) {
      const watch = watchOf(alert.watchId);
      if (!watch) continue;
      for (const channel of channelsOf(watch)) {
        if (insert.run(alert.key, channel, alert.watchId, alert.kind, JSON.stringify(alert.body), atMs, now.toISOString()).changes > 0) keys.push(alert.key);
      }
    }
    return keys;
  }

  /** Makes held rows of these keys due now (their document is committed). */
  release(keys: readonly string[], now = new Date()): void {
    const update = this.#release;
    for (const key of new Set(keys)) update.run(now.getTime(), key, HELD_AT_MS);
  }

  /** Makes every held row due: at start, whatever the database holds was committed. */
  releaseAll(now = new Date()): void {
    this.#db.prepare('UPDATE alert_outbox SET next_at_ms = ? WHERE next_at_ms = ?').run(now.getTime(), HELD_AT_MS);
  }

  /** Pending rows whose time has come, oldest first. */
  due(nowMs: number, limit: number): OutboxRow[] {
    const rows = this.#db
      .prepare(
        `SELECT key, channel, watch_id, kind, body, attempts FROM alert_outbox WHERE status = 'pending' AND next_at_ms <= ? ORDER BY next_at_ms, created_at LIMIT ?`,
      )
      .all(nowMs, limit) as RawRow[];
    return rows.map((r) => ({ alert: { key: r.key, watchId: r.watch_id, kind: r.kind, body: JSON.parse(r.body) }, channel: r.channel, attempts: r.attempts }));
  }

  /** Milliseconds until the next pending row is due (0: now), or null when none waits. */
  nextDueInMs(nowMs: number): number | null {
    const next = this.#db.prepare(`SELECT MIN(next_at_ms) FROM alert_outbox WHERE status = 'pending' AND next_at_ms < ?`).pluck().get(HELD_AT_MS) as
      | number
      | null;
    return next === null ? null : Math.max(0, next - nowMs);
  }

  markDelivered(key: string, channel: AlertChannel, attempts: number, now = new Date()): void {
    this.#db
      .prepare(`UPDATE alert_outbox SET status = 'delivered', attempts = ?, delivered_at = ? WHERE key = ? AND channel = ?`)
      .run(attempts, now.toISOString(), key, channel);
  }

  /** Records a failed attempt: pending again at `nextAtMs`, or failed for good when `nextAtMs` is null. */
  markAttemptFailed(
    key: string,
    channel: AlertChannel,
    attempts: number,
    error: { code: string; message: string },
    nextAtMs: number | null,
    now = new Date(),
  ): void {
    this.#db
      .prepare(
        `UPDATE alert_outbox SET status = ?, attempts = ?, next_at_ms = COALESCE(?, next_at_ms), last_code = ?, last_error = ?, last_error_at = ? WHERE key = ? AND channel = ?`,
      )
      .run(nextAtMs === null ? 'failed' : 'pending', attempts, nextAtMs, error.code, error.message, now.toISOString(), key, channel);
  }

  /** Counts per watch and channel with the last failure (GET /health, `watches list`). */
  health(): OutboxHealth[] {
    const rows = this.#db
      .prepare(
        `SELECT watch_id, channel,
          SUM(status = 'pending') AS pending, SUM(status = 'delivered') AS delivered, SUM(status = 'failed') AS failed,
          (SELECT last_code || char(0) || last_error || char(0) || last_error_at FROM alert_outbox i
            WHERE i.watch_id = o.watch_id AND i.channel = o.channel AND i.last_error_at IS NOT NULL ORDER BY i.last_error_at DESC LIMIT 1) AS last
        FROM alert_outbox o GROUP BY watch_id, channel ORDER BY watch_id, channel`,
      )
      .all() as Array<{ watch_id: string; channel: AlertChannel; pending: number; delivered: number; failed: number; last: string | null }>;
    return rows.map((r) => {
      const [code = '', message = '', at = ''] = r.last?.split('\0') ?? [];
      return {
        watchId: r.watch_id,
        channel: r.channel,
        pending: r.pending,
        delivered: r.delivered,
        failed: r.failed,
        lastError: r.last === null ? null : { code, message, at },
      };
    });
  }
}
