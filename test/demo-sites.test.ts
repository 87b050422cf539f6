/**
 * The demo news sites: feeds parse as their declared kind and list every
 * article (with the utm and AMP variants), article pages carry their text,
 * metadata and clutter, and the server speaks conditional GET over real HTTP.
 */
import { createServer } from 'node:net';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES } from '../demo/articles/index.js';
import { bodyText } from '../demo/articles/parse.js';
import { CLUTTER_STRINGS, DEMO_ARTICLES, type DemoArticleExpectation } from '../demo/expectations.js';
import { startDemoSites, type DemoFeed, type DemoSites } from '../demo/server.js';

let sites: DemoSites;

beforeAll(async () => {
  sites = await startDemoSites({ port: 0 });
});

afterAll(async () => {
  await sites?.close();
});

async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; text: string; res: Response }> {
  const res = await fetch(new URL(path, sites.baseUrl), { headers });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text(), res };
}

/** Entry URLs of a feed, parsed strictly as its declared kind. */
function feedEntryUrls(feed: DemoFeed, xml: string): string[] {
  const $ = cheerio.load(xml, { xml: true });
  if (feed.kind === 'rss') {
    expect($('rss').attr('version')).toBe('2.0');
    return $('rss > channel > item')
      .map((_, item) => {
        const el = $(item);
        expect(el.children('title').text().length).toBeGreaterThan(10);
        expect(Number.isNaN(Date.parse(el.children('pubDate').text()))).toBe(false);
        expect(el.children('dc\\:creator').text().length).toBeGreaterThan(3);
        return el.children('link').text();
      })
      .get();
  }
  if (feed.kind === 'atom') {
    expect($('feed').attr('xmlns')).toBe('http://www.w3.org/2005/Atom');
    return $('feed > entry')
      .map((_, entry) => {
        const el = $(entry);
        expect(el.children('title').text().length).toBeGreaterThan(10);
        expect(Number.isNaN(Date.parse(el.children('published').text()))).toBe(false);
        expect(el.find('author > name').text().length).toBeGreaterThan(3);
        return el.children('link[rel="alternate"]').attr('href') ?? '';
      })
      .get();
  }
  expect($('urlset').attr('xmlns:news')).toBe('http://www.google.com/schemas/sitemap-news/0.9');
  return $('urlset > url')
    .map((_, url) => {
      const el = $(url);
      expect(el.find('news\\:title').text().length).toBeGreaterThan(10);
      expect(Number.isNaN(Date.parse(el.find('news\\:publication_date').text()))).toBe(false);
      return el.children('loc').text();
    })
    .get();
}

function pageText(html: string): string {
  return cheerio.load(html)('body').text().replace(/\s+/g, ' ');
}

describe('demo feeds', () => {
  it('serves RSS 2.0, Atom and a Google News sitemap that list every article and its feed variants', async () => {
    expect(new Set(sites.feeds.map((f) => f.kind))).toEqual(new Set(['rss', 'atom', 'google-news-sitemap']));
    expect(new Set(sites.feeds.map((f) => f.id)).size).toBe(sites.feeds.length);
    const expectedType = { rss: 'application/rss+xml', atom: 'application/atom+xml', 'google-news-sitemap': 'application/xml' };
    const listed: string[] = [];
    for (const feed of sites.feeds) {
      const res = await fetch(feed.url);
      expect(res.status, feed.url).toBe(200);
      expect(res.headers.get('content-type')).toContain(expectedType[feed.kind]);
      const urls = feedEntryUrls(feed, await res.text());
      expect(urls.length, feed.id).toBeGreaterThan(0);
      listed.push(...urls);
    }
    const paths = listed.map((u) => {
      const url = new URL(u);
      expect(url.origin).toBe(sites.baseUrl);
      return url.pathname + url.search;
    });
    for (const article of DEMO_ARTICLES) {
      const own = paths.filter((p) => p === article.path || article.variantPaths.includes(p));
      expect(own.length, article.seedId).toBeGreaterThan(0);
      for (const variant of article.variantPaths) expect(paths, `${article.seedId} variant`).toContain(variant);
    }
    // Every listed URL belongs to an article: nothing stray in the feeds.
    expect(paths.every((p) => DEMO_ARTICLES.some((a) => a.path === p || a.variantPaths.includes(p)))).toBe(true);
    expect(paths.some((p) => p.includes('utm_source='))).toBe(true);
    expect(paths.some((p) => DEMO_ARTICLES.some((a) => a.ampPath === p))).toBe(true);
  });
});

