/**
 * "Pulse Live": a demo outlet whose article pages are built by client-side
 * JavaScript. The HTML is an app shell with the story as JSON; only a browser
 * sees the text. It republishes Global Dispatch's 6,000-casualties story as a
 * syndicated copy, so a crawl that renders it finds the same report again.
 */
import { ARTICLE_002 } from './articles/002-global-dispatch-three-in-five.js';
import { esc } from './html.js';
import type { Resource } from './routes.js';

export const SCRIPT_OUTLET = {
  id: 'pulse-live',
  name: 'Pulse Live',
  prefix: '/pulse-live',
  feedPath: '/pulse-live/feed.xml',
  articlePath: '/pulse-live/story/nk-losses-6000',
  publishedAt: '2026-01-13T09:30:00Z',
} as const;

/** The syndicated story: headline and body of the original, in reading order. */
function story(): { title: string; byline: string; blocks: Array<{ tag: 'p' | 'h2'; text: string }> } {
  const blocks: Array<{ tag: 'p' | 'h2'; text: string }> = [];
  for (const b of ARTICLE_002.body) if (b.kind === 'p' || b.kind === 'h2') blocks.push({ tag: b.kind, text: b.text });
  return { title: ARTICLE_002.title, byline: 'Pulse Live wire desk', blocks };
}

/** The shell a script-built site serves: almost no text, a root element and a bundle. */
function appShell(baseUrl: string): string {
  const data = JSON.stringify({ ...story(), publishedAt: SCRIPT_OUTLET.publishedAt }).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Pulse Live</title>
<link rel="canonical" href="${esc(baseUrl + SCRIPT_OUTLET.articlePath)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head><body>
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div>
<script id="__PULSE_DATA__" type="application/json">${data}</script>
<script>
(function () {
  var data = JSON.parse(document.getElementById('__PULSE_DATA__').textContent);
  var root = document.getElementById('root');
  var article = document.createElement('article');
  var h1 = document.createElement('h1'); h1.textContent = data.title; article.appendChild(h1);
  var by = document.createElement('p'); by.className = 'byline'; by.textContent = 'By ' + data.byline; article.appendChild(by);
  var time = document.createElement('time'); time.setAttribute('datetime', data.publishedAt); article.appendChild(time);
  data.blocks.forEach(function (b) { var el = document.createElement(b.tag); el.textContent = b.text; article.appendChild(el); });
  root.appendChild(article);
  var meta = document.createElement('meta'); meta.setAttribute('property', 'article:published_time'); meta.setAttribute('content', data.publishedAt);
  document.head.appendChild(meta);
  document.title = data.title + ' | Pulse Live';
})();
</script>
</body></html>
`;
}

function feed(baseUrl: string): string {
  const s = story();
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Pulse Live</title><link>${esc(baseUrl + SCRIPT_OUTLET.prefix)}/</link><description>Live news, rendered in your browser</description>
<item><title>${esc(s.title)}</title><link>${esc(baseUrl + SCRIPT_OUTLET.articlePath)}</link><guid>${esc(baseUrl + SCRIPT_OUTLET.articlePath)}</guid><pubDate>${new Date(SCRIPT_OUTLET.publishedAt).toUTCString()}</pubDate></item>
</channel></rss>
`;
}

/** Adds the outlet's feed and article page to the site map. */
export function addScriptOutlet(site: Map<string, Resource>, baseUrl: string): void {
  const lastModified = new Date(SCRIPT_OUTLET.publishedAt);
  site.set(SCRIPT_OUTLET.feedPath, { contentType: 'application/rss+xml; charset=utf-8', body: feed(baseUrl), lastModified });
  site.set(SCRIPT_OUTLET.articlePath, { contentType: 'text/html; charset=utf-8', body: appShell(baseUrl), lastModified });
}
