/**
 * The operator HTTP API (Fastify): the feed service behind bearer-token auth,
 * JSON errors `{ error: { code, message } }`, and `/openapi.json`.
 *
 * Invariant: the server never listens beyond loopback without a token, since
 * adding a feed makes the crawler fetch a URL of the caller's choosing.
 */
import type { AlertTotals } from '../runtime/alerts/totals.js';
import { createHash, timingSafeEqual } from 'node:crypto';
import ipaddr from 'ipaddr.js';
import { fastify, type FastifyBaseLogger, type FastifyInstance, type FastifyPluginCallback, type FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import { ConfigError } from '../config/load.js';
import type { FeedService } from '../feeds/service.js';
import type { RunSummary } from '../local/summary.js';
import { DEFAULT_GAZETTEER } from '../pipeline/claims/index.js';
import { sourceNamesOf } from '../pipeline/present/index.js';
import { registerDashboard } from './dashboard.js';
import { errorBody, fromServiceError, HTTP_STATUS } from './errors.js';
import { openApiDocument } from './openapi.js';
import { ROUTES, type RouteSpec, type WatchDeps } from './routes.js';
import type { ArticleSource } from './stories.js';
import type { WatchService } from '../local/watch-service.js';

/** Request bodies are a URL and a few options: anything bigger is a mistake or an attack. */
const MAX_BODY_BYTES = 64 * 1024;
const BEARER_PREFIX = 'Bearer ';
/** Where Bull Board is mounted (distributed mode). */
export const QUEUES_PATH = '/queues';
/**
 * A browser cannot put a bearer header on a page navigation, so Bull Board
 * also accepts the token from this cookie, which the dashboard sets for
 * QUEUES_PATH only, SameSite=Strict (no other site can make the browser send it).
 */
export const TOKEN_COOKIE = 'wirewatch_token';

/** Metrics in the Prometheus text format (PromMetrics). */
export interface MetricsExposition {
  contentType: string;
  render(): Promise<string>;
}

export interface ApiOptions {
  service: FeedService;
  /** Required unless the server listens on loopback only. */
  token?: string;
  logger?: Logger;
  /** Published documents: `/stories`, timelines, feed activity in `/feeds`. */
  articles?: ArticleSource;
  /** One embedded crawl pass, for `POST /crawl`. */
  crawl?: () => Promise<RunSummary>;
  /** Served at `GET /metrics`. */
  metrics?: MetricsExposition;
  /** Canonical source id → display name (cli/source-names.ts); default: the shipped packs' names. */
  sourceNames?: Readonly<Record<string, string>>;
  /** Watches and their alert delivery: `/watches`, and alert health in `/health`. */
  watches?: WatchService;
  /** Distributed mode: alert delivery counts from the alert queue, shown by `/health` instead of the embedded outbox's. */
  alertTotals?: () => Promise<AlertTotals>;
  /** Bull Board over the queues, mounted at QUEUES_PATH (distributed mode). */
  queueBoard?: (basePath: string) => FastifyPluginCallback;
  now?: () => Date;
}

/** True for hosts that only the local machine can reach. */
export function isLoopbackHost(host: string): boolean {
  if (host.toLowerCase() === 'localhost') return true;
  const bare = host.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) && ipaddr.process(bare).range() === 'loopback';
}

