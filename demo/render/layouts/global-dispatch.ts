import { renderCookieBanner, renderFooter, renderHeader, renderNewsletter, renderShareBar } from '../../clutter/chrome.js';
import { renderComments } from '../../clutter/comments.js';
import { ALSO_READ, OTHERS_READING } from '../../clutter/teasers.js';
import { attr, esc, localDate, localTime } from '../../html.js';
import { sectionPath } from '../../links.js';
import type { Outlet } from '../../outlets.js';
import type { DemoArticle, SlotName } from '../../types.js';
import { renderBody } from '../body.js';
import { articleHead } from '../head.js';
import { adSlot, htmlDocument } from '../shell.js';

/** Breadcrumbs cut the headline after this many characters, as the seed 002 page does. */
const CRUMB_TITLE_CHARS = 52;

/**
 * Global Dispatch: a portal layout (the seed 002 page) with an image credit,
 * "Others are reading now" and "Also read" boxes between paragraphs, and an
 * "Ads by MGDK" block under the story. Markup is half semantic, half plain.
 */
export function globalDispatchArticle(outlet: Outlet, article: DemoArticle, baseUrl: string): string {
  const section = sectionPath(outlet.id, article.section.slug);
  const { year, month, day } = localDate(article.publishedAt);
  const shownDate = `${pad(day)}.${pad(month)}.${year}, ${localTime(article.publishedAt)}`;
  const crumbTitle = article.title.length > CRUMB_TITLE_CHARS ? `${article.title.slice(0, CRUMB_TITLE_CHARS).trimEnd()}...` : article.title;
  const figure = article.image
    ? `<figure><img src="/media/${attr(article.image.file)}" alt="${attr(article.image.alt)}"><figcaption>${article.image.caption ? esc(article.image.caption) : ''}<span class="credit">${esc(article.image.credit)}</span></figcaption></figure>`
    : '';
  const page = `${renderCookieBanner(outlet, false)}
${renderHeader(outlet, false)}
<div class="wrap">
<main>
<div class="crumbs"><a href="${outlet.prefix}/">Homepage</a> <a href="${section}">${esc(article.section.name)}</a> <span>${esc(crumbTitle)}</span></div>
<h1>${esc(article.title)}</h1>
${figure}
${article.standfirst ? `<p class="lead">${esc(article.standfirst)}</p>` : ''}
<div class="byline">By <span class="author">${esc(article.author)}</span> · <time datetime="${attr(article.publishedAt)}">${shownDate}</time></div>
<div class="article-body">
${renderBody(article.body, slot)}
</div>
${adSlot('Ads by MGDK', 'mgdk')}
${renderShareBar(baseUrl + article.path, article.title, false)}
${renderComments(outlet.id, false)}
</main>
<div class="side">${renderNewsletter(outlet, false)}</div>
</div>
${renderFooter(outlet, false)}`;
  return htmlDocument(articleHead(outlet, article, baseUrl), 'article-page', page);
}

function slot(name: SlotName, index: number): string {
  if (name === 'others-reading') {
    const items = OTHERS_READING.map((t) => `<li><a href="${t.path}">${esc(t.title)}</a></li>`).join('');
    return `<div class="orn"><p>Others are reading now</p><ul>${items}</ul></div>`;
  }
  if (name === 'also-read') {
    const teaser = ALSO_READ[index % ALSO_READ.length];
    return teaser ? `<div class="also-read"><span>Also read</span> <a href="${teaser.path}">${esc(teaser.title)}</a></div>` : '';
  }
  return adSlot('Advertisement');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
