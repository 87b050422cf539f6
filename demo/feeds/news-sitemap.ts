import { attr as xml } from '../html.js';
import type { FeedItem } from '../articles/index.js';
import type { Outlet, OutletFeed } from '../outlets.js';

/**
 * A Google News sitemap. The format has no author field; the title and the
 * publication date sit in the news: namespace.
 */
export function renderNewsSitemap(outlet: Outlet, _feed: OutletFeed, items: FeedItem[], baseUrl: string): string {
  const urls = items
    .map(
      ({ article: a, linkPath }) => `<url>
<loc>${xml(baseUrl + linkPath)}</loc>
<lastmod>${a.modifiedAt}</lastmod>
<news:news>
<news:publication><news:name>${xml(outlet.name)}</news:name><news:language>en</news:language></news:publication>
<news:publication_date>${a.publishedAt}</news:publication_date>
<news:title>${xml(a.title)}</news:title>
<news:keywords>${xml(a.tags.join(', '))}</news:keywords>
</news:news>
</url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls}
</urlset>
`;
}
