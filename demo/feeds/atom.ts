import { attr as xml } from '../html.js';
import type { FeedItem } from '../articles/index.js';
import type { Outlet, OutletFeed } from '../outlets.js';

/** Atom ids are tag URIs, so they stay the same whatever port the demo runs on. */
const TAG_AUTHORITY = 'demo.wirewatch.invalid';

/** Atom 1.0 (RFC 4287); entry links are the feed links, which may carry utm parameters. */
export function renderAtom(outlet: Outlet, feed: OutletFeed, items: FeedItem[], baseUrl: string): string {
  const entries = items
    .map(
      ({ article: a, linkPath }) => `<entry>
<title>${xml(a.title)}</title>
<link rel="alternate" type="text/html" href="${xml(baseUrl + linkPath)}"/>
<id>tag:${TAG_AUTHORITY},${a.publishedAt.slice(0, 10)}:${xml(a.path)}</id>
<published>${a.publishedAt}</published>
<updated>${a.modifiedAt}</updated>
<author><name>${xml(a.author)}</name></author>
<category term="${xml(a.section.name)}"/>
${a.standfirst ? `<summary>${xml(a.standfirst)}</summary>` : ''}
</entry>`,
    )
    .join('\n');
  const updated = items[0]?.article.modifiedAt ?? new Date(0).toISOString();
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>${xml(feed.title)}</title>
<subtitle>${xml(outlet.tagline)}</subtitle>
<id>tag:${TAG_AUTHORITY},2024:${xml(feed.path)}</id>
<updated>${updated}</updated>
<link rel="self" type="application/atom+xml" href="${xml(baseUrl + feed.path)}"/>
<link rel="alternate" type="text/html" href="${xml(`${baseUrl}${outlet.prefix}/`)}"/>
${entries}
</feed>
`;
}
