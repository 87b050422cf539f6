/**
 * A news site on a FaultServer for watch tests: one RSS feed and article pages
 * whose text carries a casualty figure or none; `add` publishes another page.
 */
import type { FaultServer } from './fault-server.js';

export interface WatchArticle {
  path: string;
  title: string;
  paragraphs: string[];
}

export const WAR_ARTICLE: WatchArticle = {
  path: '/world/fighting-north',
  title: 'Heavy fighting in the north',
  paragraphs: [
    'At least 1,200 people were killed in the fighting, the health ministry said on Monday.',
    'Ceasefire talks between the two sides were postponed again, officials in the capital said, as shelling continued near the border towns.',
    'Aid agencies said they could not reach several villages where thousands of families were sheltering without water or electricity.',
    'The United Nations called for an immediate pause in the fighting so that convoys could bring food and medicine to the region.',
  ],
};

export const HARBOUR_ARTICLE: WatchArticle = {
  path: '/local/pier-repairs',
  title: 'Northern pier to close for repairs',
  paragraphs: [
    'The harbour authority said on Monday that the northern pier will close for repairs after inspectors found cracks in two of its supporting columns.',
    'Ferry services that use the pier will move to the southern terminal from next week, and the authority expects the work to last about four months.',
    'Local businesses near the pier said they were worried about losing customers during the busy spring season, when most visitors arrive by ferry.',
    'Engineers will publish a full report on the state of the pier at the end of the month, the authority said in a statement.',
  ],
};

export const FLOOD_ARTICLE: WatchArticle = {
  path: '/local/river-flood',
  title: 'River floods the old town after storm',
  paragraphs: [
    'The river burst its banks overnight and flooded the old town, the fire service said, after a storm brought a month of rain in two days.',
    'Residents of the lowest streets were moved to a school on the hill, and volunteers filled sandbags along the embankment until dawn.',
    'The mayor said the city would ask the government for emergency funds to repair the damaged bridges and roads in the flooded district.',
    'Forecasters expect the water to fall slowly over the week, although more rain is possible in the mountains upstream on Thursday.',
  ],
};

function page(article: WatchArticle, url: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${article.title}</title>
<link rel="canonical" href="${url}"><meta property="og:type" content="article"><meta property="og:site_name" content="Watch News">
<meta property="article:published_time" content="2026-12-01T08:00:00Z"></head>
<body><article><h1>${article.title}</h1>${article.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

/** Serves `articles` (and those added later) under one feed at /feed.xml. */
export function serveWatchSite(server: FaultServer, articles: WatchArticle[]): { add(article: WatchArticle): void } {
  const listed = [...articles];
  const routeArticle = (a: WatchArticle) =>
    server.route(a.path, (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page(a, server.url(a.path))));
  server.route('/robots.txt', (_req, res) => res.writeHead(404).end());
  server.route('/feed.xml', (_req, res) => {
    const items = listed.map((a) => `<item><title>${a.title}</title><link>${server.url(a.path)}</link><pubDate>Mon, 01 Dec 2026 08:00:00 GMT</pubDate></item>`);
    res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Watch News</title>${items.join('')}</channel></rss>`);
  });
  for (const a of articles) routeArticle(a);
  return {
    add(article) {
      listed.push(article);
      routeArticle(article);
    },
  };
}
