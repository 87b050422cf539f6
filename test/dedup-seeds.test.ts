/**
 * Acceptance on the five seed articles: one storyline (North Korean troops in
 * Ukraine), four different reports, one report told twice (000 and 004).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryDedupStore, dedupArticle, type DedupInput, type DedupStore } from '../pipeline/dedup/index.js';
import type { DedupVerdict } from '../pipeline/types.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'dedup');
interface SeedMeta {
  file: string;
  title: string;
  publishedAt: string;
  url: string;
}
const seeds = new Map<string, DedupInput>(
  (JSON.parse(readFileSync(join(FIXTURES, 'seeds.json'), 'utf8')) as SeedMeta[]).map((m) => [
    m.file.slice(5, 8),
    {
      url: m.url,
      canonicalUrl: m.url,
      title: m.title,
      text: readFileSync(join(FIXTURES, m.file), 'utf8'),
      publishedAt: m.publishedAt,
      seenAt: `${m.publishedAt}T12:00:00.000Z`,
    },
  ]),
);
function seed(n: string): DedupInput {
  const s = seeds.get(n);
  if (s === undefined) throw new Error(`seed ${n} missing`);
  return s;
}

async function run(order: string[]): Promise<{ store: DedupStore; v: Record<string, DedupVerdict> }> {
  const store = createMemoryDedupStore();
  const v: Record<string, DedupVerdict> = {};
  for (const n of order) v[n] = await dedupArticle(seed(n), store);
  return { store, v };
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

/**
 * Every arrival order: in the distributed mode articles arrive in any order, and an
 * earlier version found 000/004 only when no other seed came between them.
 */
const ORDERS = permutations(['003', '000', '004', '001', '002']);

describe.each(ORDERS)('seed articles in order %s,%s,%s,%s,%s', (...order) => {
  it('000 and 004 are one report (rewrite) and one story; 001 and 002, months later, are stories of their own', async () => {
    const { store, v } = await run(order);
    const all = ['000', '001', '002', '003', '004'].map((n) => v[n] as DedupVerdict);
    const [a000, a001, a002, a003, a004] = all as [DedupVerdict, DedupVerdict, DedupVerdict, DedupVerdict, DedupVerdict];
    const [first, second] = order.indexOf('000') < order.indexOf('004') ? [a000, a004] : [a004, a000];
    expect(second.status).toBe('duplicate');
    expect(second.duplicateOf).toBe(first.articleId);
    expect(second.duplicateReason).toBe('rewrite');
    expect(first.status).toBe('new');
    expect(a000.storyId).toBe(a004.storyId);
    // 003 (four days earlier, an earlier casualty figure) is the same storyline: whether it
    // joins 000's story is the story model's call; it is no copy of either (below).
    const stories = new Set([a000.storyId, a001.storyId, a002.storyId]);
    expect(stories.size).toBe(3);
    expect(a003.storyId).not.toBe(a001.storyId);
    for (const x of [a001, a002, a003]) {
      expect(x.status).toBe('new');
      expect(x.duplicateOf).toBeNull();
    }
    const story = await store.getStory(a000.storyId);
    const joined003 = a003.storyId === a000.storyId;
    const opener = joined003 && order.indexOf('003') < order.indexOf(first === a000 ? '000' : '004') ? a003 : first;
    expect(story).toMatchObject({ storyId: opener.articleId, representativeId: opener.articleId, memberCount: joined003 ? 3 : 2 });
    expect(story?.outlets).toHaveLength(joined003 ? 3 : 2);
    expect(story?.firstSeen).toBe(joined003 ? '2024-12-19T00:00:00.000Z' : '2024-12-23T00:00:00.000Z');
  });
});

describe('seed URL variants, copies and revisions', () => {
  it('tracking parameters, /amp, m. host and trailing slash are the same article', async () => {
    const store = createMemoryDedupStore();
    const base = seed('000');
    const created = await dedupArticle(base, store);
    const host = new URL(base.url).host.replace(/^www\./, '');
    const path = new URL(base.url).pathname;
    const variants = [`${base.url}?utm_source=x&utm_medium=y`, `https://${host}${path}/amp`, `https://m.${host}${path}`, `https://${host}${path}/`];
    for (const url of variants) {
      const v = await dedupArticle({ ...base, url, canonicalUrl: url }, store);
      expect(v.status, url).toBe('same_url');
      expect(v.articleId).toBe(created.articleId);
      expect(v.storyId).toBe(created.storyId);
    }
    expect(await store.lookupUrl(created.canonicalUrl)).toBe(created.articleId);
  });

  it('the same text on another host is an exact_text duplicate; changed text at the same URL is a revision', async () => {
    const store = createMemoryDedupStore();
    const base = seed('001');
    const created = await dedupArticle(base, store);
    const copy = await dedupArticle(
      { ...base, url: 'https://syndicator.example/world/korea-600', canonicalUrl: 'https://syndicator.example/world/korea-600' },
      store,
    );
    expect(copy).toMatchObject({ status: 'duplicate', duplicateOf: created.articleId, duplicateReason: 'exact_text', similarity: 1, storyId: created.storyId });
    const changed = `${base.text}\nUpdate: the ministry later revised the figure of wounded soldiers.\n`;
    const revision = await dedupArticle({ ...base, text: changed, seenAt: '2025-04-30T18:00:00.000Z' }, store);
    expect(revision).toMatchObject({ status: 'revision', articleId: created.articleId, storyId: created.storyId });
    const again = await dedupArticle({ ...base, text: changed }, store);
    expect(again.status).toBe('same_url');
    const story = await store.getStory(created.storyId);
    expect(story?.memberCount).toBe(2);
  });
});
