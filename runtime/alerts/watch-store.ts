/**
 * Watches in the embedded mode: the config file's plus those operators add
 * (CLI, HTTP API), kept in the SQLite state, and the stories each watch
 * follows. The config file wins a clash of id (it is what the operator wrote
 * and reviews); an operator watch it shadows is kept but not matched.
 */
import type { z } from 'zod';
import { formatProblems, problemsOf } from '../../config/problems.js';
import type { WatchPorts } from '../../pipeline/chain/index.js';
import { PermanentError } from '../../pipeline/errors.js';
import type { TimelineInput } from '../../pipeline/claims/index.js';
import { MAX_WATCH_TIMELINE_MEMBERS, watchCompiler, storedWatchSchema, watchSchema, type CompiledWatch, type Watch } from '../../pipeline/watches/index.js';
import type { Db } from '../db.js';

export type WatchOrigin = 'config' | 'operator';

export interface WatchEntry {
  watch: Watch;
  origin: WatchOrigin;
  /** ISO time an operator watch was added; null for the config file's. */
  addedAt: string | null;
  /** An operator watch hidden by a config-file watch of the same id. */
  shadowed: boolean;
}

/** A refused watch operation, with the kind the HTTP API maps to 422, 404 or 409. */
export function watchRefusal(
  code: 'CONFIG_INVALID' | 'WATCH_UNKNOWN' | 'WATCH_EXISTS',
  message: string,
  kind: 'invalid' | 'not_found' | 'conflict',
  context: Record<string, unknown> = {},
): PermanentError {
  return new PermanentError(code, message, { context: { ...context, refusal: kind } });
}

/** Validates input against `schema` as the feed service does: every problem, unknown keys with the key they most likely meant. */
export function parseWatchRequest<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = problemsOf(parsed.error.issues, schema);
  throw watchRefusal('CONFIG_INVALID', formatProblems(problems, '(input)'), 'invalid', { problems });
}

/** Validates a watch definition as people type it: every problem listed, unknown keys with a suggestion. */
export function parseWatchInput(input: unknown): Watch {
  return parseWatchRequest(watchSchema, input);
}

interface WatchRow {
  id: string;
  definition: string;
  added_at: string;
}

export class SqliteWatchStore {
  readonly #db: Db;
  readonly #configWatches: Watch[];
  /** Compiled watches by definition: a query is parsed once, not per document. */
  readonly #compile = watchCompiler();

  constructor(db: Db, configWatches: Watch[]) {
    this.#db = db;
    this.#configWatches = configWatches;
    db.exec(`CREATE TABLE IF NOT EXISTS operator_watches (id TEXT PRIMARY KEY, definition TEXT NOT NULL, added_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS watch_stories (story_id TEXT NOT NULL, watch_id TEXT NOT NULL, PRIMARY KEY (story_id, watch_id));
      CREATE TABLE IF NOT EXISTS watch_timeline (seq INTEGER PRIMARY KEY AUTOINCREMENT, watch_id TEXT NOT NULL, article_id TEXT NOT NULL, member TEXT NOT NULL);
      CREATE UNIQUE INDEX IF NOT EXISTS watch_timeline_article ON watch_timeline(watch_id, article_id)`);
  }

  entries(): WatchEntry[] {
    const configIds = new Set(this.#configWatches.map((w) => w.id));
    const rows = this.#db.prepare('SELECT id, definition, added_at FROM operator_watches ORDER BY added_at, id').all() as WatchRow[];
    return [
      ...this.#configWatches.map((watch): WatchEntry => ({ watch, origin: 'config', addedAt: null, shadowed: false })),
      ...rows.map(
        (row): WatchEntry => ({
          watch: storedWatchSchema.parse(JSON.parse(row.definition)),
          origin: 'operator',
          addedAt: row.added_at,
          shadowed: configIds.has(row.id),
        }),
      ),
    ];
  }

  /** The watches in effect (shadowed ones left out). */
  list(): Watch[] {
    return this.entries()
      .filter((e) => !e.shadowed)
      .map((e) => e.watch);
  }

  get(id: string): WatchEntry {
    const entry = this.entries().find((e) => e.watch.id === id && !e.shadowed);
    if (!entry) throw watchRefusal('WATCH_UNKNOWN', `no watch "${id}"`, 'not_found');
    return entry;
  }

  /** Checks and stores an operator watch; an id in use is refused (remove it first to change it). */
  add(input: unknown, now = new Date()): WatchEntry {
    const watch = parseWatchInput(input);
    if (this.list().some((w) => w.id === watch.id))
      throw watchRefusal('WATCH_EXISTS', `a watch "${watch.id}" exists; remove it first to redefine it`, 'conflict');
    this.#db.prepare('INSERT INTO operator_watches (id, definition, added_at) VALUES (?, ?, ?)').run(watch.id, JSON.stringify(watch), now.toISOString());
    return { watch, origin: 'operator', addedAt: now.toISOString(), shadowed: false };
  }

  /** Removes an operator watch; a config-file watch is refused (edit the file). */
  remove(id: string): WatchEntry {
    const entry = this.get(id);
    if (entry.origin === 'config') throw watchRefusal('WATCH_EXISTS', `watch "${id}" is defined in the config file: remove it there`, 'conflict');
    this.#db.prepare('DELETE FROM operator_watches WHERE id = ?').run(id);
    return entry;
  }

  compiled(): CompiledWatch[] {
    return this.#compile(this.list());
  }

  /** The chain's watch ports over this store. */
  ports(): WatchPorts {
    const watchers = this.#db.prepare('SELECT watch_id FROM watch_stories WHERE story_id = ?').pluck();
    const follow = this.#db.prepare('INSERT OR IGNORE INTO watch_stories (story_id, watch_id) VALUES (?, ?)');
    const members = this.#db.prepare('SELECT member FROM watch_timeline WHERE watch_id = ? ORDER BY seq DESC LIMIT ?').pluck();
    // A new version of an article replaces its earlier member, and moves to the end.
    const addMember = this.#db.prepare('INSERT OR REPLACE INTO watch_timeline (watch_id, article_id, member) VALUES (?, ?, ?)');
    return {
      timelineOf: async (watchId) => (members.all(watchId, MAX_WATCH_TIMELINE_MEMBERS + 1) as string[]).reverse().map((m) => JSON.parse(m) as TimelineInput),
      addToTimeline: async (watchId, member) => {
        addMember.run(watchId, member.articleId, JSON.stringify(member));
      },
      list: async () => this.compiled(),
      storyWatchers: async (storyId) => watchers.all(storyId) as string[],
      watchStory: async (storyId, watchIds) => {
        for (const id of watchIds) follow.run(storyId, id);
      },
    };
  }
}
