/**
 * Feed management for operators, the one implementation behind `wirewatch
 * feeds ...` and the HTTP API: add (checked), list, show, pause, resume,
 * remove, test (dry run), import and export.
 *
 * Invariants: nothing is stored unless the URL passed every check (scheme,
 * userinfo, address policy, reachable, really a feed or a page advertising
 * one, bounds of every option); a refusal is a PermanentError with a stable
 * code and a sentence an operator can act on; adding a feed that is already
 * registered (as any normalised variant of its URL) answers the existing one.
 */
import type { z } from 'zod';
import type { FeedConfig, WirewatchConfig } from '../config/schema.js';
import { formatProblems, problemsOf } from '../config/problems.js';
import type { Resolver } from '../crawlers/url-policy.js';
import { errorCode, type PermanentError } from '../pipeline/errors.js';
import { openDb, type Db } from '../runtime/db.js';
import { FeedStateSqlite } from './state-sqlite.js';
import { PendingEntriesSqlite } from './pending-sqlite.js';
import { refusal } from './registry-errors.js';
import { FeedProber } from './probe.js';
import { feedUrlKey, SqliteFeedRegistry, type RegistryEntry } from './registry.js';
import {
  addFeedInputSchema,
  testFeedInputSchema,
  type AddFeedInput,
  type AddFeedResult,
  type FeedTestReport,
  type FeedView,
  type ImportResult,
} from './registry-schema.js';
import { exportFeedsYaml, importFeedsYaml } from './registry-yaml.js';

/** Entries of a feed a dry run lists. */
export const TEST_ENTRIES_SHOWN = 10;

export interface FeedServiceDeps {
  registry: SqliteFeedRegistry;
  feedState: FeedStateSqlite;
  prober: FeedProber;
  /** Entries listed and not done (the embedded mode's pending table). */
  pending: PendingEntriesSqlite;
  now?: () => Date;
}

export class FeedService {
  readonly #registry: SqliteFeedRegistry;
  readonly #feedState: FeedStateSqlite;
  readonly #prober: FeedProber;
  readonly #pending: PendingEntriesSqlite;
  readonly #now: () => Date;
  /** Adds of one normalised URL in flight: concurrent callers share one check and one answer. */
  readonly #adding = new Map<string, Promise<AddFeedResult>>();

  constructor(deps: FeedServiceDeps) {
    this.#registry = deps.registry;
    this.#feedState = deps.feedState;
    this.#prober = deps.prober;
    this.#pending = deps.pending;
    this.#now = deps.now ?? (() => new Date());
  }

  /** Checks and stores a feed; answers the existing feed when its URL (or the feed it leads to) is registered. */
  async add(input: unknown): Promise<AddFeedResult> {
    const parsed = parseInput(addFeedInputSchema, input);
    const url = this.#prober.checkSyntax(parsed.url.trim()).href;
    const key = feedUrlKey(url);
    const pending = this.#adding.get(key);
    if (pending) return pending.then((result) => ({ ...result, created: false, notes: [`already registered as "${result.feed.id}"`] }));
    const run = this.#addChecked({ ...parsed, url }).finally(() => this.#adding.delete(key));
    this.#adding.set(key, run);
    return run;
  }

  list(): FeedView[] {
    return this.#registry.entries().map((entry) => this.#view(entry));
  }

  show(id: string): FeedView {
    const entry = this.#registry.get(id);
    if (!entry) throw unknownFeed(id);
    return this.#view(entry);
  }

