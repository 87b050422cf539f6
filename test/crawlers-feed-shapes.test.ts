/**
 * Every feed type parses into the same entry shape, each fixture with one
 * real-world quirk: missing dates, relative links, CDATA, a byte-order mark,
 * windows-1251 bytes.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../crawlers/charset.js';
import { parseFeed } from '../crawlers/feeds.js';
import type { FeedEntry } from '../pipeline/types.js';

const ENTRY_KEYS = new Set(['url', 'feedId', 'title', 'publishedAt', 'author', 'guid']);

function expectEntryShape(entries: FeedEntry[], feedId: string): void {
  expect(entries.length).toBeGreaterThan(0);
  for (const entry of entries) {
    for (const key of Object.keys(entry)) expect(ENTRY_KEYS.has(key), `unexpected key ${key}`).toBe(true);
    expect(entry.url).toMatch(/^https?:\/\//);
    expect(entry.feedId).toBe(feedId);
    if (entry.publishedAt !== undefined) expect(Number.isNaN(Date.parse(entry.publishedAt))).toBe(false);
    if (entry.title !== undefined) expect(entry.title).not.toMatch(/<[a-z/]/i);
  }
}

const BOM = '\uFEFF';

const FIXTURES: Array<{ kind: string; quirk: string; body: () => string; url: string; check: (e: FeedEntry[]) => void }> = [
  {
    kind: 'rss',
    quirk: 'CDATA title with markup, relative link',
    url: 'https://wire.example/feeds/world.xml',
    body: () =>
      `<rss version="2.0"><channel><title>W</title><item><title><![CDATA[Floods <em>rise</em>]]></title><link>/world/floods-rise</link><pubDate>Sun, 02 Mar 2025 08:00:00 GMT</pubDate></item></channel></rss>`,
    check: (e) => expect(e[0]).toMatchObject({ url: 'https://wire.example/world/floods-rise', title: 'Floods rise' }),
  },
  {
    kind: 'rdf',
    quirk: 'windows-1251 bytes declared in the XML declaration',
    url: 'https://ru.example/rss.rdf',
    body: () =>
      decodeBody(
        iconv.encode(
          `<?xml version="1.0" encoding="windows-1251"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://ru.example/"><title>Новости</title></channel><item rdf:about="https://ru.example/a"><title>Паводок в долине</title><link>https://ru.example/a</link></item></rdf:RDF>`,
          'win1251',
        ),
        'application/rdf+xml',
      ).text,
    check: (e) => expect(e[0]?.title).toBe('Паводок в долине'),
  },
  {
    kind: 'atom',
    quirk: 'entries without any date',
    url: 'https://atom.example/feed',
    body: () =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>Undated</title><link rel="alternate" href="https://atom.example/undated"/><id>tag:atom.example,2025:1</id></entry></feed>`,
    check: (e) => expect(e[0]).toMatchObject({ url: 'https://atom.example/undated', title: 'Undated' }),
  },
  {
    kind: 'jsonfeed',
    quirk: 'relative url resolved against the feed',
    url: 'https://json.example/feed.json',
    body: () =>
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        items: [{ id: '1', url: '/posts/quake-hits-coast', title: 'Quake hits coast', date_published: '2025-03-02T08:00:00Z' }],
      }),
    check: (e) => expect(e[0]?.url).toBe('https://json.example/posts/quake-hits-coast'),
  },
  {
    kind: 'sitemap',
    quirk: 'byte-order mark before the XML declaration',
    url: 'https://map.example/sitemap.xml',
    body: () =>
      `${BOM}<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://map.example/news/storm-cuts-power</loc><lastmod>2025-03-02</lastmod></url></urlset>`,
    check: (e) => expect(e[0]?.url).toBe('https://map.example/news/storm-cuts-power'),
  },
  {
    kind: 'google-news-sitemap',
    quirk: 'news:title with an entity, publication date with a zone offset',
    url: 'https://gn.example/news-sitemap.xml',
    body: () =>
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://gn.example/a</loc><news:news><news:publication><news:name>GN</news:name><news:language>en</news:language></news:publication><news:publication_date>2025-03-02T08:00:00+02:00</news:publication_date><news:title>Rain &amp; wind</news:title></news:news></url></urlset>`,
    check: (e) => expect(e[0]?.title).toBe('Rain & wind'),
  },
];

describe('feed entry shape', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture.kind}: ${fixture.quirk}`, () => {
      const parsed = parseFeed(fixture.body(), fixture.url, 'f1');
      expect(parsed.kind).toBe(fixture.kind);
      expectEntryShape(parsed.entries, 'f1');
      fixture.check(parsed.entries);
    });
  }
});