/** Refuses a listening address that other machines can reach when no token is configured. */
export function assertSafeBinding(host: string, token: string | undefined): void {
  if (token !== undefined || isLoopbackHost(host)) return;
  throw new ConfigError('api', [
    {
      path: 'api.token',
      message: `no API token: the API listens on ${host}, which other machines can reach; set api.token (at least 16 characters) or listen on 127.0.0.1`,
    },
  ]);
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Constant-time comparison (of digests, so lengths match) against the expected token. */
function tokenMatches(header: string | undefined, expected: Buffer): boolean {
  if (header === undefined || !header.startsWith(BEARER_PREFIX)) return false;
  return timingSafeEqual(digest(header.slice(BEARER_PREFIX.length).trim()), expected);
}

function cookieTokenMatches(cookieHeader: string | undefined, expected: Buffer): boolean {
  const pair = cookieHeader
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${TOKEN_COOKIE}=`));
  if (pair === undefined) return false;
  try {
    return timingSafeEqual(digest(decodeURIComponent(pair.slice(TOKEN_COOKIE.length + 1))), expected);
  } catch {
    return false;
  }
}

function send(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** Builds the server without listening (`listen` is the caller's: I/O belongs to start). */
export function buildApi(options: ApiOptions): FastifyInstance {
  // A pino Logger is a FastifyBaseLogger at run time; the cast keeps the instance's default type parameters.
  const logger = options.logger as FastifyBaseLogger | undefined;
  const app: FastifyInstance = fastify({ bodyLimit: MAX_BODY_BYTES, ...(logger ? { loggerInstance: logger } : { logger: false }) });
  const expected = options.token === undefined ? null : digest(options.token);
  const log = options.logger;
  const watch: WatchDeps = {
    articles: options.articles ?? null,
    crawl: options.crawl ?? null,
    watches: options.watches ?? null,
    alertTotals: options.alertTotals ?? null,
    now: options.now ?? (() => new Date()),
    sourceNames: options.sourceNames ?? sourceNamesOf(DEFAULT_GAZETTEER),
    capabilities: {
      tokenRequired: options.token !== undefined,
      metrics: options.metrics !== undefined,
      queues: options.queueBoard !== undefined,
      stories: options.articles !== undefined,
      crawl: options.crawl !== undefined,
    },
  };
  const authorized = (headers: { authorization?: string; cookie?: string }, cookieToo = false): boolean =>
    expected === null || tokenMatches(headers.authorization, expected) || (cookieToo && cookieTokenMatches(headers.cookie, expected));
  const refuse = (reply: FastifyReply): FastifyReply => {
    reply.header('WWW-Authenticate', 'Bearer');
    return send(reply, HTTP_STATUS.unauthorized, errorBody('UNAUTHORIZED', 'missing or wrong bearer token (Authorization: Bearer <api.token>)'));
  };

  const register = (route: RouteSpec): void => {
    app.route({
      method: route.method,
      url: route.path,
      handler: async (request, reply) => {
        if (route.auth && !authorized(request.headers)) return refuse(reply);
        try {
          const query = request.query as Record<string, string | undefined>;
          const result = await route.handle({
            service: options.service,
            params: request.params as Record<string, string>,
            query,
            body: request.body ?? {},
            watch,
          });
          return send(reply, result.status, result.body);
        } catch (err) {
          const { status, body } = fromServiceError(err);
          if (status === HTTP_STATUS.internal) log?.error({ err, route: route.path }, 'API handler failed');
          return send(reply, status, body);
        }
      },
    });
  };
  for (const route of ROUTES) register(route);
  const document = openApiDocument();
  app.get('/openapi.json', async (_request, reply) => send(reply, HTTP_STATUS.ok, document));
  const metrics = options.metrics;
  if (metrics) {
    app.get('/metrics', async (request, reply) => {
      if (!authorized(request.headers)) return refuse(reply);
      return reply
        .code(HTTP_STATUS.ok)
        .type(metrics.contentType)
        .send(await metrics.render());
    });
  }
  registerDashboard(app);
  if (options.queueBoard) {
    app.addHook('onRequest', async (request, reply) => {
      if (request.url !== QUEUES_PATH && !request.url.startsWith(`${QUEUES_PATH}/`) && !request.url.startsWith(`${QUEUES_PATH}?`)) return;
      if (!authorized(request.headers, true)) return refuse(reply);
    });
    app.register(options.queueBoard(QUEUES_PATH), { prefix: QUEUES_PATH });
  }

  app.setNotFoundHandler((request, reply) =>
    send(reply, HTTP_STATUS.notFound, errorBody('NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`)),
  );
  // Errors raised by Fastify before a handler runs: bad JSON, wrong content type, body too large.
  app.setErrorHandler((err: { statusCode?: number; message: string }, _request, reply) => {
    const status = err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : HTTP_STATUS.internal;
    if (status === HTTP_STATUS.internal) log?.error({ err }, 'API request failed');
    return send(
      reply,
      status,
      status === HTTP_STATUS.internal ? errorBody('INTERNAL', 'internal error (see the server log)') : errorBody('REQUEST_INVALID', err.message),
    );
  });
  return app;
}

export interface RunningApi {
  /** e.g. "http://127.0.0.1:8787". */
  url: string;
  close(): Promise<void>;
}

/** Checks the binding, builds the server and listens; port 0 takes a free port. */
export async function startApi(options: ApiOptions & { host: string; port: number }): Promise<RunningApi> {
  assertSafeBinding(options.host, options.token);
  const app = buildApi(options);
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const host = options.host.includes(':') && !options.host.startsWith('[') ? `[${options.host}]` : options.host;
  return { url: `http://${host}:${port}`, close: () => app.close() };
}
