/**
 * The shapes of feed operations, one zod schema each, shared by the CLI, the
 * HTTP API (request validation and the OpenAPI document) and the service.
 * Types are `z.output` of them, never written twice.
 */
import { z } from 'zod';
import { feedSchema, MAX_POLL_INTERVAL_SECS, MIN_POLL_INTERVAL_SECS } from '../config/schema.js';
import { FEED_ORIGINS } from './registry.js';

/** A regular expression that compiles; refused patterns would fail every poll. */
const regexSource = z
  .string()
  .min(1)
  .refine(
    (source) => {
      try {
        new RegExp(source);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'allowPattern: not a valid regular expression' },
  );

/** What an operator gives to add a feed. Only `url` is required; the URL itself is checked by the service (scheme, address, feed). */
export const addFeedInputSchema = z
  .object({
    url: z.string().min(1).max(2048).describe('feed URL, or the URL of a page that advertises its feed with <link rel="alternate">'),
    id: feedSchema.shape.id.optional().describe('feed id; derived from host and path when absent'),
    name: z.string().min(1).max(200).optional(),
    intervalSecs: z
      .number()
      .int(`poll interval: whole seconds`)
      .min(MIN_POLL_INTERVAL_SECS, `poll interval: at least ${MIN_POLL_INTERVAL_SECS} s (faster is impolite)`)
      .max(MAX_POLL_INTERVAL_SECS, `poll interval: at most ${MAX_POLL_INTERVAL_SECS} s (one week)`)
      .optional()
      .describe(`poll interval in seconds, ${MIN_POLL_INTERVAL_SECS}..${MAX_POLL_INTERVAL_SECS}; default 900`),
    render: feedSchema.shape.render.unwrap().optional(),
    allowPattern: regexSource.optional(),
    kind: feedSchema.shape.kind.unwrap().optional(),
    paused: z.boolean().optional(),
  })
  .strict();
export type AddFeedInput = z.output<typeof addFeedInputSchema>;

export const testFeedInputSchema = z.object({ url: z.string().min(1).max(2048) }).strict();

/** Poll health of a feed, from the embedded feed state. */
export const feedHealthSchema = z.object({
  lastPolledAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  nextPollAt: z.string().nullable(),
  consecutiveFailures: z.number().int(),
  lastErrorCode: z.string().nullable(),
  lastErrorMessage: z.string().nullable(),
  /** Entries listed and not done yet (embedded mode: they survive restarts and are taken by the next passes). */
  pendingEntries: z.number().int(),
});

/** A feed as operators see it: the definition, where it comes from, and its health. */
export const feedViewSchema = feedSchema.extend({
  origin: z.enum(FEED_ORIGINS),
  addedAt: z.string().nullable(),
  /** Set when a config-file feed with the same id or URL hides this operator feed. */
  shadowedBy: z.string().nullable(),
  health: feedHealthSchema,
});
export type FeedView = z.output<typeof feedViewSchema>;

export const addFeedResultSchema = z.object({
  feed: feedViewSchema,
  /** False when the feed (or a normalised variant of its URL) was already registered. */
  created: z.boolean(),
  /** What the service did beyond storing the URL as given (discovery, redirects). */
  notes: z.array(z.string()),
});
export type AddFeedResult = z.output<typeof addFeedResultSchema>;

const entrySchema = z.object({
  url: z.string(),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  author: z.string().optional(),
});

export const sampleArticleSchema = z.union([
  z.object({
    ok: z.literal(true),
    url: z.string(),
    title: z.string(),
    byline: z.string().nullable(),
    publishedAt: z.string().nullable(),
    text: z.string(),
    truncated: z.boolean(),
    flags: z.array(z.string()),
  }),
  z.object({ ok: z.literal(false), url: z.string(), code: z.string(), message: z.string() }),
]);

/** The dry run's answer: what adding this URL would poll, and one extracted article. */
export const feedTestReportSchema = z.object({
  requestedUrl: z.string(),
  feedUrl: z.string(),
  discovered: z.boolean(),
  alternates: z.array(z.string()),
  kind: z.string(),
  title: z.string().nullable(),
  entryCount: z.number().int(),
  entries: z.array(entrySchema),
  sitemaps: z.array(z.string()),
  warnings: z.array(z.string()),
  article: sampleArticleSchema.nullable(),
  /** Set when a feed with this normalised URL is already registered. */
  existingFeedId: z.string().nullable(),
});
export type FeedTestReport = z.output<typeof feedTestReportSchema>;

/** One item of a YAML import: the `feeds:` entries of a config file, with `id` optional. */
export const importItemSchema = feedSchema
  .partial({ id: true, kind: true, pollIntervalSecs: true, render: true, paused: true })
  // The URL is checked by the service like any added URL, so a refusal carries the same code.
  .extend({ url: z.string().min(1).max(2048) })
  .strict();

export const importResultSchema = z.object({
  items: z.array(
    z.object({
      index: z.number().int(),
      url: z.string().nullable(),
      status: z.enum(['created', 'existing', 'refused']),
      id: z.string().nullable(),
      code: z.string().nullable(),
      message: z.string().nullable(),
    }),
  ),
});
export type ImportResult = z.output<typeof importResultSchema>;