describe('demo article pages', () => {
  it.each(DEMO_ARTICLES.map((a) => [a.seedId, a] as const))('%s: text, metadata and clutter', async (_id, article: DemoArticleExpectation) => {
    const { status, type, text: html } = await get(article.path);
    expect(status).toBe(200);
    expect(type).toBe('text/html; charset=utf-8');
    const $ = cheerio.load(html);
    const text = pageText(html);
    for (const sentence of article.keySentences) expect(text).toContain(sentence);
    for (const clutter of article.clutter) expect(text, `clutter ${clutter}`).toContain(clutter);
    expect($('html').attr('lang')).toBe('en');
    expect($('title').text()).toContain(article.title);
    expect($('h1')).toHaveLength(1);
    expect($('h1').text()).toBe(article.title);
    expect($('link[rel="canonical"]').attr('href')).toBe(sites.baseUrl + article.path);
    expect($('link[rel="amphtml"]').attr('href')).toBe(sites.baseUrl + article.ampPath);
    expect($('meta[property="og:url"]').attr('content')).toBe(sites.baseUrl + article.path);
    expect($('meta[property="og:title"]').attr('content')).toBe(article.title);
    expect($('meta[property="og:site_name"]').attr('content')).toBe(article.siteName);
    expect($('meta[property="article:published_time"]').attr('content')).toBe(article.publishedAt);
    expect(article.publishedAt.startsWith(article.published)).toBe(true);
    expect($('meta[name="author"]').attr('content')).toBe(article.author);
    expect(text).toContain(article.author);
    const ld = $('script[type="application/ld+json"]').text();
    if (ld) {
      const data = JSON.parse(ld) as { '@type': string; headline: string; datePublished: string; author: { name: string }[] };
      expect(data['@type']).toBe('NewsArticle');
      expect(data.headline).toBe(article.title);
      expect(data.datePublished).toBe(article.publishedAt);
      expect(data.author[0]?.name).toBe(article.author);
    }
  });

  it('uses the seed dates, with 000 and its rewrite 004 on different outlets under different titles', () => {
    const dates = Object.fromEntries(DEMO_ARTICLES.map((a) => [a.seedId.slice(0, 3), a.published]));
    expect(dates).toEqual({ '000': '2024-12-23', '001': '2025-04-30', '002': '2026-01-12', '003': '2024-12-19', '004': '2024-12-23' });
    const [a000, a004] = [DEMO_ARTICLES[0]!, DEMO_ARTICLES[4]!];
    expect(a000.outletId).not.toBe(a004.outletId);
    expect(a000.title).not.toBe(a004.title);
    expect(new Set(DEMO_ARTICLES.map((a) => a.outletId)).size).toBeGreaterThanOrEqual(4);
    expect(DEMO_ARTICLES.map((a) => a.keySentences.length)).toEqual([4, 4, 4, 4, 4]);
  });

  it('keeps clutter strings out of every article body and puts each on some page', async () => {
    for (const article of ARTICLES) {
      const clean = [article.title, article.standfirst ?? '', bodyText(article.body)].join('\n');
      for (const clutter of CLUTTER_STRINGS) expect(clean.toLowerCase(), `${article.seedId}: ${clutter}`).not.toContain(clutter.toLowerCase());
    }
    const pages = await Promise.all(DEMO_ARTICLES.map(async (a) => pageText((await get(a.path)).text)));
    for (const clutter of CLUTTER_STRINGS)
      expect(
        pages.some((p) => p.includes(clutter)),
        clutter,
      ).toBe(true);
    // Reader comments carry figures, so a claim tagger fed clutter is caught.
    expect(pages[0]).toContain('I read 50,000 were sent');
  });

  it('serves the same article under its utm variants, and an AMP copy pointing to the main URL', async () => {
    for (const article of DEMO_ARTICLES) {
      const main = await get(article.path);
      const withUtm = await get(article.homePath.includes('utm_') ? article.homePath : `${article.path}?utm_source=test&utm_medium=email`);
      expect(withUtm.status).toBe(200);
      expect(withUtm.text).toBe(main.text);
      expect(withUtm.res.headers.get('etag')).toBe(main.res.headers.get('etag'));

      const amp = await get(article.ampPath);
      expect(amp.status).toBe(200);
      expect(amp.type).toContain('text/html');
      const $ = cheerio.load(amp.text);
      expect($('html').is('[⚡], [amp]')).toBe(true);
      expect($('link[rel="canonical"]').attr('href')).toBe(sites.baseUrl + article.path);
      for (const sentence of article.keySentences) expect(pageText(amp.text)).toContain(sentence);
      expect(amp.text).not.toBe(main.text);
    }
  });

  it('links home pages to their feeds and articles', async () => {
    for (const outletId of new Set(DEMO_ARTICLES.map((a) => a.outletId))) {
      const prefix = DEMO_ARTICLES.find((a) => a.outletId === outletId)!.path.split('/')[1];
      const home = await get(`/${prefix}/`);
      expect(home.status).toBe(200);
      const $ = cheerio.load(home.text);
      const alternates = $('link[rel="alternate"]')
        .map((_, l) => $(l).attr('href'))
        .get();
      const ownFeeds = sites.feeds.filter((f) => new URL(f.url).pathname.startsWith(`/${prefix}/`)).map((f) => f.url);
      expect(ownFeeds.length).toBeGreaterThan(0);
      expect(alternates).toEqual(ownFeeds);
      const links = $('main a')
        .map((_, a) => $(a).attr('href'))
        .get();
      for (const article of DEMO_ARTICLES.filter((a) => a.outletId === outletId)) expect(links).toContain(article.homePath);
    }
  });
});

