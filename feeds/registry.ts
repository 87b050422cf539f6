/**
 * The durable feed registry: feeds added by operators (CLI or HTTP API), kept in
 * the SQLite state of the data directory so they survive restarts, plus a
 * paused flag for any feed, whether it comes from the config file or not.
 *
 * Invariants: one operator feed per normalised feed URL (a UNIQUE column, so
 * concurrent adds of the same feed, even from several processes, insert one
 * row); the effective list is the config file's feeds plus the operator's, and
 * the config file wins a clash of id or of normalised URL (the file is what the
 * operator wrote by hand and reviews; an operator feed it shadows is kept but
 * not polled, and `entries()` says so).
 */
import type { z } from 'zod';
import { feedSchema, type FeedConfig } from '../config/schema.js';
import type { Db } from '../runtime/db.js';

/** Where a feed definition comes from. */
export const FEED_ORIGINS = ['config', 'operator'] as const;
export type FeedOrigin = (typeof FEED_ORIGINS)[number];

export interface RegistryEntry {
  feed: FeedConfig;
  origin: FeedOrigin;
  /** ISO time an operator feed was added; null for config-file feeds. */
  addedAt: string | null;
  /** An operator feed hidden by a config-file feed with the same id or URL. */
  shadowedBy: string | null;
}

/** A feed definition to register: the config schema's input (defaults apply), id null to derive one. */
export type FeedToRegister = Omit<z.input<typeof feedSchema>, 'id'> & { id: string | null };

/** Outcome of an insert-or-get: the stored feed, and whether this call created it. */
export interface RegisterResult {
  entry: RegistryEntry;
  created: boolean;
}

/** Longest feed id (see FEED_ID in config/schema.ts). */
const MAX_FEED_ID_CHARS = 64;
/** Suffixes tried when a derived id is taken: "-2" .. "-99". */
const MAX_ID_SUFFIX = 99;

/**
 * The registry key of a feed URL. Narrower than the article URL key
 * (`canonicalizeUrl`): host case, default port, fragment, trailing slash and
 * query-parameter order never select another feed, but "www.", "/amp" or
 * tracking-looking parameters might, so they are kept.
 */
export function feedUrlKey(url: string): string {
  const parsed = new URL(url.trim());
  // URL already lower-cases scheme and host, applies punycode and drops default ports.
  let path = parsed.pathname;
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  const params = [...parsed.searchParams.entries()].sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = params.length === 0 ? '' : `?${new URLSearchParams(params).toString()}`;
  return `${parsed.protocol}//${parsed.host}${path}${query}`;
}

