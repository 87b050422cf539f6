import { attr, esc, longDate } from '../html.js';
import { outletById } from '../outlets.js';
import type { DemoArticle } from '../types.js';
import { renderBody } from './body.js';

/**
 * The AMP copy of an article: the same text in stripped-down markup, whose
 * `<link rel="canonical">` points back to the main page. The AMP runtime
 * script is left out because the demo serves offline; only the structure an
 * extractor or canonicaliser reads is kept.
 */
export function renderAmpPage(article: DemoArticle, baseUrl: string): string {
  const outlet = outletById(article.outletId);
  const canonical = baseUrl + article.path;
  const image = article.image
    ? `<amp-img src="/media/${attr(article.image.file)}" alt="${attr(article.image.alt)}" width="1200" height="675" layout="responsive"></amp-img>`
    : '';
  return `<!DOCTYPE html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>${esc(article.title)} | ${esc(outlet.name)}</title>
<link rel="canonical" href="${attr(canonical)}">
<meta name="author" content="${attr(article.author)}">
<meta property="og:title" content="${attr(article.title)}">
<meta property="og:url" content="${attr(canonical)}">
<meta property="og:site_name" content="${attr(outlet.name)}">
<meta property="article:published_time" content="${attr(article.publishedAt)}">
<style amp-boilerplate>body{visibility:visible}</style>
<style amp-custom>body{font-family:Georgia,serif;max-width:640px;margin:0 auto;padding:12px;line-height:1.6}header{border-bottom:3px solid ${outlet.theme.accent}}.meta{color:#666;font-size:.85rem}</style>
</head>
<body>
<header><a href="${outlet.prefix}/">${esc(outlet.name)}</a></header>
<article>
<h1>${esc(article.title)}</h1>
${article.standfirst ? `<p class="standfirst">${esc(article.standfirst)}</p>` : ''}
<p class="meta">By ${esc(article.author)} · ${longDate(article.publishedAt)}</p>
${image}
${renderBody(article.body, () => '')}
</article>
<footer><a href="${attr(canonical)}">View full site</a> · ${esc(outlet.copyright)}</footer>
</body>
</html>
`;
}
