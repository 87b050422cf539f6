// Claims are tagged beside the parse under the article id dedup will most
// likely give (pipeline/article-pipeline.ts extractForDedup) and used only when
// the verdict gives that id: the document must be the one tagging after dedup makes.
import { describe, expect, it } from 'vitest';
import { claimsStage, dedupStage, extractForDedup, taggedClaimsFor } from '../pipeline/article-pipeline.js';
import { createMemoryDedupStore } from '../pipeline/dedup/memory-store.js';

const story = (i: number): string =>
  `<p>Around ${i},000 North Korean soldiers have been killed or wounded, South Korea's spy agency estimates, Yonhap reported on Wednesday.</p>`;
const page = (canonical: string, text: string): string =>
  `<!doctype html><html><head><title>Troops killed or wounded</title><link rel="canonical" href="${canonical}"></head><body><article><h1>Troops killed or wounded</h1>${text}${story(7)}${story(8)}<p>Officials in Seoul said the figure was based on intelligence shared by Ukraine and could rise further as fighting continued.</p></article></body></html>`;

describe('claims tagged ahead of dedup', () => {
  it('a new article: tagged under the id dedup gives, equal to tagging after dedup', async () => {
    const store = createMemoryDedupStore();
    const url = 'https://news.example/world/troops?utm_source=rss';
    const ahead = extractForDedup({ html: page('https://news.example/world/troops', story(6)), finalUrl: url }, { url, feedId: 'f' });
    const verdict = await dedupStage(ahead.article, { finalUrl: url, fetchedAt: '2026-11-20T10:00:00Z' }, store, ahead.features ?? undefined);
    expect(verdict.status).toBe('new');
    expect(ahead.tagged?.articleId).toBe(verdict.articleId);
    expect(ahead.tagged?.claims.length).toBeGreaterThan(0);
    expect(taggedClaimsFor(ahead.tagged, verdict)).toEqual(claimsStage(ahead.article, verdict));
  });

  it("a revision known under a URL key that is not its first keeps its owner's id: the claims are tagged again", async () => {
    const store = createMemoryDedupStore();
    const url = 'https://news.example/world/troops';
    const a = extractForDedup({ html: page(url, story(6)), finalUrl: url }, { url, feedId: 'f' });
    const first = await dedupStage(a.article, { finalUrl: url, fetchedAt: '2026-11-20T10:00:00Z' }, store, a.features ?? undefined);
    // The same address later names another canonical URL, with changed text: its first key is new, its second is known.
    const b = extractForDedup({ html: page('https://news.example/2026/11/20/troops-killed', story(9)), finalUrl: url }, { url, feedId: 'f' });
    const verdict = await dedupStage(b.article, { finalUrl: url, fetchedAt: '2026-11-20T11:00:00Z' }, store, b.features ?? undefined);
    expect(verdict.status).toBe('revision');
    expect(verdict.articleId).toBe(first.articleId);
    expect(b.tagged?.articleId).not.toBe(verdict.articleId);
    expect(taggedClaimsFor(b.tagged, verdict)).toBeNull();
  });

  it('a page that is not passed on gets neither features nor claims', () => {
    const url = 'https://news.example/';
    const out = extractForDedup({ html: '<html><body><nav><a href="/a">A</a></nav></body></html>', finalUrl: url }, { url, feedId: 'f' });
    expect(out.tagged).toBeNull();
    expect(out.features).toBeNull();
  });
});
