import { renderCookieBanner, renderFooter, renderHeader, renderNewsletter, renderShareBar } from '../../clutter/chrome.js';
import { renderComments } from '../../clutter/comments.js';
import { TRENDING } from '../../clutter/teasers.js';
import { attr, esc, longDate } from '../../html.js';
import { sectionPath } from '../../links.js';
import type { Outlet } from '../../outlets.js';
import type { DemoArticle } from '../../types.js';
import { renderBody } from '../body.js';
import { articleHead } from '../head.js';
import { adSlot, htmlDocument } from '../shell.js';

/** The ad label of the seed 001 page, shown twice above the story and again inside it. */
export const SCROLL_AD_LABEL = 'Advertisement · Scroll to continue';

/**
 * Korea Frontline: a messy site of class-less or cryptic divs (the seed 001
 * page). Only the label text tells the breadcrumbs, ads and widgets apart.
 */
export function koreaFrontlineArticle(outlet: Outlet, article: DemoArticle, baseUrl: string): string {
  const section = sectionPath(outlet.id, article.section.slug);
  const image = article.image
    ? `<div class="img-wrap"><img src="/media/${attr(article.image.file)}" alt="${attr(article.image.alt)}"><div class="img-cap">${esc(article.image.alt)}</div></div>`
    : '';
  const trending = TRENDING.map((t) => `<div><a href="${t.path}">${esc(t.title)}</a></div>`).join('');
  const page = `${renderCookieBanner(outlet, true)}
${renderHeader(outlet, true)}
<div class="c-123"><span><a href="${outlet.prefix}/">Home</a>/</span> <span><a href="${section}">${esc(article.section.name)}</a>/</span> <span>${esc(article.title)}</span></div>
<div class="wrap">
<div class="col-main">
<div class="post-title"><h1>${esc(article.title)}</h1></div>
${article.standfirst ? `<div class="excerpt">${esc(article.standfirst)}</div>` : ''}
${adSlot(SCROLL_AD_LABEL, 'a-slot')}
${adSlot(SCROLL_AD_LABEL, 'a-slot')}
${image}
<div class="author-line">by <a href="${outlet.prefix}/writer/${attr(article.author.toLowerCase().replace(/\W+/g, '-'))}">${esc(article.author)}</a> | ${longDate(article.publishedAt)} | 4 min read</div>
${renderShareBar(baseUrl + article.path, article.title, true)}
<div class="content-inner">
${renderBody(article.body, (name) => (name === 'ad' ? adSlot(SCROLL_AD_LABEL, 'a-slot') : ''))}
</div>
<div class="tg">Tags: ${article.tags.map((t) => `<a href="${outlet.prefix}/tag/${attr(t.toLowerCase().replace(/\W+/g, '-'))}">${esc(t)}</a>`).join(', ')}</div>
${renderComments(outlet.id, true)}
</div>
<div class="side"><div class="w-box"><div class="w-title">Trending in North Korea</div>${trending}</div>${renderNewsletter(outlet, true)}</div>
</div>
${renderFooter(outlet, true)}`;
  return htmlDocument(articleHead(outlet, article, baseUrl), 'p-7', page);
}
