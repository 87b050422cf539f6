/**
 * What a feed has been yielding, derived from its published documents and its
 * poll state: items per day, the interval it is polled at now, and whether its
 * extraction quality is drifting (a site redesign or a new paywall shows up as
 * a rising share of thin or flagged articles before anyone notices).
 *
 * Pure functions over plain values: the caller reads the documents and states.
 */
import { z } from 'zod';
import type { ArticleDocument } from '../pipeline/output.js';
import { feedViewSchema, type FeedView } from './registry-schema.js';

const DAY_MS = 24 * 3600 * 1000;
const WEEK_DAYS = 7;
/** Articles in each of the two windows compared for quality drift. */
export const QUALITY_WINDOW_ARTICLES = 20;
/** The newer window must be this much worse (share of flagged articles) to count as drift. */
export const QUALITY_DRIFT_MIN_RISE = 0.2;
/** Fewer articles than this in a window say nothing about drift. */
export const QUALITY_MIN_WINDOW_ARTICLES = 5;

export const qualityDriftSchema = z.object({
  /** Share (0..1) of thin or flagged articles among the newest `window`; null without enough articles. */
  recentShare: z.number().nullable(),
  /** The same share among the `window` articles before those; null without enough articles. */
  previousShare: z.number().nullable(),
  window: z.number().int(),
  /** True when recentShare exceeds previousShare by at least QUALITY_DRIFT_MIN_RISE. */
  drifting: z.boolean(),
});
export type QualityDrift = z.output<typeof qualityDriftSchema>;

export const feedActivitySchema = z.object({
  /** Articles of the feed published in the last 24 h: by their publication time, else (undated) by when wirewatch processed them. */
  itemsLast24h: z.number().int(),
  /** The same over the last seven days. */
  itemsLast7d: z.number().int(),
  /** Mean over the last seven days. */
  itemsPerDay: z.number(),
  /** Seconds between the last poll and the next one (failures stretch it); the configured interval before the first poll. */
  currentIntervalSecs: z.number().int(),
  quality: qualityDriftSchema,
});
export type FeedActivity = z.output<typeof feedActivitySchema>;

/** One published document as activity needs it. */
export interface PublishedItem {
  feedId: string;
  /** When wirewatch published it (ISO 8601). */
  processedAt: string;
  /** When the outlet published it (ISO 8601 timestamp or day), null when the page gives no date. */
  publishedAt: string | null;
  /** Extraction flags (thin, paywalled, truncated ...): any flag makes the article "flagged". */
  flags: readonly string[];
}

function share(flagged: readonly boolean[]): number {
  return flagged.filter(Boolean).length / flagged.length;
}

/**
 * Compares the newest `window` articles with the `window` before them.
 * `flaggedNewestFirst[i]` says whether the i-th newest article was thin or flagged.
 */
export function qualityDrift(flaggedNewestFirst: readonly boolean[], window = QUALITY_WINDOW_ARTICLES, minRise = QUALITY_DRIFT_MIN_RISE): QualityDrift {
  const recent = flaggedNewestFirst.slice(0, window);
  const previous = flaggedNewestFirst.slice(window, 2 * window);
  const recentShare = recent.length >= QUALITY_MIN_WINDOW_ARTICLES ? share(recent) : null;
  const previousShare = previous.length >= QUALITY_MIN_WINDOW_ARTICLES ? share(previous) : null;
  // A small epsilon keeps a rise of exactly minRise from failing on float rounding.
  const drifting = recentShare !== null && previousShare !== null && recentShare - previousShare >= minRise - 1e-9;
  return { recentShare, previousShare, window, drifting };
}

/** The interval the feed is polled at now: from its last poll to its next, else the configured one. */
export function currentIntervalSecs(health: { lastPolledAt: string | null; nextPollAt: string | null }, configuredSecs: number): number {
  if (health.lastPolledAt === null || health.nextPollAt === null) return configuredSecs;
  const secs = Math.round((Date.parse(health.nextPollAt) - Date.parse(health.lastPolledAt)) / 1000);
  return Number.isFinite(secs) && secs > 0 ? secs : configuredSecs;
}

/**
 * When an item appeared, for counting "items in the last 24 h": its publication
 * time where the page gives one (a 2024 article crawled today is not news of
 * today), else the time wirewatch processed it. A publication time after the
 * processing time (a wrong time zone, a scheduled post) counts as processed.
 */
export function appearedAtMs(item: Pick<PublishedItem, 'processedAt' | 'publishedAt'>): number {
  const processed = Date.parse(item.processedAt);
  const published = item.publishedAt === null ? Number.NaN : Date.parse(item.publishedAt);
  return Number.isFinite(published) && published <= processed ? published : processed;
}

/** Activity of one feed; `items` may hold other feeds' documents, in any order. */
export function feedActivity(
  feed: { id: string; pollIntervalSecs: number; health: { lastPolledAt: string | null; nextPollAt: string | null } },
  items: readonly PublishedItem[],
  now: Date,
): FeedActivity {
  const nowMs = now.getTime();
  const own = items.filter((item) => item.feedId === feed.id).sort((a, b) => Date.parse(b.processedAt) - Date.parse(a.processedAt));
  const ageMs = (item: PublishedItem): number => nowMs - appearedAtMs(item);
  const itemsLast24h = own.filter((item) => ageMs(item) <= DAY_MS).length;
  const itemsLast7d = own.filter((item) => ageMs(item) <= WEEK_DAYS * DAY_MS).length;
  return {
    itemsLast24h,
    itemsLast7d,
    itemsPerDay: Math.round((itemsLast7d / WEEK_DAYS) * 10) / 10,
    currentIntervalSecs: currentIntervalSecs(feed.health, feed.pollIntervalSecs),
    quality: qualityDrift(own.map((item) => item.flags.length > 0)),
  };
}

/** A feed as operators see it, with what it yielded lately (absent when the documents are not at hand). */
export const feedWithActivitySchema = feedViewSchema.extend({ activity: feedActivitySchema.optional() });
export type FeedWithActivity = z.output<typeof feedWithActivitySchema>;

/** Each feed with its activity over the published documents; without documents, the feeds as they are. */
export function feedsWithActivity(feeds: FeedView[], source: { documents(): ArticleDocument[] } | null, now: Date): FeedWithActivity[] {
  if (source === null) return feeds;
  const items = source.documents().map((doc) => ({
    feedId: doc.provenance.feedId,
    processedAt: doc.provenance.processedAt,
    publishedAt: doc.article.publishedAt,
    flags: doc.article.flags,
  }));
  return feeds.map((feed) => ({ ...feed, activity: feedActivity(feed, items, now) }));
}