describe('demo server HTTP behaviour', () => {
  it('answers 304 to a matching If-None-Match or If-Modified-Since, 200 otherwise', async () => {
    const path = DEMO_ARTICLES[1]!.path;
    const first = await get(path);
    const etag = first.res.headers.get('etag');
    const lastModified = first.res.headers.get('last-modified');
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    expect(lastModified).toBe(new Date(DEMO_ARTICLES[1]!.publishedAt).toUTCString());

    const byTag = await get(path, { 'if-none-match': etag! });
    expect(byTag.status).toBe(304);
    expect(byTag.text).toBe('');
    expect(byTag.res.headers.get('etag')).toBe(etag);
    expect((await get(path, { 'if-none-match': '"stale"' })).status).toBe(200);

    expect((await get(path, { 'if-modified-since': lastModified! })).status).toBe(304);
    expect((await get(path, { 'if-modified-since': 'Mon, 01 Jan 2024 00:00:00 GMT' })).status).toBe(200);
    // If-None-Match wins over If-Modified-Since.
    expect((await get(path, { 'if-none-match': '"stale"', 'if-modified-since': lastModified! })).status).toBe(200);

    const feed = sites.feeds[0]!;
    const feedRes = await fetch(feed.url);
    const again = await fetch(feed.url, { headers: { 'if-none-match': feedRes.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('serves robots.txt allowing all, 404 for unknown paths, and records requests in order', async () => {
    const robots = await get('/robots.txt');
    expect(robots.status).toBe(200);
    expect(robots.type).toContain('text/plain');
    expect(robots.text).toMatch(/^User-agent: \*\nAllow: \/$/m);
    expect(robots.text).not.toMatch(/^Disallow: \/\S/m);

    const before = sites.requests.length;
    expect((await get('/northwire/2099/01/01/no-such-story')).status).toBe(404);
    expect((await get('/no-such-outlet/')).status).toBe(404);
    expect((await get('/northwire/section/asia?utm_source=x')).status).toBe(200);
    expect(sites.requests.slice(before)).toEqual(['/northwire/2099/01/01/no-such-story', '/no-such-outlet/', '/northwire/section/asia?utm_source=x']);
  });

  it('serves the article images it references', async () => {
    const html = (await get(DEMO_ARTICLES[2]!.path)).text;
    const src = cheerio.load(html)('figure img').attr('src');
    expect(src).toBeDefined();
    const image = await get(src!);
    expect(image.status).toBe(200);
    expect(image.type).toBe('image/svg+xml');
  });

  it('close() frees the port', async () => {
    const own = await startDemoSites();
    expect((await fetch(`${own.baseUrl}/robots.txt`)).status).toBe(200);
    await own.close();
    await expect(fetch(`${own.baseUrl}/robots.txt`)).rejects.toThrow();
    const probe = createServer();
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(own.port, own.host, () => resolve());
    });
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  });
});
