/**
 * Published article documents and page failures. The idempotency key is unique,
 * so publishing the same article version twice is a no-op: the NDJSON output
 * gets a line only when the insert really happened.
 */
import type Database from 'better-sqlite3';
import { MAX_STORY_TIMELINE_MEMBERS, type StoryClaimsStore } from '../pipeline/chain/index.js';
import { timelineClaimOf, timelineClaims, timelineInputOf, type TimelineInput, type TimelineSource } from '../pipeline/claims/index.js';
import type { ArticleDocument } from '../pipeline/output.js';
import type { Db } from '../runtime/db.js';

/** A page that failed permanently is not fetched again until its URL changes. */
export interface PageFailure {
  url: string;
  feedId: string;
  code: string;
  message: string;
  permanent: boolean;
  attempts: number;
  lastAt: string;
}

/**
 * Members read for a story's timeline are kept parsed for the stories met last,
 * up to this many members in all (a member is 1–3 KB of JSON, a few KB parsed:
 * some 100 full stories in about 25 MB): every document read its story's latest
 * members back from SQLite and parsed them, which cost more than building the timeline.
 */
export const CACHED_TIMELINE_MEMBERS = 5_000;

/** A story's member as the timeline query orders it. */
interface CachedMember {
  processedAt: string;
  rowid: number;
  member: TimelineInput;
}

export class ArticleLog implements StoryClaimsStore {
  readonly #db: Db;
  /**
   * Per story, its latest members oldest first, exactly as #members reads them:
   * this process is the only writer of the articles table (embedded mode), and a
   * row it inserts is visible to its own reads at once, committed or not. Least
   * recently used first (Map order).
   */
  readonly #latest = new Map<string, CachedMember[]>();
  #cachedMembers = 0;
  readonly #maxCachedMembers: number;
  /**
   * The member the document step placed last (add()), until its document is
   * published. It is built from the same fields as the row's timeline_member (its
   * claims whole, the row's cut to the fields the timeline reads), so the timeline
   * reads it as that row read back; and the timeline keeps what it worked out about a
   * member object (its statements) while the object lives, so caching this one
   * spares the parse and that work for the story's next articles (the timeline
   * and the row: 0.14–0.16 → 0.12–0.15 ms a page on the bench pages).
   */
  #added: TimelineInput | null = null;
  readonly #insert: Database.Statement;
  readonly #members: Database.Statement;
  readonly #clearFailure: Database.Statement;
  readonly #published: Database.Statement;
  readonly #permanentFailure: Database.Statement;

