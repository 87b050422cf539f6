import { attr, esc } from '../html.js';
import { ampPath } from '../links.js';
import type { Outlet } from '../outlets.js';
import type { DemoArticle, DemoFeedKind } from '../types.js';
import { stylesheet } from './styles.js';

/** Media type a `<link rel="alternate">` announces for each feed kind. */
export const FEED_LINK_TYPES: Record<DemoFeedKind, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  'google-news-sitemap': 'application/xml',
};

/** `<link rel="alternate">` to each of the outlet's feeds, for feed discovery. */
export function feedAlternateLinks(outlet: Outlet, baseUrl: string): string {
  return outlet.feeds
    .map((f) => `<link rel="alternate" type="${FEED_LINK_TYPES[f.kind]}" title="${attr(f.title)}" href="${attr(baseUrl + f.path)}">`)
    .join('\n');
}

/** `<head>` of an outlet page that is not an article (home, section). */
export function pageHead(outlet: Outlet, baseUrl: string, title: string, path: string): string {
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<meta name="description" content="${attr(outlet.tagline)}">
<link rel="canonical" href="${attr(baseUrl + path)}">
<meta property="og:site_name" content="${attr(outlet.name)}">
<meta property="og:type" content="website">
${feedAlternateLinks(outlet, baseUrl)}
${stylesheet(outlet)}
</head>`;
}

/** `<head>` of an article page: the metadata extractors read. */
export function articleHead(outlet: Outlet, article: DemoArticle, baseUrl: string): string {
  const canonical = baseUrl + article.path;
  const image = article.image ? `${baseUrl}/media/${article.image.file}` : null;
  const description = article.standfirst ?? firstParagraph(article);
  const tags = article.tags.map((t) => `<meta property="article:tag" content="${attr(t)}">`).join('\n');
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(article.title)} | ${esc(outlet.name)}</title>
<meta name="description" content="${attr(description)}">
<meta name="author" content="${attr(article.author)}">
<link rel="canonical" href="${attr(canonical)}">
<link rel="amphtml" href="${attr(baseUrl + ampPath(article))}">
<meta property="og:type" content="article">
<meta property="og:title" content="${attr(article.title)}">
<meta property="og:description" content="${attr(description)}">
<meta property="og:url" content="${attr(canonical)}">
<meta property="og:site_name" content="${attr(outlet.name)}">
${image ? `<meta property="og:image" content="${attr(image)}">` : ''}
<meta property="article:published_time" content="${attr(article.publishedAt)}">
<meta property="article:modified_time" content="${attr(article.modifiedAt)}">
<meta property="article:section" content="${attr(article.section.name)}">
${tags}
<meta name="twitter:card" content="summary_large_image">
${feedAlternateLinks(outlet, baseUrl)}
${outlet.jsonLd ? jsonLd(outlet, article, canonical, image) : ''}
${stylesheet(outlet)}
</head>`;
}

function jsonLd(outlet: Outlet, article: DemoArticle, canonical: string, image: string | null): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.standfirst ?? undefined,
    datePublished: article.publishedAt,
    dateModified: article.modifiedAt,
    author: [{ '@type': 'Person', name: article.author }],
    publisher: { '@type': 'Organization', name: outlet.name },
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
    articleSection: article.section.name,
    image: image ? [image] : undefined,
    inLanguage: 'en',
  };
  // "<" escaped so no string inside can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/ld+json">${json}</script>`;
}

function firstParagraph(article: DemoArticle): string {
  const first = article.body.find((b) => b.kind === 'p');
  return first && first.kind === 'p' ? first.text : article.title;
}
