/**
 * Watch management for operators, the one implementation behind `wirewatch
 * watches ...` and the HTTP API: list (with delivery health), show, add,
 * remove, and test (what the last N published articles would have matched).
 * Secrets never leave it: views show whether a webhook has one, not the secret.
 */
import type { AlertTotals } from '../runtime/alerts/totals.js';
import { z } from 'zod';
import type { TimelineInput } from '../pipeline/claims/index.js';
import { documentWatches, type WatchPorts } from '../pipeline/chain/index.js';
import { ALERT_KINDS, compileWatch, watchSchema, type CompiledWatch, type Watch } from '../pipeline/watches/index.js';
import { WATCH_MATCH_ON } from '../pipeline/output-watches.js';
import { claimFlagSchema } from '../pipeline/output-flags.js';
import { ALERT_CHANNELS } from '../runtime/alerts/deliver.js';
import type { SqliteAlertOutbox } from './alert-outbox.js';
import type { ArticleLog } from './article-log.js';
import { parseWatchInput, parseWatchRequest, type SqliteWatchStore, type WatchEntry } from '../runtime/alerts/watch-store.js';

/** Articles `test` reads by default, and at most. */
export const DEFAULT_TEST_ARTICLES = 200;
export const MAX_TEST_ARTICLES = 10_000;

const deliverySchema = z.object({
  channel: z.enum(ALERT_CHANNELS),
  pending: z.number().int().describe('alerts waiting for their first or next attempt'),
  delivered: z.number().int(),
  failed: z.number().int().describe('alerts given up on (attempts spent, or refused by the receiver)'),
  lastError: z.object({ code: z.string(), message: z.string(), at: z.string() }).nullable().describe('the latest failed attempt'),
});

export const watchViewSchema = z.object({
  id: z.string(),
  origin: z.enum(['config', 'operator']).describe('config: the config file (edit it there); operator: added by CLI or API'),
  addedAt: z.string().nullable(),
  shadowed: z.boolean().describe('an operator watch hidden by a config-file watch of the same id'),
  definition: z.record(z.string(), z.unknown()).describe('the watch as stored, webhook secret replaced by "***"'),
  delivery: z.array(deliverySchema).describe('alert delivery per channel (embedded mode)'),
});
export const watchListSchema = z.object({ watches: z.array(watchViewSchema) });

export const testWatchInputSchema = z.strictObject({
  /** A stored watch's id, or a definition to try before adding it. */
  id: z.string().min(1).optional(),
  watch: z.unknown().optional(),
  limit: z.number().int().min(1).max(MAX_TEST_ARTICLES).default(DEFAULT_TEST_ARTICLES),
});

export const watchTestReportSchema = z.object({
  scanned: z.number().int().describe('articles read from the article log, the latest last'),
  watches: z.array(z.string()),
  matches: z.array(
    z.object({
      watchId: z.string(),
      articleId: z.string(),
      title: z.string(),
      url: z.string(),
      siteName: z.string().nullable(),
      processedAt: z.string(),
      on: z.enum(WATCH_MATCH_ON),
      entities: z.array(z.string()),
      claims: z.array(z.string()).describe('sentences of the claims that met a claim filter'),
      timelineFlags: z.array(claimFlagSchema).describe("updates and conflicts against the watch's earlier figures"),
      alerts: z.array(z.enum(ALERT_KINDS)),
    }),
  ),
});

export type WatchView = z.output<typeof watchViewSchema>;
export type WatchTestReport = z.output<typeof watchTestReportSchema>;

function redacted(watch: Watch): Record<string, unknown> {
  return watch.webhook ? { ...watch, webhook: { url: watch.webhook.url, secret: '***' } } : { ...watch };
}

export class WatchService {
  readonly #store: SqliteWatchStore;
  readonly #outbox: SqliteAlertOutbox;
  readonly #articles: ArticleLog;

