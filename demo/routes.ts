import { ARTICLES, articlesOf, feedItems, type FeedItem } from './articles/index.js';
import { renderAtom } from './feeds/atom.js';
import { renderNewsSitemap } from './feeds/news-sitemap.js';
import { renderRss } from './feeds/rss.js';
import { attr } from './html.js';
import { ampPath, sectionPath } from './links.js';
import { OUTLETS, outletById, type Outlet, type OutletFeed } from './outlets.js';
import { renderAmpPage } from './render/amp-page.js';
import { renderArticlePage } from './render/article-page.js';
import { renderListingPage, renderPortal } from './render/home-page.js';
import type { DemoArticle } from './types.js';

/** One thing the server can answer with. */
export interface Resource {
  contentType: string;
  body: string;
  lastModified: Date;
}

export const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  'google-news-sitemap': 'application/xml; charset=utf-8',
} as const;

const WORLD_SECTION = 'world';

/** Query parameters that never select a different page: dropped before lookup. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * Every page of the demo, rendered once for the server's base URL (canonical
 * links and feed links are absolute). Keys are paths, plus a sorted query for
 * pages a query selects (the `?outputType=amp` copies).
 */
export function buildSite(baseUrl: string): Map<string, Resource> {
  const site = new Map<string, Resource>();
  const newestOverall = newest(ARTICLES);
  site.set('/', { contentType: CONTENT_TYPES.html, body: renderPortal(baseUrl), lastModified: newestOverall });
  site.set('/robots.txt', { contentType: CONTENT_TYPES.text, body: robotsTxt(baseUrl), lastModified: newestOverall });
  for (const article of ARTICLES) {
    const lastModified = new Date(article.modifiedAt);
    site.set(article.path, { contentType: CONTENT_TYPES.html, body: renderArticlePage(article, baseUrl), lastModified });
    site.set(ampPath(article), { contentType: CONTENT_TYPES.html, body: renderAmpPage(article, baseUrl), lastModified });
    if (article.image) {
      site.set(`/media/${article.image.file}`, { contentType: CONTENT_TYPES.svg, body: placeholderSvg(article), lastModified });
    }
  }
  for (const outlet of OUTLETS) addOutlet(site, outlet, baseUrl);
  return site;
}

function addOutlet(site: Map<string, Resource>, outlet: Outlet, baseUrl: string): void {
  const articles = articlesOf(outlet.id);
  const lastModified = newest(articles);
  const home = { contentType: CONTENT_TYPES.html, body: renderListingPage(outlet, articles, baseUrl, `${outlet.prefix}/`, null), lastModified };
  site.set(`${outlet.prefix}/`, home);
  site.set(outlet.prefix, home);
  for (const nav of outlet.nav) {
    const path = sectionPath(outlet.id, nav.slug);
    // "World" is the parent of every regional section, so it lists everything.
    const inSection = articles.filter((a) => a.section.slug === nav.slug || nav.slug === WORLD_SECTION);
    site.set(path, { contentType: CONTENT_TYPES.html, body: renderListingPage(outlet, inSection, baseUrl, path, nav.label), lastModified });
  }
  for (const feed of outlet.feeds) {
    const items = feedItems(feed.id);
    const feedModified = newest(items.map((i) => i.article));
    site.set(feed.path, { contentType: CONTENT_TYPES[feed.kind], body: renderFeed(outlet, feed, items, baseUrl), lastModified: feedModified });
  }
}

function renderFeed(outlet: Outlet, feed: OutletFeed, items: FeedItem[], baseUrl: string): string {
  switch (feed.kind) {
    case 'rss':
      return renderRss(outlet, feed, items, baseUrl);
    case 'atom':
      return renderAtom(outlet, feed, items, baseUrl);
    case 'google-news-sitemap':
      return renderNewsSitemap(outlet, feed, items, baseUrl);
  }
}

/** The key a request URL is looked up by: path plus its non-tracking query, sorted. */
export function lookupKey(url: URL): string {
  const params = [...url.searchParams].filter(([name]) => !TRACKING_PARAM.test(name)).sort(([a], [b]) => a.localeCompare(b));
  if (params.length === 0) return url.pathname;
  return `${url.pathname}?${new URLSearchParams(params).toString()}`;
}

function robotsTxt(baseUrl: string): string {
  const sitemaps = OUTLETS.flatMap((o) => o.feeds)
    .filter((f) => f.kind === 'google-news-sitemap')
    .map((f) => `Sitemap: ${baseUrl}${f.path}`);
  return ['User-agent: *', 'Allow: /', '', ...sitemaps, ''].join('\n');
}

function placeholderSvg(article: DemoArticle): string {
  const accent = outletById(article.outletId).theme.accent;
  const label = attr(article.image?.alt ?? '');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675"><rect width="1200" height="675" fill="#d9d9d9"/><rect y="615" width="1200" height="60" fill="${accent}"/><text x="600" y="350" font-family="Arial" font-size="36" text-anchor="middle" fill="#555">${label}</text></svg>\n`;
}

function newest(articles: readonly DemoArticle[]): Date {
  return new Date(Math.max(0, ...articles.map((a) => Date.parse(a.modifiedAt))));
}
