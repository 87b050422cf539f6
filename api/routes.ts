/**
 * The routes of the HTTP API as data: method, path, schemas and handler. The
 * server registers them and the OpenAPI document is generated from the same
 * list, so the two cannot drift. Handlers only call the feed service.
 */
import { z } from 'zod';
import {
  addFeedInputSchema,
  addFeedResultSchema,
  feedTestReportSchema,
  feedViewSchema,
  testFeedInputSchema,
} from '../embedded/feed-registry-schema.js';
import type { FeedService } from '../embedded/feed-service.js';
import { errorBodySchema, HTTP_STATUS } from './errors.js';

export const healthSchema = z.object({ status: z.literal('ok') });
export const feedListSchema = z.object({ feeds: z.array(feedViewSchema) });
export const removedSchema = z.object({ removed: feedViewSchema });

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
  ['Error', errorBodySchema],
];

export interface RouteInput {
  service: FeedService;
  params: Record<string, string>;
  body: unknown;
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
const { ok: OK, created: CREATED, unauthorized: E401, notFound: E404, conflict: E409, unprocessable: E422, badRequest: E400 } = HTTP_STATUS;

export const ROUTES: RouteSpec[] = [
  { method: 'GET', path: '/health', summary: 'liveness probe (no token needed)', auth: false, responses: { [OK]: healthSchema }, errors: [], handle: () => ok({ status: 'ok' }) },
  {
    method: 'GET',
    path: '/feeds',
    summary: 'every feed (config file and operator-added) with its poll health',
    auth: true,
    responses: { [OK]: feedListSchema },
    errors: [E401],
    handle: ({ service }) => ok({ feeds: service.list() }),
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
];