  constructor(store: SqliteWatchStore, outbox: SqliteAlertOutbox, articles: ArticleLog) {
    this.#store = store;
    this.#outbox = outbox;
    this.#articles = articles;
  }

  #view(entry: WatchEntry): WatchView {
    const delivery = this.#outbox
      .health()
      .filter((h) => h.watchId === entry.watch.id)
      .map(({ channel, pending, delivered, failed, lastError }) => ({ channel, pending, delivered, failed, lastError }));
    return { id: entry.watch.id, origin: entry.origin, addedAt: entry.addedAt, shadowed: entry.shadowed, definition: redacted(entry.watch), delivery };
  }

  /** Delivery over every watch, counts only (the unauthenticated health probe shows these). */
  deliveryTotals(): AlertTotals {
    const health = this.#outbox.health();
    const last = health.flatMap((h) => (h.lastError ? [h.lastError] : [])).sort((a, b) => (a.at < b.at ? 1 : -1))[0];
    return {
      pending: health.reduce((n, h) => n + h.pending, 0),
      failed: health.reduce((n, h) => n + h.failed, 0),
      lastErrorCode: last?.code ?? null,
    };
  }

  list(): { watches: WatchView[] } {
    return { watches: this.#store.entries().map((e) => this.#view(e)) };
  }

  show(id: string): WatchView {
    return this.#view(this.#store.get(id));
  }

  add(input: unknown): WatchView {
    return this.#view(this.#store.add(input));
  }

  remove(id: string): WatchView {
    return this.#view(this.#store.remove(id));
  }

  /**
   * What the latest `limit` articles would have matched, oldest first, with
   * the stories each watch follows built over the same articles.
   */
  async test(input: unknown): Promise<WatchTestReport> {
    const { id, watch, limit } = parseWatchRequest(testWatchInputSchema, input ?? {});
    let watches: CompiledWatch[];
    if (watch !== undefined) watches = [compileWatch(parseWatchInput(watch))];
    else if (id !== undefined) watches = [compileWatch(this.#store.get(id).watch)];
    else watches = this.#store.compiled();
    // A paused watch is tested as if it ran.
    watches = watches.map((w) => (w.watch.paused ? { ...w, watch: { ...w.watch, paused: false } } : w));
    const documents = this.#articles.latest(limit);
    const followed = new Map<string, Set<string>>();
    const timelines = new Map<string, TimelineInput[]>();
    const matches: WatchTestReport['matches'] = [];
    for (const doc of documents) {
      const story = followed.get(doc.story.id) ?? new Set<string>();
      // The same steps as the crawl's (pipeline/chain documentWatches), on in-memory ports.
      const ports: WatchPorts = {
        list: async () => watches,
        storyWatchers: async () => [...story],
        watchStory: async (_storyId, ids) => {
          for (const id of ids) story.add(id);
        },
        timelineOf: async (id) => timelines.get(id) ?? [],
        addToTimeline: async (id, member) => {
          timelines.set(id, [...(timelines.get(id) ?? []).filter((m) => m.articleId !== member.articleId), member]);
        },
      };
      for (const m of await documentWatches(ports, doc)) {
        const claimIds = new Set(m.claimIds);
        matches.push({
          watchId: m.id,
          articleId: doc.article.id,
          title: doc.article.title,
          url: doc.article.url,
          siteName: doc.article.siteName,
          processedAt: doc.provenance.processedAt,
          on: m.on,
          entities: m.entities,
          claims: doc.claims.filter((c) => claimIds.has(c.id)).map((c) => c.sentence),
          timelineFlags: m.timelineFlags,
          alerts: m.alerts,
        });
      }
      followed.set(doc.story.id, story);
    }
    return { scanned: documents.length, watches: watches.map((w) => w.watch.id), matches };
  }
}

/** The input schema of an added watch, for the OpenAPI document. */
export const addWatchInputSchema = watchSchema;
