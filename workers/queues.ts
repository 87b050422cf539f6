/**
 * Queue rules in one place: names, the typed data of each stage's jobs, job ids
 * and job options. Job ids are deterministic (never containing ':' and never all
 * digits, as BullMQ requires) so a retried producer does not enqueue twice; they
 * are no dedup guarantee, which lives in pipeline/dedup.
 */
import { createHash } from 'node:crypto';
import type { DefaultJobOptions } from 'bullmq';
import { z } from 'zod';
import { storedFeedSchema, type FeedConfig } from '../config/schema.js';
import type { ClaimsStepInput, DedupStepInput, PageOrigin } from '../pipeline/chain/index.js';
import { articleDocumentSchema, type ArticleDocument } from '../pipeline/output.js';
import type { FeedEntry, FetchedPage } from '../pipeline/types.js';
import type { Alert } from '../pipeline/watches/index.js';
import type { AlertChannel } from '../runtime/alerts/deliver.js';

/** Every key wirewatch writes in Redis starts with this prefix. */
export const DEFAULT_PREFIX = 'wirewatch';

export const QUEUE = {
  poll: 'ww-poll',
  fetch: 'ww-fetch',
  extract: 'ww-extract',
  dedup: 'ww-dedup',
  claims: 'ww-claims',
  /** Read by downstream consumers: one `wirewatch.article/v1` document per job. */
  output: 'wirewatch-articles',
} as const;

export type StageName = Exclude<keyof typeof QUEUE, 'output'>;

/** Watch alerts to deliver (workers/alerts.ts): not a stage of the chain, run beside the claims stage. */
export const ALERT_QUEUE = 'ww-alerts';
export const STAGE_NAMES: StageName[] = ['poll', 'fetch', 'extract', 'dedup', 'claims'];

/**
 * The feed definition travels with its poll job, so workers on any machine need
 * no copy of the feed registry (it lives where the scheduler runs).
 */
export interface PollJob {
  feedId: string;
  feed?: FeedConfig;
}
export interface FetchJob {
  feedId: string;
  feedUrl: string;
  entry: FeedEntry;
}
/**
 * The page's HTML travels packed (runtime/html-codec.ts): a third of the bytes
 * through Redis. Jobs queued by earlier versions carry `page.html` instead.
 */
export interface ExtractJob {
  origin: PageOrigin;
  page: Omit<FetchedPage, 'html' | 'body'> & { html?: string };
  packedHtml?: string;
}
/** The dedup step's input (pipeline/chain). */
export type DedupJob = DedupStepInput;
/** The claims step's input (pipeline/chain). */
export type ClaimsJob = ClaimsStepInput;
export type OutputJob = ArticleDocument;
/** One alert (pipeline/watches) for one channel of its watch. */
export interface AlertJob {
  alert: Alert;
  channel: AlertChannel;
}

const entrySchema = z.object({
  url: z.string(),
  feedId: z.string(),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  author: z.string().optional(),
  guid: z.string().optional(),
});

/** Job data crosses process and version boundaries: check it before use. */
export const JOB_SCHEMAS = {
  poll: z.object({ feedId: z.string().min(1), feed: storedFeedSchema.optional() }),
  fetch: z.object({ feedId: z.string(), feedUrl: z.string(), entry: entrySchema }),
  output: articleDocumentSchema,
};

function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 24);
}

/** Deterministic ids per stage: one job per URL key / article version while it exists. */
export const jobId = {
  fetch: (urlKey: string) => `fetch-${shortHash(urlKey)}`,
  extract: (urlKey: string) => `extract-${shortHash(urlKey)}`,
  dedup: (urlKey: string) => `dedup-${shortHash(urlKey)}`,
  claims: (articleId: string, textHash: string) => `claims-${articleId}-${textHash.slice(0, 16)}`,
  output: (idempotencyKey: string) => `article-${idempotencyKey}`,
};

/**
 * Dedup jobs run one at a time across all workers (BullMQ global concurrency):
 * their story decisions are serialized anyway (the Redis dedup store's lock,
 * workers/redis-dedup/lock.ts, which also holds off decisions made in-process right
 * after extract), and a job waiting for the lock would hold its job lock
 * meanwhile. Dedup is cheap next to fetching and parsing (a few milliseconds a
 * document), so this is not the bottleneck at news volumes.
 */
export const DEDUP_GLOBAL_CONCURRENCY = 1;

/** Transient failures retry with exponential backoff and jitter; permanent ones fail at once. */
export const STAGE_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
};

/** Output jobs stay until a consumer completes them: no removal before consumption. */
export const OUTPUT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 3,
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: false,
};
