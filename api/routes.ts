/**
 * The routes of the HTTP API as data: method, path, schemas and handler. The
 * server registers them and the OpenAPI document is generated from the same
 * list, so the two cannot drift. Handlers only call the feed service.
 */
import type { AlertTotals } from '../runtime/alerts/totals.js';
import { z } from 'zod';
import { addFeedInputSchema, addFeedResultSchema, feedTestReportSchema, feedViewSchema, testFeedInputSchema } from '../feeds/registry-schema.js';
import type { FeedService } from '../feeds/service.js';
import { errorBody, errorBodySchema, HTTP_STATUS } from './errors.js';
import {
  crawlReport,
  crawlReportSchema,
  feedListSchema,
  feedsWithActivity,
  parseLimit,
  recentStories,
  storyListSchema,
  storyTimeline,
  timelineSchema,
  type ArticleSource,
} from './stories.js';
import type { RunSummary } from '../local/summary.js';
import { crossStoryTimeline, crossTimelineSchema } from './claim-timeline.js';
import {
  addWatchInputSchema,
  testWatchInputSchema,
  watchListSchema,
  watchTestReportSchema,
  watchViewSchema,
  type WatchService,
} from '../local/watch-service.js';

export const healthSchema = z.object({
  status: z.literal('ok'),
  alerts: z
    .object({
      pending: z.number().int().describe('alerts waiting for delivery'),
      failed: z.number().int().describe('alerts given up on; GET /watches names them'),
      lastErrorCode: z.string().nullable().describe('code of the latest failed attempt (WEBHOOK_FAILED, WEBHOOK_REJECTED...)'),
    })
    .optional()
    .describe('watch alert delivery, counts only: the outbox of the embedded mode, the alert queue of the distributed mode'),
});
export { feedListSchema };
export const removedSchema = z.object({ removed: feedViewSchema });
export const removedWatchSchema = z.object({ removed: watchViewSchema });

/** What this server runs: the dashboard asks before signing in, to explain what it needs and show only links that work. */
export const capabilitiesSchema = z.object({
  tokenRequired: z.boolean().describe('Every route but /health, /capabilities and /openapi.json needs `Authorization: Bearer <api.token>`'),
  metrics: z.boolean().describe('GET /metrics answers'),
  queues: z.boolean().describe('Bull Board is mounted at /queues (distributed mode)'),
  stories: z.boolean().describe('The article log is attached: /stories and /timeline answer'),
  crawl: z.boolean().describe('POST /crawl runs a pass (embedded mode)'),
});
export type Capabilities = z.output<typeof capabilitiesSchema>;

/** Schemas named in the OpenAPI document's components. */
export const NAMED_SCHEMAS: Array<[string, z.ZodType]> = [
  ['AddFeedInput', addFeedInputSchema],
  ['TestFeedInput', testFeedInputSchema],
  ['Feed', feedViewSchema],
  ['FeedList', feedListSchema],
  ['AddFeedResult', addFeedResultSchema],
  ['FeedTestReport', feedTestReportSchema],
  ['Removed', removedSchema],
  ['Health', healthSchema],
  ['StoryList', storyListSchema],
  ['Timeline', timelineSchema],
  ['CrossStoryTimeline', crossTimelineSchema],
  ['Capabilities', capabilitiesSchema],
  ['CrawlReport', crawlReportSchema],
  ['Error', errorBodySchema],
  ['Watch', watchViewSchema],
  ['WatchList', watchListSchema],
  ['AddWatchInput', addWatchInputSchema],
  ['TestWatchInput', testWatchInputSchema],
  ['WatchTestReport', watchTestReportSchema],
  ['RemovedWatch', removedWatchSchema],
];

/** What the watching routes read besides the feed service; each part is absent when the server runs without it. */
export interface WatchDeps {
  articles: ArticleSource | null;
  /** Runs one crawl pass (embedded mode). */
  crawl: (() => Promise<RunSummary>) | null;
  /** Watches and their alert delivery (the embedded data directory). */
  watches: WatchService | null;
  /** Alert delivery counts of the distributed mode (its alert queue); when set, `/health` shows these instead of the embedded outbox's. */
  alertTotals: (() => Promise<AlertTotals>) | null;
  now: () => Date;
  /** Canonical source id → display name, for claims shown to people. */
  sourceNames: Readonly<Record<string, string>>;
  capabilities: Capabilities;
}

