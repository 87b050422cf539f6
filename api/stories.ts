/**
 * What the crawl found, for the dashboard and scripts: recent stories with
 * their articles and claims, a story's claim timeline, feed activity, and the
 * report of one crawl pass. Everything is read from the published documents
 * (the embedded article log); nothing here writes.
 */
import { z } from 'zod';
import { feedWithActivitySchema } from '../feeds/health.js';
import { FEED_POLL_STATUSES, type RunSummary } from '../local/summary.js';
import { buildStoryTimelines } from '../pipeline/claims/index.js';
import type { TimelineInput } from '../pipeline/claims/timeline-types.js';
import { claimSchema, type ArticleDocument } from '../pipeline/output.js';
import { PUBLISHED_DEDUP_STATUSES } from '../pipeline/types.js';

export const DEFAULT_STORIES_LIMIT = 20;
export const MAX_STORIES_LIMIT = 200;

/** The published documents the API reads (the embedded ArticleLog satisfies it). */
export interface ArticleSource {
  /** Every published document, oldest first. */
  documents(): ArticleDocument[];
  /** The timeline members of one story, oldest first. */
  membersOf(storyId: string): Promise<TimelineInput[]>;
}

export { feedsWithActivity } from '../feeds/health.js';
export const feedListSchema = z.object({ feeds: z.array(feedWithActivitySchema) });

const storyArticleSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  outlet: z.string().nullable(),
  feedId: z.string(),
  publishedAt: z.string().nullable(),
  processedAt: z.string(),
  dedupStatus: z.enum(PUBLISHED_DEDUP_STATUSES),
  duplicateOf: z.string().nullable(),
  flags: z.array(z.string()),
  claims: z.array(claimSchema),
});

export const storySchema = z.object({
  id: z.string(),
  /** Title of the story's first article. */
  title: z.string(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  articles: z.array(storyArticleSchema),
});
export const storyListSchema = z.object({
  stories: z.array(storySchema),
  sourceNames: z.record(z.string(), z.string()).describe('Display names of the claim sources (and intermediaries) named in these stories, by canonical id'),
});

const timelinePointSchema = z
  .object({
    when: z.string().nullable(),
    source: z.string().nullable(),
    measure: z.string(),
    value: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    outlets: z.array(z.string()),
    articleIds: z.array(z.string()),
  })
  .passthrough();
/** The claim timeline (pipeline/claims/timeline-types.ts); points and flags carry more fields than listed here. */
export const timelineSchema = z.object({
  storyId: z.string().nullable(),
  articleIds: z.array(z.string()),
  series: z.array(z.object({ subject: z.string().nullable(), family: z.string(), unit: z.enum(['share']).nullable(), points: z.array(timelinePointSchema) })),
  flags: z.array(z.object({ type: z.enum(['update', 'conflict', 'drift']) }).passthrough()),
});

export const crawlReportSchema = z.object({
  startedAt: z.string(),
  finishedAt: z.string(),
  feeds: z.array(z.object({ feedId: z.string(), status: z.enum(FEED_POLL_STATUSES), entries: z.number().int(), code: z.string().optional() })),
  entriesListed: z.number().int(),
  published: z.number().int(),
  skipped: z.number().int(),
  collapsedBeforeFetch: z.number().int(),
  pageErrors: z.array(z.object({ url: z.string(), code: z.string() })),
});
export type CrawlReport = z.output<typeof crawlReportSchema>;

/** Stories by their newest article, newest first, each with every article and claim, and the names of their sources. */
export function recentStories(documents: readonly ArticleDocument[], limit: number, names: Readonly<Record<string, string>>): z.output<typeof storyListSchema> {
  const stories = storiesOf(documents, limit);
  const ids = new Set(stories.flatMap((s) => s.articles.flatMap((a) => a.claims.flatMap((c) => [c.source, c.via]))));
  const sourceNames = Object.fromEntries([...ids].filter((id): id is string => id !== null).map((id) => [id, names[id] ?? id]));
  return { stories, sourceNames };
}

function storiesOf(documents: readonly ArticleDocument[], limit: number): z.output<typeof storySchema>[] {
  const byStory = new Map<string, ArticleDocument[]>();
  for (const doc of documents) byStory.set(doc.story.id, [...(byStory.get(doc.story.id) ?? []), doc]);
  const stories = [...byStory].map(([id, docs]) => {
    const seen = docs.map((d) => d.provenance.processedAt).sort();
    return {
      id,
      title: docs[0]!.article.title,
      firstSeenAt: seen[0]!,
      lastSeenAt: seen[seen.length - 1]!,
      articles: docs.map((doc) => ({
        id: doc.article.id,
        title: doc.article.title,
        url: doc.article.canonicalUrl,
        outlet: doc.article.siteName,
        feedId: doc.provenance.feedId,
        publishedAt: doc.article.publishedAt,
        processedAt: doc.provenance.processedAt,
        dedupStatus: doc.dedup.status,
        duplicateOf: doc.dedup.duplicateOf,
        flags: doc.article.flags,
        claims: doc.claims,
      })),
    };
  });
  return stories.sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt)).slice(0, limit);
}

/** The story's claim timeline, or null when no article of that story was published. */
export async function storyTimeline(source: ArticleSource, storyId: string): Promise<z.output<typeof timelineSchema> | null> {
  const members = await source.membersOf(storyId);
  if (members.length === 0) return null;
  return (buildStoryTimelines(members)[0] ?? null) as z.output<typeof timelineSchema> | null;
}

/** `?limit=` as a number within bounds; anything else gets the default. */
export function parseLimit(raw: string | undefined): number {
  const n = raw === undefined ? Number.NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, MAX_STORIES_LIMIT) : DEFAULT_STORIES_LIMIT;
}

/** The counts of a pass, not its documents: those are read through /stories. */
export function crawlReport(summary: RunSummary): CrawlReport {
  return {
    startedAt: summary.startedAt,
    finishedAt: summary.finishedAt,
    feeds: summary.feeds.map(({ feedId, status, entries, code }) => ({ feedId, status, entries, ...(code !== undefined ? { code } : {}) })),
    entriesListed: summary.entriesListed,
    published: summary.published.length,
    skipped: summary.skipped.length,
    collapsedBeforeFetch: summary.collapsedBeforeFetch.length,
    pageErrors: summary.pageErrors.map(({ url, code }) => ({ url, code })),
  };
}