  constructor(db: Db, options: { maxCachedMembers?: number } = {}) {
    this.#db = db;
    this.#maxCachedMembers = options.maxCachedMembers ?? CACHED_TIMELINE_MEMBERS;
    db.exec(`CREATE TABLE IF NOT EXISTS articles (
      idempotency_key TEXT PRIMARY KEY,
      article_id TEXT NOT NULL,
      story_id TEXT NOT NULL,
      feed_id TEXT NOT NULL,
      published_at TEXT,
      processed_at TEXT NOT NULL,
      document TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
    CREATE TABLE IF NOT EXISTS page_failures (
      url TEXT PRIMARY KEY, feed_id TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL,
      permanent INTEGER NOT NULL, attempts INTEGER NOT NULL, last_at TEXT NOT NULL
    )`);
    // Prepared once: these run for every page of a crawl.
    // What a story's claim timeline reads of a member, written beside its document: reading it out
    // of whole documents (every claim with its spans) for the 50 latest members cost more than the page.
    const columns = db.prepare("SELECT name FROM pragma_table_info('articles')").pluck().all() as string[];
    if (!columns.includes('timeline_member')) db.exec('ALTER TABLE articles ADD COLUMN timeline_member TEXT');
    this.#insert = db.prepare(
      `INSERT OR IGNORE INTO articles (idempotency_key, article_id, story_id, feed_id, published_at, processed_at, document, timeline_member)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // The latest members only; rows written before timeline_member existed: the fields a
    // timeline reads, picked out of the document by SQLite.
    this.#members = db.prepare(
      `SELECT processed_at AS processedAt, rowid, COALESCE(timeline_member, json_object(
           'article', json_object('id', article_id, 'siteName', json_extract(document, '$.article.siteName'), 'publishedAt', json_extract(document, '$.article.publishedAt')),
           'story', json_object('id', story_id),
           'dedup', json_object('status', json_extract(document, '$.dedup.status'), 'duplicateOf', json_extract(document, '$.dedup.duplicateOf')),
           'claims', json_extract(document, '$.claims'))) AS member
         FROM articles WHERE story_id = ? ORDER BY processed_at DESC, rowid DESC LIMIT ?`,
    );
    this.#clearFailure = db.prepare('DELETE FROM page_failures WHERE url = ?');
    this.#published = db.prepare('SELECT 1 FROM articles WHERE idempotency_key = ?');
    this.#permanentFailure = db.prepare('SELECT * FROM page_failures WHERE url = ? AND permanent = 1');
  }

  /** True when the article version with this idempotency key is in the log. */
  isPublished(idempotencyKey: string): boolean {
    return this.#published.get(idempotencyKey) !== undefined;
  }

  /** Stores a document (`json`: the document serialised, when the caller has it); its row id, or null when this article version was already published. */
  publish(doc: ArticleDocument, json: string = JSON.stringify(doc)): number | null {
    const member = JSON.stringify(timelineMemberOf(doc));
    const result = this.#insert.run(
      doc.idempotencyKey,
      doc.article.id,
      doc.story.id,
      doc.provenance.feedId,
      doc.article.publishedAt,
      doc.provenance.processedAt,
      json,
      member,
    );
    const added = this.#added;
    this.#added = null;
    if (result.changes !== 1) return null;
    const rowid = Number(result.lastInsertRowid);
    const same = added !== null && added.articleId === doc.article.id && added.storyId === doc.story.id;
    this.#addCached(doc.story.id, { processedAt: doc.provenance.processedAt, rowid, member: same ? added : memberOf(member) });
    return rowid;
  }

  /** The `limit` documents processed last, oldest first (`wirewatch watches test`). */
  latest(limit: number): ArticleDocument[] {
    const rows = this.#db.prepare('SELECT document FROM articles ORDER BY processed_at DESC, rowid DESC LIMIT ?').all(limit) as Array<{ document: string }>;
    return rows.reverse().map((row) => JSON.parse(row.document) as ArticleDocument);
  }

  /** The documents with these idempotency keys, in that order (a key not in the log is left out). */
  documentsByKey(keys: readonly string[]): ArticleDocument[] {
    const byKey = this.#db.prepare('SELECT document FROM articles WHERE idempotency_key = ?').pluck();
    return keys.flatMap((key) => {
      const json = byKey.get(key) as string | undefined;
      return json === undefined ? [] : [JSON.parse(json) as ArticleDocument];
    });
  }

  documents(): ArticleDocument[] {
    const rows = this.#db.prepare('SELECT document FROM articles ORDER BY processed_at, rowid').all() as Array<{ document: string }>;
    return rows.map((row) => JSON.parse(row.document) as ArticleDocument);
  }

  /**
   * The story's latest published documents (one more than a timeline uses, so the
   * caller can drop the article at hand), oldest first, as timeline members.
   */
  async membersOf(storyId: string): Promise<TimelineInput[]> {
    let members = this.#latest.get(storyId);
    if (members === undefined) {
      const rows = this.#members.all(storyId, MAX_STORY_TIMELINE_MEMBERS + 1) as Array<{ processedAt: string; rowid: number; member: string }>;
      members = rows.reverse().map((row) => ({ processedAt: row.processedAt, rowid: row.rowid, member: memberOf(row.member) }));
      this.#cachedMembers += members.length;
    } else this.#latest.delete(storyId);
    this.#latest.set(storyId, members);
    this.#evict();
    return members.map((m) => m.member);
  }

  /** A member just inserted, in the order of the timeline query (processed_at, then rowid), into its story's cached members. */
  #addCached(storyId: string, added: CachedMember): void {
    const members = this.#latest.get(storyId);
    if (members === undefined) return;
    let at = members.length;
    while (at > 0 && isAfter(members[at - 1] as CachedMember, added)) at--;
    members.splice(at, 0, added);
    this.#cachedMembers += 1;
    if (members.length > MAX_STORY_TIMELINE_MEMBERS + 1) {
      members.shift();
      this.#cachedMembers -= 1;
    }
  }

  #evict(): void {
    for (const [storyId, members] of this.#latest) {
      if (this.#cachedMembers <= this.#maxCachedMembers || this.#latest.size <= 1) break;
      this.#latest.delete(storyId);
      this.#cachedMembers -= members.length;
    }
  }

  /** A member is recorded when its document is published (publish()), which takes this object for its cache. */
  async add(_storyId: string, member: TimelineInput): Promise<void> {
    this.#added = member;
  }

  count(): { articles: number; stories: number } {
    const row = this.#db.prepare('SELECT COUNT(DISTINCT article_id) AS articles, COUNT(DISTINCT story_id) AS stories FROM articles').get() as {
      articles: number;
      stories: number;
    };
    return row;
  }

  recordFailure(failure: Omit<PageFailure, 'attempts'>): void {
    this.#db
      .prepare(
        `INSERT INTO page_failures (url, feed_id, code, message, permanent, attempts, last_at) VALUES (@url, @feedId, @code, @message, @permanent, 1, @lastAt)
         ON CONFLICT(url) DO UPDATE SET code = @code, message = @message, permanent = @permanent, attempts = attempts + 1, last_at = @lastAt`,
      )
      .run({ ...failure, permanent: failure.permanent ? 1 : 0 });
  }

  clearFailure(url: string): void {
    this.#clearFailure.run(url);
  }

  permanentFailure(url: string): PageFailure | null {
    const row = this.#permanentFailure.get(url) as
      | { url: string; feed_id: string; code: string; message: string; permanent: number; attempts: number; last_at: string }
      | undefined;
    if (!row) return null;
    return { url: row.url, feedId: row.feed_id, code: row.code, message: row.message, permanent: true, attempts: row.attempts, lastAt: row.last_at };
  }
}

/** A member as the timeline reads it, parsed from its stored JSON. */
function memberOf(json: string): TimelineInput {
  return timelineInputOf(JSON.parse(json) as TimelineSource);
}

/** SQLite's order of the timeline query: processed_at (text, compared by code unit), then rowid. */
function isAfter(a: CachedMember, b: CachedMember): boolean {
  return a.processedAt > b.processedAt || (a.processedAt === b.processedAt && a.rowid > b.rowid);
}

/** The part of a document a story's claim timeline reads (timelineInputOf), with only the claims and claim fields it uses. */
function timelineMemberOf(doc: ArticleDocument): TimelineSource {
  return {
    article: { id: doc.article.id, siteName: doc.article.siteName, publishedAt: doc.article.publishedAt },
    story: { id: doc.story.id },
    dedup: { status: doc.dedup.status, duplicateOf: doc.dedup.duplicateOf },
    claims: timelineClaims(doc.claims).map(timelineClaimOf),
  };
}
