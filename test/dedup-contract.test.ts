/**
 * One contract for every DedupStore implementation: memory and SQLite here, Redis
 * later. Claims are insert-or-get (first writer wins), records round-trip
 * exactly, postings keep the most recent stories, and the SQLite store keeps it
 * all across a reopen.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteDedupStore } from '../embedded/dedup-store-sqlite.js';
import { createMemoryDedupStore, dedupArticle, type DedupStore, type StoredArticle, type StoryState } from '../pipeline/dedup/index.js';

const tempDirs: string[] = [];
const openDbs: Database.Database[] = [];
afterAll(() => {
  for (const db of openDbs) if (db.open) db.close();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function sqliteFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-dedup-'));
  tempDirs.push(dir);
  return join(dir, 'state.sqlite');
}

function openSqlite(file: string): DedupStore {
  const db = new Database(file);
  openDbs.push(db);
  return createSqliteDedupStore(db);
}

const IMPLEMENTATIONS: [string, () => DedupStore][] = [
  ['memory', () => createMemoryDedupStore()],
  ['sqlite', () => openSqlite(sqliteFile())],
];

const article: StoredArticle = {
  articleId: 'a0123456789abcdef',
  urlKey: 'https://outlet.example/news/one',
  outlet: 'outlet.example',
  textHash: '0011223344556677',
  eventTime: '2024-12-23T00:00:00.000Z',
  storyId: 'a0123456789abcdef',
  duplicateOf: null,
  duplicateReason: null,
  similarity: null,
  signature: Uint32Array.from({ length: 128 }, (_, i) => (i * 2654435761) >>> 0),
  ledeShingles: Uint32Array.from([1, 5, 9, 0xffffffff]),
  headlineFigures: [1000],
  ledeFigures: [100, 1000],
  allFigures: [100, 1000, 1100],
  ledeEntities: ['jcs', 'seoul'],
  allEntities: ['jcs', 'kursk', 'seoul'],
};

const story: StoryState = {
  storyId: 'a0123456789abcdef',
  representativeId: 'a0123456789abcdef',
  memberCount: 1,
  outlets: ['outlet.example'],
  firstSeen: '2024-12-23T00:00:00.000Z',
  lastSeen: '2024-12-23T00:00:00.000Z',
  centroid: [['soldier', 0.5], ['e:jcs', 0.25]],
  headlineFigures: [1000],
  recentMembers: ['a0123456789abcdef'],
};

describe.each(IMPLEMENTATIONS)('DedupStore contract: %s', (_name, make) => {
  it('claims are insert-or-get: the first writer stays the owner', async () => {
    const store = make();
    expect(await store.lookupUrl('https://x.example/a')).toBeNull();
    expect(await store.claimUrlKeys(['https://x.example/a', 'https://x.example/b'], 'aone')).toEqual(['aone', 'aone']);
    expect(await store.claimUrlKeys(['https://x.example/b', 'https://x.example/c'], 'atwo')).toEqual(['aone', 'atwo']);
    expect(await store.lookupUrl('https://x.example/c')).toBe('atwo');
    expect(await store.claimTextHash('h1', 'aone')).toBe('aone');
    expect(await store.claimTextHash('h1', 'atwo')).toBe('aone');
    expect(await store.claimBands(['c0.01', 'c1.02'], 'aone')).toEqual(['aone', 'aone']);
    expect(await store.claimBands(['c1.02', 'c2.03', 'c0.01'], 'atwo')).toEqual(['aone', 'atwo', 'aone']);
  });

  it('concurrent claims of one bucket agree on one representative', async () => {
    const store = make();
    const owners = await Promise.all(['a1', 'a2', 'a3', 'a4'].map((id) => store.claimBands(['l7.hot'], id)));
    expect(new Set(owners.map((o) => o[0])).size).toBe(1);
  });

  it('articles and stories round-trip exactly, and a put replaces', async () => {
    const store = make();
    expect(await store.getArticle(article.articleId)).toBeNull();
    await store.putArticle(article);
    expect(await store.getArticle(article.articleId)).toEqual(article);
    const revised = { ...article, textHash: 'ffff', signature: new Uint32Array(128).fill(7) };
    await store.putArticle(revised);
    expect(await store.getArticle(article.articleId)).toEqual(revised);
    expect(await store.getStory(story.storyId)).toBeNull();
    await store.putStory(story);
    expect(await store.getStoryState(story.storyId)).toEqual(story);
    expect(await store.getStory(story.storyId)).toEqual({
      storyId: story.storyId,
      representativeId: story.representativeId,
      memberCount: 1,
      outlets: ['outlet.example'],
      firstSeen: story.firstSeen,
      lastSeen: story.lastSeen,
    });
  });

  it('postings return the most recently posted stories first and keep a capped list per term', async () => {
    const store = make();
    await store.addStoryPostings('s1', ['korea', 'e:jcs'], 2);
    await store.addStoryPostings('s2', ['korea'], 2);
    await store.addStoryPostings('s3', ['korea', 'kursk'], 2);
    expect(await store.findStories(['korea'], 10)).toEqual(['s3', 's2']);
    expect(await store.findStories(['korea', 'e:jcs'], 10)).toEqual(['s3', 's2', 's1']);
    expect(await store.findStories(['korea', 'e:jcs'], 1)).toEqual(['s3']);
    await store.addStoryPostings('s1', ['korea'], 2);
    expect(await store.findStories(['korea'], 10)).toEqual(['s1', 's3']);
    expect(await store.findStories(['nothing'], 10)).toEqual([]);
  });

  it('term statistics count documents and unique terms per document', async () => {
    const store = make();
    expect(await store.termStats(['a', 'b'])).toEqual({ documents: 0, df: [0, 0] });
    await store.addDocumentTerms(['a', 'b', 'a']);
    await store.addDocumentTerms(['a']);
    expect(await store.termStats(['a', 'b', 'c'])).toEqual({ documents: 2, df: [2, 1, 0] });
  });

  it('runs the whole stage: new, same URL, exact copy', async () => {
    const store = make();
    const text = 'The regional council approved the new budget of 45 million on Tuesday after a long debate. '.repeat(4);
    const input = { url: 'https://outlet.example/a?utm_source=x', canonicalUrl: '', title: 'Council approves budget', text, publishedAt: '2024-05-02', seenAt: '2024-05-02T10:00:00Z' };
    const first = await dedupArticle(input, store);
    expect(first.status).toBe('new');
    expect(await store.lookupUrl('https://outlet.example/a')).toBe(first.articleId);
    expect((await dedupArticle(input, store)).status).toBe('same_url');
    const copy = await dedupArticle({ ...input, url: 'https://other.example/b' }, store);
    expect(copy).toMatchObject({ status: 'duplicate', duplicateOf: first.articleId, duplicateReason: 'exact_text', storyId: first.storyId });
    expect((await store.getStory(first.storyId))?.outlets).toEqual(['outlet.example', 'other.example']);
  });
});

describe('SQLite DedupStore durability', () => {
  it('keeps URL keys, articles, stories and bands across a reopen', async () => {
    const file = sqliteFile();
    const store = openSqlite(file);
    const text = 'Firefighters contained the warehouse fire near the harbour by early morning, officials said. '.repeat(5);
    const input = { url: 'https://outlet.example/fire', canonicalUrl: '', title: 'Harbour fire contained', text, publishedAt: '2024-06-01', seenAt: '2024-06-01T08:00:00Z' };
    const first = await dedupArticle(input, store);
    await store.claimBands(['c3.abc'], first.articleId);
    await store.addStoryPostings(first.storyId, ['harbour'], 50);
    const db = openDbs.pop();
    db?.close();

    const reopened = openSqlite(file);
    expect(await reopened.lookupUrl('https://outlet.example/fire')).toBe(first.articleId);
    expect((await reopened.getArticle(first.articleId))?.signature).toHaveLength(128);
    expect(await reopened.getStory(first.storyId)).toMatchObject({ memberCount: 1, representativeId: first.articleId });
    expect(await reopened.claimBands(['c3.abc'], 'aother')).toEqual([first.articleId]);
    expect(await reopened.findStories(['harbour'], 5)).toEqual([first.storyId]);
    expect((await dedupArticle(input, reopened)).status).toBe('same_url');
    const copy = await dedupArticle({ ...input, url: 'https://mirror.example/fire' }, reopened);
    expect(copy).toMatchObject({ status: 'duplicate', duplicateOf: first.articleId, duplicateReason: 'exact_text' });
  });
});
