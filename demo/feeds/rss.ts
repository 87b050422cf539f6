import { attr as xml, httpDate } from '../html.js';
import type { FeedItem } from '../articles/index.js';
import type { Outlet, OutletFeed } from '../outlets.js';

/**
 * RSS 2.0. RSS's own <author> wants an e-mail address, so the byline goes in
 * dc:creator as most publishers do. Links are the outlet's feed links, which
 * may carry utm parameters or point at the AMP copy.
 */
export function renderRss(outlet: Outlet, feed: OutletFeed, items: FeedItem[], baseUrl: string): string {
  const entries = items
    .map(
      ({ article: a, linkPath }) => `<item>
<title>${xml(a.title)}</title>
<link>${xml(baseUrl + linkPath)}</link>
<guid isPermaLink="false">${xml(`${outlet.id}-${a.seedId}`)}</guid>
<pubDate>${httpDate(a.publishedAt)}</pubDate>
<dc:creator>${xml(a.author)}</dc:creator>
<category>${xml(a.section.name)}</category>
<description>${xml(a.standfirst ?? '')}</description>
</item>`,
    )
    .join('\n');
  const newest = items[0]?.article.modifiedAt;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${xml(feed.title)}</title>
<link>${xml(`${baseUrl}${outlet.prefix}/`)}</link>
<description>${xml(outlet.tagline)}</description>
<language>en</language>
${newest ? `<lastBuildDate>${httpDate(newest)}</lastBuildDate>` : ''}
<atom:link href="${xml(baseUrl + feed.path)}" rel="self" type="application/rss+xml"/>
${entries}
</channel>
</rss>
`;
}
