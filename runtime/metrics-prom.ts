/**
 * The metrics port backed by prom-client, for `GET /metrics`. Each instance
 * owns its registry (no prom-client global), so two servers in one process
 * (tests) never share or double-register counters.
 *
 * Invariant: label values are bounded. Stages and outcomes are fixed lists,
 * codes come from ERROR_CODES, and hosts are capped at MAX_HOST_LABELS (the
 * rest count under "other"), so a crawl of many sites cannot blow up the
 * number of series.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import {
  ALERT_OUTCOMES,
  METRIC_STAGES,
  STAGE_OUTCOMES,
  type AlertOutcome,
  type MetricsRecorder,
  type MetricStage,
  type StageOutcome,
  type ThrottleKind,
} from './metrics.js';

/** Distinct host label values kept; later hosts are counted as OTHER_HOST. */
export const MAX_HOST_LABELS = 500;
export const OTHER_HOST = 'other';
/** From a cached dedup lookup (milliseconds) to a slow page behind a browser (tens of seconds). */
export const STAGE_DURATION_BUCKETS_SECS = [0.001, 0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** The job states whose counts are exported; completed jobs are history, not depth. */
export const QUEUE_DEPTH_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/** Jobs of one queue in one state, as the distributed mode reports them. */
export interface QueueDepth {
  queue: string;
  state: (typeof QUEUE_DEPTH_STATES)[number];
  count: number;
}

/** Failed page jobs put back to wait (reason `stalled`, `retries_exhausted`) or left failed (`gave_up`), per queue. */
export interface JobRequeues {
  queue: string;
  reason: string;
  count: number;
}

export interface PromMetricsOptions {
  /** Read at each scrape (distributed mode): BullMQ job counts per queue and state. */
  queueDepths?: () => Promise<QueueDepth[]>;
  /** Read at each scrape (distributed mode): the reconciler's requeue counters. */
  jobRequeues?: () => Promise<JobRequeues[]>;
  /** Process metrics (CPU, memory, event loop lag); on by default. */
  processMetrics?: boolean;
}

export class PromMetrics implements MetricsRecorder {
  readonly registry = new Registry();
  readonly #items: Counter<'stage' | 'outcome'>;
  readonly #durations: Histogram<'stage'>;
  readonly #errors: Counter<'stage' | 'code'>;
  readonly #throttled: Counter<'host' | 'kind'>;
  readonly #hosts = new Set<string>();
  readonly #alerts: Counter<'channel' | 'outcome' | 'code'>;

  constructor(options: PromMetricsOptions = {}) {
    const registers = [this.registry];
    this.#items = new Counter({
      name: 'wirewatch_stage_items_total',
      help: 'Work items that left a stage, by outcome (done, skipped, failed)',
      labelNames: ['stage', 'outcome'],
      registers,
    });
    this.#durations = new Histogram({
      name: 'wirewatch_stage_duration_seconds',
      help: 'Time one item spent in a stage',
      labelNames: ['stage'],
      buckets: STAGE_DURATION_BUCKETS_SECS,
      registers,
    });
    this.#errors = new Counter({ name: 'wirewatch_errors_total', help: 'Failures by stage and stable error code', labelNames: ['stage', 'code'], registers });
    this.#throttled = new Counter({
      name: 'wirewatch_host_throttled_total',
      help: 'Requests held back per host: wait (per-host limits) or rate_limit_pause (the host answered 429/503 Retry-After)',
      labelNames: ['host', 'kind'],
      registers,
    });
    this.#alerts = new Counter({
      name: 'wirewatch_alert_deliveries_total',
      help: 'Delivery attempts of watch alerts by channel (webhook, digest), outcome (delivered, retry, failed) and error code (none when delivered)',
      labelNames: ['channel', 'outcome', 'code'],
      registers,
    });
    for (const outcome of ALERT_OUTCOMES) this.#alerts.inc({ channel: 'webhook', outcome, code: outcome === 'delivered' ? 'none' : 'WEBHOOK_FAILED' }, 0);
    // Every stage and outcome exists from the first scrape, so rates and alerts never see a missing series.
    for (const stage of METRIC_STAGES) for (const outcome of STAGE_OUTCOMES) this.#items.inc({ stage, outcome }, 0);
    if (options.queueDepths) this.#registerQueueDepths(options.queueDepths);
    if (options.jobRequeues) this.#registerJobRequeues(options.jobRequeues);
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'wirewatch_' });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The exposition text of every metric. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  stageItem(stage: MetricStage, outcome: StageOutcome): void {
    this.#items.inc({ stage, outcome });
  }

  stageDuration(stage: MetricStage, seconds: number): void {
    this.#durations.observe({ stage }, seconds);
  }

  error(stage: MetricStage, code: string): void {
    this.#errors.inc({ stage, code });
  }

  hostThrottled(host: string, kind: ThrottleKind): void {
    this.#throttled.inc({ host: this.#hostLabel(host), kind });
  }

  alertDelivery(channel: string, outcome: AlertOutcome, code?: string): void {
    this.#alerts.inc({ channel, outcome, code: code ?? 'none' });
  }

  #hostLabel(host: string): string {
    if (this.#hosts.has(host)) return host;
    if (this.#hosts.size >= MAX_HOST_LABELS) return OTHER_HOST;
    this.#hosts.add(host);
    return host;
  }

  #registerJobRequeues(read: () => Promise<JobRequeues[]>): void {
    new Gauge({
      name: 'wirewatch_jobs_requeued',
      help: 'Failed page jobs the reconciler put back to wait (reason stalled, retries_exhausted) or left failed (gave_up), since Redis was empty',
      labelNames: ['queue', 'reason'],
      registers: [this.registry],
      async collect() {
        // Unreadable (Redis down): left out of this scrape, as wirewatch_queue_depth_up 0 says.
        const counts = await read().catch(() => []);
        this.reset();
        for (const c of counts) this.set({ queue: c.queue, reason: c.reason }, c.count);
      },
    });
  }

  #registerQueueDepths(read: () => Promise<QueueDepth[]>): void {
    // The registry collects all metrics at once; `up` waits for this scrape's read, which the depth gauge
    // (registered first, so collected first) starts.
    let reading: Promise<QueueDepth[] | null> = Promise.resolve(null);
    new Gauge({
      name: 'wirewatch_queue_jobs',
      help: 'BullMQ jobs per queue and state (waiting, active, delayed, failed)',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        // A Redis outage must not break the scrape of everything else: it shows as wirewatch_queue_depth_up 0.
        reading = read().catch(() => null);
        const depths = await reading;
        this.reset();
        for (const d of depths ?? []) this.set({ queue: d.queue, state: d.state }, d.count);
      },
    });
    new Gauge({
      name: 'wirewatch_queue_depth_up',
      help: '1 when this scrape read the queue depths from Redis, 0 when it failed',
      registers: [this.registry],
      async collect() {
        this.set((await reading) === null ? 0 : 1);
      },
    });
  }
}