/** A feed id from host and path: "https://www.example.com/world/rss.xml" → "example-com-world-rss-xml". */
export function deriveFeedId(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, '');
  const slug = `${host}${parsed.pathname}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const id = slug.slice(0, MAX_FEED_ID_CHARS).replace(/-+$/, '');
  return id === '' ? 'feed' : id;
}

interface FeedRow {
  id: string;
  url_key: string;
  definition: string;
  added_at: string;
}

export class SqliteFeedRegistry {
  readonly #db: Db;
  readonly #configFeeds: FeedConfig[];

  /** `configFeeds` are the config file's feeds: they are listed first and win every clash. */
  constructor(db: Db, configFeeds: FeedConfig[]) {
    this.#db = db;
    this.#configFeeds = configFeeds;
    db.exec(`CREATE TABLE IF NOT EXISTS operator_feeds (
      id TEXT PRIMARY KEY,
      url_key TEXT NOT NULL UNIQUE,
      definition TEXT NOT NULL,
      added_at TEXT NOT NULL
    )`);
    // One row per feed an operator paused or resumed; it overrides the definition's flag.
    db.exec(`CREATE TABLE IF NOT EXISTS feed_paused (
      feed_id TEXT PRIMARY KEY,
      paused INTEGER NOT NULL,
      changed_at TEXT NOT NULL
    )`);
  }

  /** The feeds to poll: config-file feeds, then operator feeds not shadowed by them; pause flags applied. */
  list(): FeedConfig[] {
    return this.entries()
      .filter((e) => e.shadowedBy === null)
      .map((e) => e.feed);
  }

  /** Every feed with its origin, shadowed operator feeds included (for operators' listings). */
  entries(): RegistryEntry[] {
    const paused = this.#pausedFlags();
    const withPause = (feed: FeedConfig): FeedConfig => ({ ...feed, paused: paused.get(feed.id) ?? feed.paused });
    const configIds = new Map(this.#configFeeds.map((f) => [f.id, f.id]));
    const configKeys = new Map(this.#configFeeds.map((f) => [safeKey(f.url), f.id]));
    const fromConfig: RegistryEntry[] = this.#configFeeds.map((feed) => ({ feed: withPause(feed), origin: 'config', addedAt: null, shadowedBy: null }));
    const fromOperator = this.#rows().map((row): RegistryEntry => {
      const shadow = configIds.get(row.id) ?? configKeys.get(row.url_key) ?? null;
      return { feed: withPause(parseDefinition(row)), origin: 'operator', addedAt: row.added_at, shadowedBy: shadow };
    });
    return [...fromConfig, ...fromOperator];
  }

  /** The entry polled under this id (a config-file feed wins over a shadowed operator feed). */
  get(id: string): RegistryEntry | null {
    const all = this.entries().filter((e) => e.feed.id === id);
    return all.find((e) => e.shadowedBy === null) ?? all[0] ?? null;
  }

  /** The entry whose normalised URL equals this URL's, config-file feeds first. */
  findByUrl(url: string): RegistryEntry | null {
    const key = safeKey(url);
    return this.entries().find((e) => safeKey(e.feed.url) === key) ?? null;
  }

  /** True when an id is used by a config-file or operator feed. */
  idTaken(id: string): boolean {
    return this.#configFeeds.some((f) => f.id === id) || this.#db.prepare('SELECT 1 FROM operator_feeds WHERE id = ?').get(id) !== undefined;
  }

  /**
   * Insert-or-get on the normalised URL, in one IMMEDIATE transaction so that
   * concurrent callers (threads of this process or other processes) see one
   * winner. `id` null derives one from host and path, made unique with a suffix;
   * an explicit id already used by another feed returns `{ idTaken }`.
   */
  register(feed: FeedToRegister, at: Date): RegisterResult | { idTaken: string } {
    const key = feedUrlKey(feed.url);
    const run = this.#db.transaction((): RegisterResult | { idTaken: string } => {
      const existing = this.findByUrl(feed.url);
      if (existing) return { entry: existing, created: false };
      const id = feed.id ?? this.#freeId(deriveFeedId(feed.url));
      if (this.idTaken(id)) return { idTaken: id };
      const definition = feedSchema.parse({ ...feed, id });
      this.#db
        .prepare('INSERT INTO operator_feeds (id, url_key, definition, added_at) VALUES (?, ?, ?, ?)')
        .run(id, key, JSON.stringify(definition), at.toISOString());
      this.#db.prepare('DELETE FROM feed_paused WHERE feed_id = ?').run(id);
      return { entry: this.get(id)!, created: true };
    });
    return run.immediate();
  }

  /** Sets the paused flag of any feed; false when no feed has this id. */
  setPaused(id: string, paused: boolean, at: Date): boolean {
    if (!this.idTaken(id)) return false;
    this.#db
      .prepare(
        `INSERT INTO feed_paused (feed_id, paused, changed_at) VALUES (?, ?, ?)
         ON CONFLICT(feed_id) DO UPDATE SET paused = excluded.paused, changed_at = excluded.changed_at`,
      )
      .run(id, paused ? 1 : 0, at.toISOString());
    return true;
  }

  /** Deletes an operator feed and its pause flag; false when there is none with this id. */
  remove(id: string): boolean {
    const run = this.#db.transaction(() => {
      const removed = this.#db.prepare('DELETE FROM operator_feeds WHERE id = ?').run(id).changes > 0;
      if (removed) this.#db.prepare('DELETE FROM feed_paused WHERE feed_id = ?').run(id);
      return removed;
    });
    return run.immediate();
  }

  #freeId(base: string): string {
    if (!this.idTaken(base)) return base;
    for (let n = 2; n <= MAX_ID_SUFFIX; n += 1) {
      const suffix = `-${n}`;
      const candidate = `${base.slice(0, MAX_FEED_ID_CHARS - suffix.length)}${suffix}`;
      if (!this.idTaken(candidate)) return candidate;
    }
    // So many feeds on one host and path is a mistake: the explicit-id refusal will say so.
    return base;
  }

  #rows(): FeedRow[] {
    return this.#db.prepare('SELECT id, url_key, definition, added_at FROM operator_feeds ORDER BY added_at, id').all() as FeedRow[];
  }

  #pausedFlags(): Map<string, boolean> {
    const rows = this.#db.prepare('SELECT feed_id, paused FROM feed_paused').all() as Array<{ feed_id: string; paused: number }>;
    return new Map(rows.map((r) => [r.feed_id, r.paused === 1]));
  }
}

function parseDefinition(row: FeedRow): FeedConfig {
  // Validated on the way in; parsed again so that a row written by an older version gets today's defaults.
  return feedSchema.parse(JSON.parse(row.definition));
}

/** The URL key, or the raw URL when it cannot be parsed (config feeds are validated, so only defensively). */
function safeKey(url: string): string {
  try {
    return feedUrlKey(url);
  } catch {
    return url;
  }
}
