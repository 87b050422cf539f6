import { renderCookieBanner, renderFooter, renderHeader, renderNewsletter, renderShareBar } from '../../clutter/chrome.js';
import { renderComments } from '../../clutter/comments.js';
import { RELATED_POSTS, YOU_MISSED } from '../../clutter/teasers.js';
import { attr, esc, longDate } from '../../html.js';
import { sectionPath } from '../../links.js';
import type { Outlet } from '../../outlets.js';
import type { DemoArticle } from '../../types.js';
import { renderBody } from '../body.js';
import { articleHead } from '../head.js';
import { htmlDocument } from '../shell.js';

/**
 * Northwire: a WordPress news theme with semantic markup and telling class
 * names (the seed 000 page): "Read More", "Related Posts" and "You Missed"
 * with "By poster", dates and view counts. As in many such themes, the
 * related posts sit inside the <article>, right after the body.
 */
export function northwireArticle(outlet: Outlet, article: DemoArticle, baseUrl: string): string {
  const section = sectionPath(outlet.id, article.section.slug);
  const figure = article.image
    ? `<figure class="post-thumbnail"><img src="/media/${attr(article.image.file)}" alt="${attr(article.image.alt)}" width="1200" height="675"><figcaption>${esc(article.image.credit)}</figcaption></figure>`
    : '';
  const main = `<main id="main" class="site-main">
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="${outlet.prefix}/">Home</a> / <a href="${section}">${esc(article.section.name)}</a> / <span>${esc(article.title)}</span></nav>
<article class="post type-post status-publish format-standard">
<header class="entry-header">
<h1 class="entry-title">${esc(article.title)}</h1>
${article.standfirst ? `<p class="entry-excerpt">${esc(article.standfirst)}</p>` : ''}
<div class="entry-meta">By <a class="author url fn" rel="author" href="${outlet.prefix}/author/${slug(article.author)}">${esc(article.author)}</a> · <time class="entry-date published" datetime="${attr(article.publishedAt)}">${longDate(article.publishedAt)}</time></div>
</header>
${figure}
${renderShareBar(baseUrl + article.path, article.title, false)}
<div class="entry-content">
${renderBody(article.body, () => '')}
</div>
<p class="more-link"><a href="${section}">Read More</a></p>
${relatedPosts()}
</article>
${youMissed()}
${renderComments(outlet.id, false)}
</main>`;
  const page = `${renderCookieBanner(outlet, false)}
${renderHeader(outlet, false)}
<div class="wrap">
${main}
<aside class="sidebar widget-area">${renderNewsletter(outlet, false)}</aside>
</div>
${renderFooter(outlet, false)}`;
  return htmlDocument(articleHead(outlet, article, baseUrl), 'single single-post', page);
}

function relatedPosts(): string {
  const items = RELATED_POSTS.map((t) => `<div class="related-item"><h3><a href="${t.path}">${esc(t.title)}</a></h3><p>${esc(t.snippet ?? '')}</p></div>`).join(
    '\n',
  );
  return `<aside class="related-posts"><h2 class="widget-title">Related Posts</h2>\n${items}\n</aside>`;
}

function youMissed(): string {
  const items = YOU_MISSED.map(
    (t) =>
      `<div class="missed-item"><h3><a href="${t.path}">${esc(t.title)}</a></h3><ul class="post-meta"><li>By ${esc(t.author)}</li><li>${esc(t.date)}</li><li>${esc(t.views)}</li></ul><a href="${t.path}" class="thumb" title="${attr(t.title)}">${esc(t.title)}</a></div>`,
  ).join('\n');
  return `<section class="you-missed"><h2 class="widget-title">You Missed</h2>\n${items}\n</section>`;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
