import { attr as xml } from '../html.js';
import { feedLinkPath } from '../links.js';
import type { Outlet } from '../outlets.js';
import type { DemoArticle } from '../types.js';

/** Atom ids are tag URIs, so they stay the same whatever port the demo runs on. */
const TAG_AUTHORITY = 'demo.wirewatch.invalid';

/** Atom 1.0 (RFC 4287); entry links are the outlet's feed links (AMP for Korea Frontline). */
export function renderAtom(outlet: Outlet, articles: DemoArticle[], baseUrl: string): string {
  const entries = articles
    .map(
      (a) => `<entry>
<title>${xml(a.title)}</title>
<link rel="alternate" type="text/html" href="${xml(baseUrl + feedLinkPath(a))}"/>
<id>tag:${TAG_AUTHORITY},${a.publishedAt.slice(0, 10)}:${xml(a.path)}</id>
<published>${a.publishedAt}</published>
<updated>${a.modifiedAt}</updated>
<author><name>${xml(a.author)}</name></author>
<category term="${xml(a.section.name)}"/>
${a.standfirst ? `<summary>${xml(a.standfirst)}</summary>` : ''}
</entry>`,
    )
    .join('\n');
  const updated = articles[0]?.modifiedAt ?? new Date(0).toISOString();
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>${xml(outlet.name)}</title>
<subtitle>${xml(outlet.tagline)}</subtitle>
<id>tag:${TAG_AUTHORITY},2024:${outlet.prefix}</id>
<updated>${updated}</updated>
<link rel="self" type="application/atom+xml" href="${xml(baseUrl + outlet.feed.path)}"/>
<link rel="alternate" type="text/html" href="${xml(`${baseUrl}${outlet.prefix}/`)}"/>
${entries}
</feed>
`;
}