export interface RouteInput {
  service: FeedService;
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  body: unknown;
  watch: WatchDeps;
}

export interface RouteSpec {
  method: 'GET' | 'POST' | 'DELETE';
  /** Fastify syntax: `/feeds/:id`. */
  path: string;
  summary: string;
  /** False only for probes that reveal nothing (health). */
  auth: boolean;
  body?: z.ZodType;
  /** Success statuses and their body schema; error statuses are listed in `errors`. */
  responses: Partial<Record<number, z.ZodType>>;
  errors: number[];
  handle(input: RouteInput): Promise<{ status: number; body: unknown }> | { status: number; body: unknown };
}

const ok = (body: unknown): { status: number; body: unknown } => ({ status: HTTP_STATUS.ok, body });
const { ok: OK, created: CREATED, unauthorized: E401, notFound: E404, conflict: E409, unprocessable: E422, badRequest: E400, unavailable: E503 } = HTTP_STATUS;
const noWatches = (): { status: number; body: unknown } => ({
  status: E503,
  body: errorBody('UNAVAILABLE', 'watches are not available on this server (it serves the embedded data directory only)'),
});
const unavailable = (what: string): { status: number; body: unknown } => ({
  status: E503,
  body: errorBody('UNAVAILABLE', `${what} is not available on this server (it serves the embedded mode's data directory only)`),
});

