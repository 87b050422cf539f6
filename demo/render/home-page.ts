import { renderCookieBanner, renderFooter, renderHeader, renderNewsletter } from '../clutter/chrome.js';
import { attr, esc, longDate } from '../html.js';
import { homeLinkPath } from '../links.js';
import { OUTLETS, type Outlet } from '../outlets.js';
import type { DemoArticle } from '../types.js';
import { pageHead } from './head.js';
import { htmlDocument } from './shell.js';

/** Korea Frontline is the outlet with messy class-less markup everywhere. */
const PLAIN_OUTLETS = new Set(['korea-frontline']);

/**
 * An outlet's home page or one of its section pages: story cards linking the
 * articles (with the outlet's home-page tracking parameters, if any) and a
 * `<link rel="alternate">` to the outlet's feed.
 */
export function renderListingPage(outlet: Outlet, articles: DemoArticle[], baseUrl: string, path: string, heading: string | null): string {
  const plain = PLAIN_OUTLETS.has(outlet.id);
  const cards = articles.length ? articles.map(card).join('\n') : '<p class="empty">No stories in this section yet.</p>';
  const title = heading ? `${heading} | ${outlet.name}` : `${outlet.name}: ${outlet.tagline}`;
  const body = `${renderCookieBanner(outlet, plain)}
${renderHeader(outlet, plain)}
<div class="wrap">
<main>
<h1>${esc(heading ?? 'Top stories')}</h1>
${cards}
</main>
<aside>${renderNewsletter(outlet, plain)}<ul class="feeds">${outlet.feeds.map((f) => `<li><a href="${attr(f.path)}">${esc(f.title)}</a></li>`).join('')}</ul></aside>
</div>
${renderFooter(outlet, plain)}`;
  return htmlDocument(pageHead(outlet, baseUrl, title, path), 'home', body);
}

function card(article: DemoArticle): string {
  const href = attr(homeLinkPath(article));
  return `<div class="card"><h2><a href="${href}">${esc(article.title)}</a></h2>
${article.standfirst ? `<p>${esc(article.standfirst)}</p>` : ''}
<p class="byline">${esc(article.author)} · <time datetime="${attr(article.publishedAt)}">${longDate(article.publishedAt)}</time></p></div>`;
}

/** The server root: a directory of the demo outlets and their feeds, for humans. */
export function renderPortal(baseUrl: string): string {
  const rows = OUTLETS.map((o) => {
    const feeds = o.feeds.map((f) => `<a href="${attr(f.path)}">${esc(f.kind)}</a>`).join(', ');
    return `<li><a href="${o.prefix}/">${esc(o.name)}</a>: ${esc(o.tagline)} (feeds: ${feeds})</li>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>wirewatch demo news sites</title><link rel="canonical" href="${attr(baseUrl)}/"></head>
<body style="font-family:Arial,sans-serif;max-width:720px;margin:40px auto">
<h1>wirewatch demo news sites</h1>
<p>Fictional outlets serving five real-world style reports, for trying the pipeline offline.</p>
<ul>
${rows}
</ul>
</body>
</html>
`;
}
