import { attr as xml, httpDate } from '../html.js';
import { feedLinkPath } from '../links.js';
import type { Outlet } from '../outlets.js';
import type { DemoArticle } from '../types.js';

/**
 * RSS 2.0. RSS's own <author> wants an e-mail address, so the byline goes in
 * dc:creator as most publishers do. Links are the outlet's feed links, which
 * may carry utm parameters or point at the AMP copy.
 */
export function renderRss(outlet: Outlet, articles: DemoArticle[], baseUrl: string): string {
  const items = articles
    .map(
      (a) => `<item>
<title>${xml(a.title)}</title>
<link>${xml(baseUrl + feedLinkPath(a))}</link>
<guid isPermaLink="false">${xml(`${outlet.id}-${a.seedId}`)}</guid>
<pubDate>${httpDate(a.publishedAt)}</pubDate>
<dc:creator>${xml(a.author)}</dc:creator>
<category>${xml(a.section.name)}</category>
<description>${xml(a.standfirst ?? '')}</description>
</item>`,
    )
    .join('\n');
  const newest = articles[0]?.modifiedAt;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${xml(outlet.name)}</title>
<link>${xml(`${baseUrl}${outlet.prefix}/`)}</link>
<description>${xml(outlet.tagline)}</description>
<language>en</language>
${newest ? `<lastBuildDate>${httpDate(newest)}</lastBuildDate>` : ''}
<atom:link href="${xml(baseUrl + outlet.feed.path)}" rel="self" type="application/rss+xml"/>
${items}
</channel>
</rss>
`;
}