export const ROUTES: RouteSpec[] = [
  {
    method: 'GET',
    path: '/health',
    summary: 'liveness probe (no token needed)',
    auth: false,
    responses: { [OK]: healthSchema },
    errors: [],
    handle: async ({ watch }) => {
      if (watch.alertTotals) return ok({ status: 'ok', alerts: await watch.alertTotals() });
      return ok(watch.watches ? { status: 'ok', alerts: watch.watches.deliveryTotals() } : { status: 'ok' });
    },
  },
  {
    method: 'GET',
    path: '/capabilities',
    summary: 'what this server runs and whether it needs a token (no token needed: the dashboard reads it before signing in)',
    auth: false,
    responses: { [OK]: capabilitiesSchema },
    errors: [],
    handle: ({ watch }) => ok(watch.capabilities),
  },
  {
    method: 'GET',
    path: '/feeds',
    summary: 'every feed (config file and operator-added) with its poll health',
    auth: true,
    responses: { [OK]: feedListSchema },
    errors: [E401],
    handle: ({ service, watch }) => ok({ feeds: feedsWithActivity(service.list(), watch.articles, watch.now()) }),
  },
  {
    method: 'POST',
    path: '/feeds',
    summary: 'check a URL and add its feed; 201 when created, 200 with the existing feed when already registered',
    auth: true,
    body: addFeedInputSchema,
    responses: { [CREATED]: addFeedResultSchema, [OK]: addFeedResultSchema },
    errors: [E400, E401, E409, E422],
    handle: async ({ service, body }) => {
      const result = await service.add(body);
      return { status: result.created ? CREATED : OK, body: result };
    },
  },
  {
    method: 'POST',
    path: '/feeds/test',
    summary: 'dry run: fetch, detect or discover the feed, list entries, extract one article; stores nothing',
    auth: true,
    body: testFeedInputSchema,
    responses: { [OK]: feedTestReportSchema },
    errors: [E400, E401, E422],
    handle: async ({ service, body }) => ok(await service.test(body)),
  },
  {
    method: 'GET',
    path: '/feeds/:id',
    summary: 'one feed',
    auth: true,
    responses: { [OK]: feedViewSchema },
    errors: [E401, E404],
    handle: ({ service, params }) => ok(service.show(params.id ?? '')),
  },
  {
    method: 'DELETE',
    path: '/feeds/:id',
    summary: 'remove an operator-added feed (409 for a config-file feed)',
    auth: true,
    responses: { [OK]: removedSchema },
    errors: [E401, E404, E409],
    handle: ({ service, params }) => ok({ removed: service.remove(params.id ?? '') }),
  },
  {
    method: 'POST',
    path: '/feeds/:id/pause',
    summary: 'stop polling a feed',
    auth: true,
    responses: { [OK]: feedViewSchema },
    errors: [E401, E404],
    handle: ({ service, params }) => ok(service.pause(params.id ?? '')),
  },
  {
    method: 'POST',
    path: '/feeds/:id/resume',
    summary: 'poll a paused feed again',
    auth: true,
    responses: { [OK]: feedViewSchema },
    errors: [E401, E404],
    handle: ({ service, params }) => ok(service.resume(params.id ?? '')),
  },
  {
    method: 'GET',
    path: '/stories',
    summary: 'recent stories (newest first) with their articles and claims; ?limit= (default 20, at most 200)',
    auth: true,
    responses: { [OK]: storyListSchema },
    errors: [E401, E503],
    handle: ({ watch, query }) =>
      watch.articles ? ok(recentStories(watch.articles.documents(), parseLimit(query.limit), watch.sourceNames)) : unavailable('the article log'),
  },
  {
    method: 'GET',
    path: '/timeline',
    summary:
      'the claim timeline across stories: ?series= (a key from `series`; default the largest) and ?source= (a canonical id; default every source) select the figures shown, with update, conflict and drift marks; ?story= keeps one story',
    auth: true,
    responses: { [OK]: crossTimelineSchema },
    errors: [E401, E503],
    handle: ({ watch, query }) =>
      watch.articles
        ? ok(crossStoryTimeline(watch.articles.documents(), { story: query.story, series: query.series, source: query.source }, watch.sourceNames))
        : unavailable('the article log'),
  },
  {
    method: 'GET',
    path: '/stories/:id/timeline',
    summary: "a story's claim timeline: each source's figures over time, with updates, conflicts and drift",
    auth: true,
    responses: { [OK]: timelineSchema },
    errors: [E401, E404, E503],
    handle: async ({ watch, params }) => {
      if (!watch.articles) return unavailable('the article log');
      const timeline = await storyTimeline(watch.articles, params.id ?? '');
      return timeline ? ok(timeline) : { status: E404, body: errorBody('NOT_FOUND', `no published article belongs to story "${params.id}"`) };
    },
  },
  {
    method: 'POST',
    path: '/crawl',
    summary: 'run one crawl pass over every active feed now and answer what it did (embedded mode)',
    auth: true,
    responses: { [OK]: crawlReportSchema },
    errors: [E401, E503],
    handle: async ({ watch }) => (watch.crawl ? ok(crawlReport(await watch.crawl())) : unavailable('crawling')),
  },
  {
    method: 'GET',
    path: '/watches',
    summary: 'every watch (config file and operator-added) with its alert delivery: pending, delivered, failed, last error',
    auth: true,
    responses: { [OK]: watchListSchema },
    errors: [E401, E503],
    handle: ({ watch }) => (watch.watches ? ok(watch.watches.list()) : noWatches()),
  },
  {
    method: 'POST',
    path: '/watches',
    summary: 'check and add a watch; 409 when its id is taken',
    auth: true,
    body: addWatchInputSchema,
    responses: { [CREATED]: watchViewSchema },
    errors: [E400, E401, E409, E422, E503],
    handle: ({ watch, body }) => (watch.watches ? { status: CREATED, body: watch.watches.add(body) } : noWatches()),
  },
  {
    method: 'POST',
    path: '/watches/test',
    summary: 'what the last N published articles would have matched: a stored watch (id), a definition (watch), or every watch',
    auth: true,
    body: testWatchInputSchema,
    responses: { [OK]: watchTestReportSchema },
    errors: [E400, E401, E404, E422, E503],
    handle: async ({ watch, body }) => (watch.watches ? ok(await watch.watches.test(body)) : noWatches()),
  },
  {
    method: 'GET',
    path: '/watches/:id',
    summary: 'one watch with its alert delivery',
    auth: true,
    responses: { [OK]: watchViewSchema },
    errors: [E401, E404, E503],
    handle: ({ watch, params }) => (watch.watches ? ok(watch.watches.show(params.id ?? '')) : noWatches()),
  },
  {
    method: 'DELETE',
    path: '/watches/:id',
    summary: 'remove an operator-added watch (409 for a config-file watch)',
    auth: true,
    responses: { [OK]: removedWatchSchema },
    errors: [E401, E404, E409, E503],
    handle: ({ watch, params }) => (watch.watches ? ok({ removed: watch.watches.remove(params.id ?? '') }) : noWatches()),
  },
];
