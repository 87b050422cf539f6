/**
 * The one schema of a wirewatch config file (YAML). Types are derived from it
 * with `z.output`, never written twice. Defaults live here and only here.
 * Every object is strict: an unknown key (most often a typo) is refused, not
 * ignored; config/problems.ts names the known key it most likely meant.
 */
import { z } from 'zod';
import { SHIPPED_PACKS } from '../pipeline/claims/index.js';
import { FEED_KINDS, RENDER_MODES } from '../pipeline/types.js';
import { isPackPath, packFileSchema, sourceSchema } from './pack-schema.js';
import { watchSchema } from '../pipeline/watches/schema.js';

/** Poll intervals outside this range are refused: too fast is impolite, too slow is useless. */
export const MIN_POLL_INTERVAL_SECS = 60;
export const MAX_POLL_INTERVAL_SECS = 7 * 24 * 3600;

const FEED_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export const feedSchema = z.strictObject({
  id: z.string().regex(FEED_ID, 'feed id: lower-case letters, digits, "-" or "_", at most 64 characters'),
  name: z.string().min(1).optional(),
  url: z.url({ protocol: /^https?$/, error: 'feed url must be an absolute http(s) URL' }),
  kind: z.enum(FEED_KINDS).default('auto'),
  pollIntervalSecs: z.number().int().min(MIN_POLL_INTERVAL_SECS).max(MAX_POLL_INTERVAL_SECS).default(900),
  render: z.enum(RENDER_MODES).default('auto'),
  /** For `kind: html` section pages: only links whose URL matches are articles. */
  allowPattern: z.string().optional(),
  paused: z.boolean().default(false),
});

/**
 * A feed definition read back from storage or job data, which another version
 * of wirewatch may have written: keys this version does not know are dropped,
 * not refused (strictness is for what people type).
 */
export const storedFeedSchema = z.object(feedSchema.shape);

const perHostSchema = z
  .strictObject({
    maxInFlight: z.number().int().min(1).max(16).default(2),
    minDelayMs: z.number().int().min(0).max(600_000).default(1000),
  })
  .prefault({});

const allowPrivateSchema = z
  .strictObject({
    /** 'host' or 'host:port' that may resolve to a private or loopback address. */
    hosts: z.array(z.string().min(1)).default([]),
    /** Address ranges such as '127.0.0.0/8'. Empty in production. */
    cidrs: z.array(z.string().min(1)).default([]),
  })
  .prefault({});

const browserSchema = z
  .strictObject({
    /** Chromium binary (Debian's package installs /usr/bin/chromium); WIREWATCH_CHROMIUM_PATH overrides. */
    executablePath: z.string().min(1).default('/usr/bin/chromium'),
    pageDeadlineMs: z.number().int().min(1000).max(300_000).default(20_000),
    maxPagesInFlight: z.number().int().min(1).max(16).default(2),
  })
  .prefault({});

const crawlerSchema = z
  .strictObject({
    userAgent: z.string().min(1).default('wirewatch/0.1 (+https://github.com/wirewatch/wirewatch; news monitoring bot)'),
    fetchDeadlineMs: z.number().int().min(100).max(300_000).default(30_000),
    maxPageBytes: z
      .number()
      .int()
      .min(1024)
      .default(10 * 1024 * 1024),
    maxFeedBytes: z
      .number()
      .int()
      .min(1024)
      .default(50 * 1024 * 1024),
    maxRedirects: z.number().int().min(0).max(10).default(5),
    maxCrawlDelayMs: z.number().int().min(0).default(30_000),
    perHost: perHostSchema,
    allowPrivate: allowPrivateSchema,
    /** Used for feeds with `render: browser`, and for `render: auto` pages that look script-built. */
    browser: browserSchema,
    /** Pages fetched and processed at once in the embedded runner. */
    concurrency: z.number().int().min(1).max(64).default(4),
    /**
     * Worker threads for extraction and claim tagging, in both modes; 0 (embedded
     * only) keeps them on the main thread. Default: one per core, at most 4.
     */
    cpuThreads: z.number().int().min(0).max(64).optional(),
    /**
     * Longest extraction (or claim tagging) of one page on a CPU thread: past it the
     * thread is recycled and the page fails with EXTRACT_TIMEOUT. Not enforced with
     * `cpuThreads: 0`, where a parse cannot be interrupted.
     */
    extractDeadlineMs: z.number().int().min(100).max(600_000).default(60_000),
    /**
     * Embedded mode: entries of one feed processed per pass; the rest stay pending
     * (durably) for the next passes, which follow at once. The distributed mode
     * queues every listed entry as a job.
     */
    maxEntriesPerPoll: z.number().int().min(1).max(10_000).default(200),
  })
  .prefault({});

