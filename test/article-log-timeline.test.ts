/**
 * The article log keeps, beside each document, what a story's claim timeline
 * reads of it; a data directory written before that column existed still gives
 * its members (read out of the documents).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleLog } from '../local/article-log.js';
import { timelineClaims, timelineInputOf } from '../pipeline/claims/index.js';
import { openDb } from '../runtime/db.js';

const dir = mkdtempSync(join(tmpdir(), 'wirewatch-article-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const figure = { measure: 'killed', value: 12, low: null, high: null, source: 'police', via: null };
const statement = { measure: null, value: null, low: null, high: null, source: 'police', via: null };

describe('article log timeline members', () => {
  it('reads members of rows written before the timeline column, and adds the column', () => {
    const db = openDb(join(dir, 'old'));
    db.exec(`CREATE TABLE articles (idempotency_key TEXT PRIMARY KEY, article_id TEXT NOT NULL, story_id TEXT NOT NULL,
      feed_id TEXT NOT NULL, published_at TEXT, processed_at TEXT NOT NULL, document TEXT NOT NULL)`);
    const document = {
      article: { id: 'a1', siteName: 'Outlet', publishedAt: '2026-01-02' },
      story: { id: 's1' },
      dedup: { status: 'new', duplicateOf: null },
      claims: [figure, statement],
    };
    db.prepare('INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)').run('k1', 'a1', 's1', 'f1', '2026-01-02', '2026-01-02T00:00:00Z', JSON.stringify(document));
    const log = new ArticleLog(db);
    const columns = db.prepare("SELECT name FROM pragma_table_info('articles')").pluck().all();
    expect(columns).toContain('timeline_member');
    return log.membersOf('s1').then((members) => {
      expect(members.map((m) => [m.articleId, m.outlet, m.storyId, m.claims.length])).toEqual([['a1', 'Outlet', 's1', 2]]);
      db.close();
    });
  });
});

describe('article log timeline members kept in memory', () => {
  /** The fields of a document the log reads (publish) and the timeline uses. */
  const doc = (n: number, storyId: string, processedAt: string) =>
    ({
      idempotencyKey: `k${n}`,
      article: { id: `a${n}`, siteName: `Outlet ${n % 3}`, publishedAt: null },
      story: { id: storyId },
      dedup: { status: 'new', duplicateOf: null },
      claims: [{ ...figure, value: n }],
      provenance: { feedId: 'f1', processedAt },
    }) as unknown as Parameters<ArticleLog['publish']>[0];

  it('answers what SQLite answers: latest members in (processed_at, rowid) order, clocks out of order and repeats included, past its size', async () => {
    const db = openDb(join(dir, 'cached'));
    const cached = new ArticleLog(db, { maxCachedMembers: 60 });
    let x = 7;
    const next = (m: number): number => {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      return x % m;
    };
    for (let n = 0; n < 600; n++) {
      const story = `s${next(5)}`;
      // A clock that sometimes goes back, and ties.
      const processedAt = `2026-01-01T00:${String(10 + next(50)).padStart(2, '0')}:00.000Z`;
      // A repeat of an earlier version is not inserted (INSERT OR IGNORE).
      const d = doc(next(10) === 0 && n > 0 ? n - 1 : n, story, processedAt);
      // The document step places its member (storyClaimFlags) before publishing: the log caches that object;
      // one placed for another article, or none, and it caches the row's member read back.
      const placed = next(4);
      const member = timelineInputOf({ ...d, claims: timelineClaims(d.claims) });
      if (placed <= 1) await cached.membersOf(story);
      if (placed === 0) await cached.add(story, member);
      if (placed === 1) await cached.add(story, { ...member, articleId: 'another' });
      const published = cached.publish(d);
      if (published === null) continue;
      if (placed <= 1) {
        // Its story was cached just before: the member is there unless older than the 51 latest.
        const kept = (await cached.membersOf(story)).find((m) => m.articleId === d.article.id);
        if (kept && placed === 0) expect(kept).toBe(member);
        if (kept && placed === 1) expect(kept).toEqual(member);
      }
      if (next(3) === 0) {
        const read = await cached.membersOf(story);
        // A log without the cache reads the rows themselves.
        const fresh = await new ArticleLog(db, { maxCachedMembers: 0 }).membersOf(story);
        expect(read).toEqual(fresh);
      }
    }
    for (const story of ['s0', 's1', 's2', 's3', 's4']) {
      const read = await cached.membersOf(story);
      expect(read).toHaveLength(51);
      expect(read).toEqual(await new ArticleLog(db, { maxCachedMembers: 0 }).membersOf(story));
    }
    db.close();
  });
});
