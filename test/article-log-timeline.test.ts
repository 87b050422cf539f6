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
