import { renderCookieBanner, renderFooter, renderHeader, renderNewsletter, renderShareBar } from '../../clutter/chrome.js';
import { renderComments } from '../../clutter/comments.js';
import { MOST_READ } from '../../clutter/teasers.js';
import { attr, britishDate, esc, localTime, weekday } from '../../html.js';
import { sectionPath } from '../../links.js';
import type { Outlet } from '../../outlets.js';
import type { DemoArticle } from '../../types.js';
import { renderBody } from '../body.js';
import { articleHead } from '../head.js';
import { adSlot, htmlDocument } from '../shell.js';

/**
 * Daily Meridian: a broadsheet layout with a sticky bar that repeats the
 * headline (the seed 003 page shows it twice), a bold summary above the body,
 * in-body ad slots and a "Most read" list.
 */
export function dailyMeridianArticle(outlet: Outlet, article: DemoArticle, baseUrl: string): string {
  const world = sectionPath(outlet.id, 'world');
  const section = sectionPath(outlet.id, article.section.slug);
  const shownDate = `${weekday(article.publishedAt)} ${britishDate(article.publishedAt)} ${localTime(article.publishedAt)} GMT`;
  const figure = article.image
    ? `<figure><img src="/media/${attr(article.image.file)}" alt="${attr(article.image.alt)}"><figcaption>${esc(article.image.alt)}. Photograph: ${esc(article.image.credit)}</figcaption></figure>`
    : '';
  const mostRead = MOST_READ.map((t) => `<li><a href="${t.path}">${esc(t.title)}</a></li>`).join('');
  const page = `${renderCookieBanner(outlet, false)}
<div class="sticky-title" aria-hidden="true">${esc(article.title)}</div>
${renderHeader(outlet, false)}
<div class="wrap">
<main>
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="${outlet.prefix}/">Home</a> / <a href="${world}">World</a> / <a href="${section}">${esc(article.section.name)}</a></nav>
<article>
<h1>${esc(article.title)}</h1>
${article.standfirst ? `<p class="standfirst">${esc(article.standfirst)}</p>` : ''}
<p class="byline">By <a rel="author" href="${outlet.prefix}/profile/${attr(article.author.toLowerCase().replace(/\W+/g, '-'))}">${esc(article.author)}</a></p>
<p class="byline"><time datetime="${attr(article.publishedAt)}">${shownDate}</time></p>
${figure}
${renderShareBar(baseUrl + article.path, article.title, false)}
<div class="article-body">
${renderBody(article.body, (name) => (name === 'ad' ? adSlot('Advertisement') : ''))}
</div>
</article>
${renderComments(outlet.id, false)}
</main>
<aside class="most-read"><h2>Most read</h2><ol>${mostRead}</ol>${renderNewsletter(outlet, false)}</aside>
</div>
${renderFooter(outlet, false)}`;
  return htmlDocument(articleHead(outlet, article, baseUrl), 'dm-article', page);
}