  pause(id: string): FeedView {
    if (!this.#registry.setPaused(id, true, this.#now())) throw unknownFeed(id);
    return this.show(id);
  }

  resume(id: string): FeedView {
    if (!this.#registry.setPaused(id, false, this.#now())) throw unknownFeed(id);
    return this.show(id);
  }

  /** Removes an operator-added feed; config-file feeds are removed by editing the file. */
  remove(id: string): FeedView {
    const operator = this.#registry.entries().find((e) => e.origin === 'operator' && e.feed.id === id);
    if (operator && this.#registry.remove(id)) return this.#view(operator);
    if (this.#registry.get(id)) {
      throw refusal('CONFIG_INVALID', `feed "${id}" is defined in the config file: remove it there (or pause it)`, 'conflict', { feedId: id });
    }
    throw unknownFeed(id);
  }

  /** Dry run: what adding this URL would poll, and one article extracted from it. Changes nothing. */
  async test(input: unknown): Promise<FeedTestReport> {
    const { url } = parseInput(testFeedInputSchema, typeof input === 'string' ? { url: input } : input);
    const probe = await this.#prober.probe(url.trim());
    const first = probe.entries[0];
    const existing = this.#registry.findByUrl(probe.feedUrl) ?? this.#registry.findByUrl(url);
    return {
      requestedUrl: probe.requestedUrl,
      feedUrl: probe.feedUrl,
      discovered: probe.discovered,
      alternates: probe.alternates,
      kind: probe.kind,
      title: probe.title,
      entryCount: probe.entries.length,
      entries: probe.entries.slice(0, TEST_ENTRIES_SHOWN).map(({ url: u, title, publishedAt, author }) => ({
        url: u,
        ...(title !== undefined ? { title } : {}),
        ...(publishedAt !== undefined ? { publishedAt } : {}),
        ...(author !== undefined ? { author } : {}),
      })),
      sitemaps: probe.sitemaps,
      warnings: probe.warnings,
      article: first ? await this.#prober.sampleArticle(first) : null,
      existingFeedId: existing?.feed.id ?? null,
    };
  }

  /** Adds every feed of a YAML document (`feeds:` list of a config file, or a bare list), one at a time. */
  import(yamlText: string): Promise<ImportResult> {
    return importFeedsYaml(
      yamlText,
      (input) => this.add(input),
      (id) => this.#registry.setPaused(id, true, this.#now()),
    );
  }

  /** The operator-added feeds' definitions, pause flags applied (what `export` writes). */
  operatorFeeds(): FeedConfig[] {
    return this.#registry
      .entries()
      .filter((e) => e.origin === 'operator')
      .map((e) => e.feed);
  }

  /** The operator-added feeds as YAML that `import` (or a config file's `feeds:`) reads back. */
  export(): string {
    return exportFeedsYaml(this.operatorFeeds());
  }

  async #addChecked(input: AddFeedInput): Promise<AddFeedResult> {
    const known = this.#registry.findByUrl(input.url);
    if (known) return { feed: this.#view(known), created: false, notes: [`already registered as "${known.feed.id}"`] };
    if (input.id !== undefined && this.#registry.idTaken(input.id)) throw idTaken(input.id);
    const probe = await this.#prober.probe(input.url);
    const notes: string[] = [];
    if (probe.discovered) {
      notes.push(`${input.url} is an HTML page; it advertises the feed ${probe.feedUrl}, which is stored instead`);
    } else if (feedUrlKey(probe.feedUrl) !== feedUrlKey(input.url)) {
      notes.push(`${input.url} redirects to ${probe.feedUrl}, which is stored instead`);
    }
    if (probe.entries.length === 0 && probe.sitemaps.length === 0) notes.push('the feed lists no entries yet');
    const result = this.#registry.register(
      {
        id: input.id ?? null,
        url: probe.feedUrl,
        // Options left out get the config schema's defaults.
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.intervalSecs !== undefined ? { pollIntervalSecs: input.intervalSecs } : {}),
        ...(input.render !== undefined ? { render: input.render } : {}),
        ...(input.paused !== undefined ? { paused: input.paused } : {}),
        ...(input.name !== undefined ? { name: input.name } : probe.title ? { name: probe.title } : {}),
        ...(input.allowPattern !== undefined ? { allowPattern: input.allowPattern } : {}),
      },
      this.#now(),
    );
    if ('idTaken' in result) throw idTaken(result.idTaken);
    if (!result.created) notes.push(`already registered as "${result.entry.feed.id}"`);
    return { feed: this.#view(result.entry), created: result.created, notes };
  }

  #view(entry: RegistryEntry): FeedView {
    const state = this.#feedState.read(entry.feed.id);
    return {
      ...entry.feed,
      origin: entry.origin,
      addedAt: entry.addedAt,
      shadowedBy: entry.shadowedBy,
      health: {
        lastPolledAt: state.lastPolledAt,
        lastSuccessAt: state.lastSuccessAt,
        nextPollAt: state.nextPollAt,
        consecutiveFailures: state.consecutiveFailures,
        lastErrorCode: state.lastErrorCode,
        lastErrorMessage: state.lastErrorMessage,
        pendingEntries: this.#pending.count(entry.feed.id),
      },
    };
  }
}

function unknownFeed(id: string): PermanentError {
  return refusal('FEED_UNKNOWN', `no feed with id "${id}" (see \`wirewatch feeds list\`)`, 'not_found', { feedId: id });
}

function idTaken(id: string): PermanentError {
  return refusal('CONFIG_INVALID', `feed id "${id}" is already used by another feed: choose another id, or leave it out to derive one`, 'conflict', {
    feedId: id,
  });
}

/** Validates operation input; every problem is listed at once, with its field. */
function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = problemsOf(result.error.issues, schema);
  throw refusal('CONFIG_INVALID', formatProblems(problems, '(input)'), 'invalid', { problems });
}

/** The service over a config's data directory; `close()` closes the database it opened. */
export function openFeedService(
  config: WirewatchConfig,
  options: { resolve?: Resolver; now?: () => Date } = {},
): { service: FeedService; db: Db; close(): void } {
  const db = openDb(config.dataDir);
  try {
    const service = new FeedService({
      registry: new SqliteFeedRegistry(db, config.feeds),
      feedState: new FeedStateSqlite(db),
      pending: new PendingEntriesSqlite(db),
      prober: new FeedProber(config.crawler, options.resolve ? { resolve: options.resolve } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
    return { service, db, close: () => db.close() };
  } catch (err) {
    db.close();
    throw err;
  }
}

/** True for errors that refuse an operation (coded); false for bugs. */
export function isRefusal(err: unknown): boolean {
  return errorCode(err) !== 'INTERNAL';
}