/** Deduplication settings of the distributed mode's Redis store. */
const dedupSchema = z
  .strictObject({
    /**
     * Articles a day the Redis store's claim filters are sized for (about 44
     * bytes an article for each live day). A busier stream stays correct; its
     * claims cost more Redis CPU. Every worker on one Redis must use the same value.
     */
    articlesPerDay: z.number().int().min(1000).max(100_000_000).default(100_000),
  })
  .prefault({});

/** Shortest bearer token accepted: shorter ones are guessable. */
export const MIN_API_TOKEN_CHARS = 16;

/** The operator HTTP API (`wirewatch serve`). Without a token it only binds to loopback. */
const apiSchema = z
  .strictObject({
    /** Bearer token every request but /health must carry. */
    token: z.string().min(MIN_API_TOKEN_CHARS, `api token: at least ${MIN_API_TOKEN_CHARS} characters`).optional(),
    host: z.string().min(1).default('127.0.0.1'),
    port: z.number().int().min(0).max(65_535).default(8787),
  })
  .prefault({});

/**
 * What the claim tagger reads beyond its general rules: measure packs and
 * source aliases (docs/claims.md#measure-packs). config/packs.ts turns this
 * section into the tagger's options.
 */
const claimsSchema = z
  .strictObject({
    /** The shipped default packs (conflict) first, unless false. */
    defaultPacks: z.boolean().default(true),
    /** Shipped pack names ("layoffs"), pack file paths (relative to this config file) or packs written inline. */
    packs: z
      .array(
        z.union([
          z
            .string()
            .min(1)
            .refine((entry) => isPackPath(entry) || entry in SHIPPED_PACKS, {
              error: (issue) =>
                `unknown pack "${String(issue.input)}": shipped packs are ${Object.keys(SHIPPED_PACKS).join(', ')}; give a .yaml path for your own`,
            }),
          packFileSchema,
        ]),
      )
      .default([]),
    /**
     * Canonical source id → the names articles use for it (or `{ kind, names }`),
     * added to the packs' sources; an id a pack knows gets these names too.
     */
    aliases: z.record(z.string().min(1), sourceSchema).default({}),
  })
  .prefault({});

/**
 * How watch alerts are delivered (docs/operators.md#watches). A webhook that
 * fails is retried with exponential backoff (retryBaseMs, doubled each
 * attempt, at most maxRetryDelayMs) until maxAttempts, then recorded as failed
 * (health, metrics); it is never delivered twice for one alert key.
 */
const alertsSchema = z
  .strictObject({
    /** Daily digest files (`digest-YYYY-MM-DD.md` and `.jsonl`) go here; default: `<outDir>/digests`. */
    digestDir: z.string().min(1).optional().describe('daily digest files; default <outDir>/digests'),
    webhookTimeoutMs: z.number().int().min(100).max(120_000).default(10_000).describe('one webhook POST, response included'),
    maxAttempts: z.number().int().min(1).max(50).default(8).describe('webhook attempts per alert before it is failed'),
    retryBaseMs: z.number().int().min(10).max(3_600_000).default(2000),
    maxRetryDelayMs: z
      .number()
      .int()
      .min(10)
      .max(24 * 3_600_000)
      .default(15 * 60_000),
  })
  .prefault({});

/** Ids that appear twice in a list of objects with an `id`, as issues at their path. */
function duplicateIds(items: unknown, key: string, what: string, ctx: z.RefinementCtx): void {
  const list: unknown[] = Array.isArray(items) ? items : [];
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: `duplicate ${what} id "${id}" (first at ${key}.${first})` });
    else seen.set(id, index);
  });
}

export const configSchema = z
  .strictObject({
    /** Embedded state (SQLite) lives here. */
    dataDir: z.string().min(1).default('./.wirewatch'),
    /** NDJSON output (one article document per line) is appended here. */
    outDir: z.string().min(1).default('./out'),
    crawler: crawlerSchema,
    dedup: dedupSchema,
    feeds: z.array(feedSchema).default([]),
    api: apiSchema,
    claims: claimsSchema,
    /** What operators follow: documents list the watches they match, and watches can notify (docs/operators.md#watches). */
    watches: z.array(watchSchema).default([]),
    alerts: alertsSchema,
  })
  .superRefine(
    (config, ctx) => {
      // Runs even when other keys are invalid (see `when`), so the input may be malformed here.
      duplicateIds(config.feeds, 'feeds', 'feed', ctx);
      duplicateIds(config.watches, 'watches', 'watch', ctx);
    },
    { when: () => true },
  );

export type WirewatchConfig = z.output<typeof configSchema>;
export type FeedConfig = z.output<typeof feedSchema>;
export type CrawlerConfig = WirewatchConfig['crawler'];
export type ApiConfig = WirewatchConfig['api'];
export type ClaimsConfig = WirewatchConfig['claims'];
export type AlertsConfig = WirewatchConfig['alerts'];
