/**
 * Delivers the embedded outbox (local/alert-outbox.ts): due rows are sent a
 * few at a time, each marked delivered, pending again with backoff, or failed
 * for good. One loop per process takes rows, so a row is never sent twice at once.
 */
import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { AlertsConfig } from '../config/schema.js';
import { errorCode, errorKind, PermanentError } from '../pipeline/errors.js';
import type { Watch } from '../pipeline/watches/index.js';
import { deliverAlert, retryDelayMs } from '../runtime/alerts/deliver.js';
import type { MetricsRecorder } from '../runtime/metrics.js';
import type { OutboxRow, SqliteAlertOutbox } from './alert-outbox.js';

/** Rows taken per round, and sent at once. */
const BATCH_ROWS = 32;
const PARALLEL_DELIVERIES = 4;
/** Longest wait between rounds: alerts enqueued meanwhile go out within it. */
const MAX_IDLE_MS = 500;

export interface AlertDispatcherDeps {
  outbox: SqliteAlertOutbox;
  /** The watch as defined now (its webhook URL and secret); undefined when removed. */
  watchOf: (id: string) => Watch | undefined;
  config: AlertsConfig;
  digestDir: string;
  logger: Logger;
  metrics?: MetricsRecorder;
  now?: () => Date;
}

export class AlertDispatcher {
  readonly #deps: AlertDispatcherDeps;
  readonly #now: () => Date;
  #timer: NodeJS.Timeout | null = null;
  #round: Promise<number> = Promise.resolve(0);
  #closed = false;

  constructor(deps: AlertDispatcherDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => new Date());
  }

  /** Starts delivering in the background, with what an earlier process left. */
  start(): void {
    this.#deps.outbox.releaseAll(this.#now());
    this.#schedule(0);
  }

  #schedule(delayMs: number): void {
    if (this.#closed) return;
    this.#timer = setTimeout(() => {
      void this.runRound().then(
        () => this.#schedule(Math.min(MAX_IDLE_MS, this.#deps.outbox.nextDueInMs(this.#now().getTime()) ?? MAX_IDLE_MS)),
        (err: Error) => {
          this.#deps.logger.error({ err: err.message }, 'alert delivery round failed');
          this.#schedule(MAX_IDLE_MS);
        },
      );
    }, delayMs);
    this.#timer.unref();
  }

  /** One round after the one in flight (rounds never overlap, so no row is sent twice at once); returns rows attempted. */
  runRound(): Promise<number> {
    this.#round = this.#round.catch(() => 0).then(() => this.#deliverDue());
    return this.#round;
  }

  async #deliverDue(): Promise<number> {
    const rows = this.#deps.outbox.due(this.#now().getTime(), BATCH_ROWS);
    const limit = pLimit(PARALLEL_DELIVERIES);
    await Promise.all(rows.map((row) => limit(() => this.#deliver(row))));
    return rows.length;
  }

  async #deliver(row: OutboxRow): Promise<void> {
    const { outbox, config, digestDir, logger, metrics } = this.#deps;
    const { alert, channel } = row;
    const attempt = row.attempts + 1;
    try {
      const watch = this.#deps.watchOf(alert.watchId);
      if (!watch) throw new PermanentError('WATCH_UNKNOWN', `watch "${alert.watchId}" was removed`);
      await deliverAlert(alert, watch, channel, { config, digestDir, attempt });
      outbox.markDelivered(alert.key, channel, attempt, this.#now());
      metrics?.alertDelivery?.(channel, 'delivered');
    } catch (err) {
      const code = errorCode(err);
      const message = (err as Error).message;
      const final = errorKind(err) === 'permanent' || attempt >= config.maxAttempts;
      const nextAtMs = final ? null : this.#now().getTime() + retryDelayMs(attempt, config);
      outbox.markAttemptFailed(alert.key, channel, attempt, { code, message }, nextAtMs, this.#now());
      metrics?.alertDelivery?.(channel, final ? 'failed' : 'retry', code);
      logger.warn(
        { watchId: alert.watchId, key: alert.key, channel, attempt, code, err: message },
        final ? 'alert delivery failed' : 'alert delivery will retry',
      );
    }
  }

  /** Delivers what is due until nothing is or `deadlineMs` passes (a one-shot run before it exits). */
  async drain(deadlineMs: number): Promise<void> {
    await this.#round;
    const end = Date.now() + deadlineMs;
    while (Date.now() < end) {
      const wait = this.#deps.outbox.nextDueInMs(this.#now().getTime());
      if (wait === null || wait > end - Date.now()) return;
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      await this.runRound();
    }
  }

  /** Stops the loop after the round in flight. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#round.catch(() => undefined);
  }
}
