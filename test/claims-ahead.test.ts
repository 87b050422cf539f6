// The CPU pool tags claims beside the parse, under the article id dedup will most
// likely give, and keeps them in a cache it owns (runtime/cpu-pool.ts): a claims
// request gets them only for the same article, id and text; otherwise it tags again.
import { afterAll, describe, expect, it } from 'vitest';
import { dedupStep, inThreadCompute, tagArticle, type ChainDeps, type DedupStepInput } from '../pipeline/chain/index.js';
import { articleFeatures } from '../pipeline/dedup/features.js';
import { createMemoryDedupStore } from '../pipeline/dedup/memory-store.js';
import type { DedupVerdict, ExtractedArticle } from '../pipeline/types.js';
import { CpuPool } from '../runtime/cpu-pool.js';

const pool = new CpuPool({ threads: 1, ahead: { features: true, claims: true } });
afterAll(() => pool.close());

const story = (i: number): string =>
  `<p>Around ${i},000 North Korean soldiers have been killed or wounded, South Korea's spy agency estimates, Yonhap reported on Wednesday.</p>`;
const page = (canonical: string, text: string): string =>
  `<!doctype html><html><head><title>Troops killed or wounded</title><link rel="canonical" href="${canonical}"></head><body><article><h1>Troops killed or wounded</h1>${text}${story(7)}${story(8)}<p>Officials in Seoul said the figure was based on intelligence shared by Ukraine and could rise further as fighting continued.</p></article></body></html>`;

async function extracted(html: string, url: string): Promise<ExtractedArticle> {
  return pool.extract({ html }, url, { url, feedId: 'f' });
}

async function dedup<S>(
  deps: Pick<ChainDeps<S>, 'compute' | 'dedupStore' | 'isPublished'>,
  article: ExtractedArticle,
  fetchedAt: string,
): Promise<DedupVerdict> {
  const input: DedupStepInput = {
    origin: { feedId: 'f', feedUrl: 'https://news.example/feed', entry: { url: article.url, feedId: 'f' } },
    page: { requestedUrl: article.url, finalUrl: article.url, status: 200, contentType: 'text/html', fetchedAt, via: 'http' },
    article,
  };
  const result = await dedupStep(input, deps);
  if (result.kind !== 'next' || result.stage !== 'claims') throw new Error(`dedup ended with ${result.kind}`);
  return result.input.verdict;
}

describe('claims tagged ahead on the CPU pool', () => {
  it('a new article: the claims tagged ahead are the ones tagging after dedup gives', async () => {
    const deps = { compute: pool, dedupStore: createMemoryDedupStore(), isPublished: async () => false };
    const url = 'https://news.example/world/troops?utm_source=rss';
    const article = await extracted(page('https://news.example/world/troops', story(6)), url);
    expect(pool.features(article)?.wordCount).toBeGreaterThan(0);
    const verdict = await dedup(deps, article, '2026-11-20T10:00:00Z');
    expect(verdict.status).toBe('new');
    const claims = await pool.claims(article, verdict.articleId);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims).toEqual(tagArticle(article, verdict.articleId));
  });

  it("a revision known under a URL key that is not its first keeps its owner's id: its claims are tagged under that id", async () => {
    const deps = { compute: pool, dedupStore: createMemoryDedupStore(), isPublished: async () => false };
    const url = 'https://news.example/world/troops';
    const first = await dedup(deps, await extracted(page(url, story(6)), url), '2026-11-20T10:00:00Z');
    // The same address later names another canonical URL, with changed text: its first key is new, its second is known.
    const b = await extracted(page('https://news.example/2026/11/20/troops-killed', story(9)), url);
    const verdict = await dedup(deps, b, '2026-11-20T11:00:00Z');
    expect(verdict.status).toBe('revision');
    expect(verdict.articleId).toBe(first.articleId);
    expect(await pool.claims(b, verdict.articleId)).toEqual(tagArticle(b, verdict.articleId));
  });

  it('an article whose text changed after the parse never gets the claims of the old text', async () => {
    const url = 'https://news.example/world/troops-2';
    const article = await extracted(page(url, story(6)), url);
    const changed = { ...article, text: article.text.replace('6,000', '16,000') };
    const { articleId } = await dedup(
      { compute: inThreadCompute(), dedupStore: createMemoryDedupStore(), isPublished: async () => false },
      article,
      '2026-11-20T10:00:00Z',
    );
    expect(await pool.claims(changed, articleId)).toEqual(tagArticle(changed, articleId));
    article.text = changed.text;
    expect(pool.features(article)).toEqual(articleFeatures(changed.title, changed.text));
    expect(await pool.claims(article, articleId)).toEqual(tagArticle(changed, articleId));
  });
});
