import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { discoverFeedLinks, isGzip, parseFeed } from '../crawlers/feeds.js';
import { errorCode, errorKind } from '../pipeline/errors.js';
import { MAX_PLAIN_TEXT_CHARS } from '../crawlers/plain-text.js';

const FEED_URL = 'https://news.example/feeds/world.xml';

function refusal(text: string): { kind: string; code: string } {
  try {
    parseFeed(text, FEED_URL, 'f1');
  } catch (err) {
    return { kind: errorKind(err), code: errorCode(err) };
  }
  return { kind: 'none', code: 'PARSED' };
}

const RSS2 = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel><title>World &amp; More</title><link>https://news.example/</link><ttl>15</ttl>
<atom:link href="https://news.example/feeds/world.xml" rel="self"/>
<item><title>First &nbsp;story</title><link>/2025/01/first</link><guid isPermaLink="false">id-1</guid>
<pubDate>Wed, 01 Jan 2025 10:00:00 GMT</pubDate><dc:creator>A. Writer</dc:creator></item>
<item><title><![CDATA[Second <b>story</b>]]></title><guid>https://news.example/2025/01/second</guid></item>
<item><title>Bad link</title><link>javascript:alert(1)</link></item>
<item><title>Mail</title><link>mailto:x@y</link></item>
</channel></rss>`;

describe('parseFeed: feed kinds', () => {
  it('RSS 2.0: relative links, guid as link, dates, authors, ttl, unsafe links dropped', () => {
    const feed = parseFeed(RSS2, FEED_URL, 'f1');
    expect(feed.kind).toBe('rss');
    expect(feed.title).toBe('World & More');
    expect(feed.ttlSecs).toBe(900);
    expect(feed.warnings).toEqual([]);
    expect(feed.entries).toEqual([
      {
        url: 'https://news.example/2025/01/first',
        feedId: 'f1',
        title: 'First story',
        publishedAt: '2025-01-01T10:00:00Z',
        author: 'A. Writer',
        guid: 'id-1',
      },
      { url: 'https://news.example/2025/01/second', feedId: 'f1', title: 'Second story', guid: 'https://news.example/2025/01/second' },
    ]);
  });

  it('RSS 0.91 with a public DOCTYPE (no subset) parses', () => {
    const text = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old</title><item><title>A</title><link>http://old.example/a</link></item></channel></rss>`;
    expect(parseFeed(text, FEED_URL, 'f1').entries.map((e) => e.url)).toEqual(['http://old.example/a']);
  });

  it('RSS 1.0 (RDF) with sy:updatePeriod', () => {
    const text = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel rdf:about="https://rdf.example/"><title>RDF news</title><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency></channel>
<item rdf:about="https://rdf.example/a"><title>A</title><link>https://rdf.example/a</link><dc:date>2025-02-03T04:05:06Z</dc:date><dc:creator>Ann</dc:creator></item>
<item rdf:about="https://rdf.example/b"><title>B</title></item>
</rdf:RDF>`;
    const feed = parseFeed(text, FEED_URL, 'f2');
    expect(feed).toMatchObject({ kind: 'rdf', title: 'RDF news', ttlSecs: 1800 });
    expect(feed.entries).toEqual([
      { url: 'https://rdf.example/a', feedId: 'f2', title: 'A', publishedAt: '2025-02-03T04:05:06Z', author: 'Ann' },
      { url: 'https://rdf.example/b', feedId: 'f2', title: 'B' },
    ]);
  });

  it('Atom: alternate link, published/updated, author name, id', () => {
    const text = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title>
<entry><title>One</title><link rel="self" href="/self/1"/><link rel="alternate" href="/one"/><id>tag:x,2025:1</id>
<published>2025-03-01T00:00:00+01:00</published><author><name>Bo</name></author></entry>
<entry><title type="html">Two &amp;lt;i&amp;gt;</title><link href="https://atom.example/two"/><updated>2025-03-02</updated></entry></feed>`;
    const feed = parseFeed(text, 'https://atom.example/feed', 'f3');
    expect(feed.kind).toBe('atom');
    expect(feed.entries).toEqual([
      { url: 'https://atom.example/one', feedId: 'f3', title: 'One', publishedAt: '2025-03-01T00:00:00+01:00', author: 'Bo', guid: 'tag:x,2025:1' },
      { url: 'https://atom.example/two', feedId: 'f3', title: 'Two', publishedAt: '2025-03-02' },
    ]);
  });

  it('JSON Feed 1.1', () => {
    const text = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'JSON news',
      authors: [{ name: 'Desk' }],
      items: [
        { id: '1', url: '/j/1', title: 'J1', date_published: '2025-04-01T12:00:00Z' },
        { id: 2, url: 'ftp://nope/', title: 'dropped' },
        { id: '3', external_url: 'https://other.example/x', authors: [{ name: 'Cy' }] },
      ],
    });
    const feed = parseFeed(text, 'https://json.example/feed.json', 'f4');
    expect(feed.kind).toBe('jsonfeed');
    expect(feed.entries).toEqual([
      { url: 'https://json.example/j/1', feedId: 'f4', title: 'J1', publishedAt: '2025-04-01T12:00:00Z', author: 'Desk', guid: '1' },
      { url: 'https://other.example/x', feedId: 'f4', author: 'Cy', guid: '3' },
    ]);
  });

  it('sitemap urlset with lastmod', () => {
    const text = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://s.example/a</loc><lastmod>2025-05-01</lastmod></url><url><loc> https://s.example/b </loc></url></urlset>`;
    const feed = parseFeed(text, 'https://s.example/sitemap.xml', 'f5');
    expect(feed.kind).toBe('sitemap');
    expect(feed.entries).toEqual([
      { url: 'https://s.example/a', feedId: 'f5', publishedAt: '2025-05-01' },
      { url: 'https://s.example/b', feedId: 'f5' },
    ]);
  });

  it('sitemap index lists child sitemaps, not entries', () => {
    const text = `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://s.example/news.xml</loc></sitemap><sitemap><loc>/archive.xml.gz</loc></sitemap><sitemap><loc>file:///etc/passwd</loc></sitemap></sitemapindex>`;
    const feed = parseFeed(text, 'https://s.example/index.xml', 'f6');
    expect(feed).toMatchObject({ kind: 'sitemap', entries: [], sitemaps: ['https://s.example/news.xml', 'https://s.example/archive.xml.gz'] });
  });

  it('Google News sitemap with news:title and news:publication_date', () => {
    const text = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://g.example/story</loc><news:news><news:publication><news:name>G</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2025-06-01T08:00:00Z</news:publication_date><news:title>Big story</news:title></news:news></url></urlset>`;
    const feed = parseFeed(text, 'https://g.example/news-sitemap.xml', 'f7');
    expect(feed.kind).toBe('google-news-sitemap');
    expect(feed.entries).toEqual([{ url: 'https://g.example/story', feedId: 'f7', title: 'Big story', publishedAt: '2025-06-01T08:00:00Z' }]);
  });

  it('maxItems caps entries and warns', () => {
    const items = Array.from({ length: 30 }, (_, i) => `<item><link>https://m.example/${i}</link></item>`).join('');
    const feed = parseFeed(`<rss><channel>${items}</channel></rss>`, FEED_URL, 'f', { maxItems: 10 });
    expect(feed.entries).toHaveLength(10);
    expect(feed.warnings).toContain('PARSE_LIMIT_EXCEEDED');
  });

  it('isGzip recognises the magic bytes', () => {
    expect(isGzip(Buffer.from([0x1f, 0x8b, 8, 0]))).toBe(true);
    expect(isGzip(Buffer.from('<?xml'))).toBe(false);
  });
});

describe('parseFeed: hostile and broken input (fault matrix D)', () => {
  it('D1 an XXE entity (file and http variants) is FEED_DTD_FORBIDDEN', () => {
    const file = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title><link>https://a.example/</link></item></channel></rss>`;
    const http = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "http://127.0.0.2:9/x">]><rss><channel><title>&x;</title></channel></rss>`;
    expect(refusal(file)).toEqual({ kind: 'permanent', code: 'FEED_DTD_FORBIDDEN' });
    expect(refusal(http)).toEqual({ kind: 'permanent', code: 'FEED_DTD_FORBIDDEN' });
  });

  it('D2 billion laughs, a big entity, two DOCTYPEs are rejected fast; a numeric-reference flood parses', () => {
    const lol = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [${lol.join('')}]><rss><channel><title>&lol9;</title></channel></rss>`;
    const bigEntity = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${'x'.repeat(100_000)}">]><rss><channel>${'<title>&big;</title>'.repeat(10_000)}</channel></rss>`;
    const twoDoctypes = `<!DOCTYPE rss><!DOCTYPE rss PUBLIC "x" "y"><rss><channel/></rss>`;
    for (const text of [laughs, bigEntity, twoDoctypes]) {
      const started = performance.now();
      expect(refusal(text).code).toBe('FEED_DTD_FORBIDDEN');
      expect(performance.now() - started).toBeLessThan(200);
    }
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const flood = `<rss><channel><item><title>${'&#65;'.repeat(1_000_000)}</title><link>https://a.example/</link></item></channel></rss>`;
    const started = performance.now();
    const feed = parseFeed(flood, FEED_URL, 'f');
    delay.disable();
    // Titles are cut to MAX_PLAIN_TEXT_CHARS; every reference was still decoded in time.
    expect(feed.entries[0]!.title).toBe('A'.repeat(MAX_PLAIN_TEXT_CHARS));
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('D11 a DTD with entities after a comment, a processing instruction or CDATA holding markup is still FEED_DTD_FORBIDDEN', () => {
    const dtd = `<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>`;
    const body = '<rss><channel><item><title>&x;</title><link>https://a.example/</link></item></channel></rss>';
    for (const before of ['<!-- <a> -->', '<!-- <rss><channel> -->', '<?xml-stylesheet href="<b>"?>', '<![CDATA[<a>]]>', '<!-- <a> --><?pi <b>?>']) {
      expect(refusal(`<?xml version="1.0"?>${before}${dtd}${body}`), before).toEqual({ kind: 'permanent', code: 'FEED_DTD_FORBIDDEN' });
    }
    // An entity declaration after a comment, with no DOCTYPE around it, and a second DOCTYPE after a comment.
    expect(refusal(`<!-- <a> --><!ENTITY x "y">${body}`).code).toBe('FEED_DTD_FORBIDDEN');
    expect(refusal(`<!DOCTYPE rss><!-- <a> --><!doctype rss PUBLIC "x" "y">${body}`).code).toBe('FEED_DTD_FORBIDDEN');
  });

  it('D11 what is only text to the parser is not a DTD: quoted [ in a public id, DOCTYPE inside a comment, a DOCTYPE after the root', () => {
    const body = '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://a.example/</link></item></channel></rss>';
    for (const text of [
      `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91[x]//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">${body}`,
      `<?xml version="1.0"?><!-- <!DOCTYPE rss [<!ENTITY x "y">]> -->${body}`,
      `<?xml version="1.0"?>${body.replace('<channel>', '<channel><description><![CDATA[<!DOCTYPE x [<!ENTITY y "z">]>]]></description>')}`,
    ]) {
      expect(parseFeed(text, FEED_URL, 'f').entries.map((e) => e.title)).toEqual(['A']);
    }
  });

  it('D3 a truncated feed keeps the complete items and warns FEED_PARTIAL', () => {
    const feed = parseFeed(RSS2.slice(0, RSS2.indexOf('<item><title>Bad link') + 30), FEED_URL, 'f1');
    expect(feed.warnings).toEqual(['FEED_PARTIAL']);
    expect(feed.entries.map((e) => e.url)).toEqual(['https://news.example/2025/01/first', 'https://news.example/2025/01/second']);
  });

  it('D3 random truncation never throws anything but our errors, and never yields a half item', () => {
    for (let cut = 0; cut < RSS2.length; cut += 7) {
      try {
        const feed = parseFeed(RSS2.slice(0, cut), FEED_URL, 'f1');
        for (const e of feed.entries) expect(['https://news.example/2025/01/first', 'https://news.example/2025/01/second']).toContain(e.url);
      } catch (err) {
        expect(['FEED_MALFORMED', 'FEED_NOT_XML', 'FEED_UNKNOWN_TYPE']).toContain(errorCode(err));
      }
    }
  });

  it('D3 junk before <?xml, &nbsp;, form feeds and mismatched tags are tolerated', () => {
    const text = `\n\nPHP Warning: junk\n<?xml version="1.0"?><rss><channel><item><title>A\x0C&nbsp;B</titel></item>
<item><title>C</title><link>https://j.example/c</link></item></channel></rss>`;
    const feed = parseFeed(text, FEED_URL, 'f');
    expect(feed.entries.map((e) => e.url)).toEqual(['https://j.example/c']);
  });

  it('D3 nothing readable is FEED_MALFORMED', () => {
    expect(refusal('<?xml version="1.0"?><rss><channel><item><title>cut')).toEqual({ kind: 'permanent', code: 'FEED_MALFORMED' });
    expect(refusal('{"version": "https://jsonfeed.org/version/1.1", "items": [')).toEqual({ kind: 'permanent', code: 'FEED_MALFORMED' });
  });

  it('D4 HTML given as a feed is FEED_NOT_XML; discoverFeedLinks finds the alternates in order', () => {
    const html = `<!doctype html><html><head><title>News</title>
<link rel="stylesheet" href="/s.css"><link rel="alternate" type="application/atom+xml" href="/atom.xml">
<link rel="alternate" type="application/rss+xml" title="RSS" href="https://cdn.example/rss.xml">
<link rel="alternate" type="text/html" hreflang="fr" href="/fr/"><link rel="alternate" type="application/feed+json" href="feed.json">
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)"></head><body></body></html>`;
    expect(refusal(html)).toEqual({ kind: 'permanent', code: 'FEED_NOT_XML' });
    expect(refusal('just some text')).toEqual({ kind: 'permanent', code: 'FEED_NOT_XML' });
    expect(refusal('<foo><bar/></foo>')).toEqual({ kind: 'permanent', code: 'FEED_UNKNOWN_TYPE' });
    expect(discoverFeedLinks(html, 'https://site.example/section/page')).toEqual([
      'https://site.example/atom.xml',
      'https://cdn.example/rss.xml',
      'https://site.example/section/feed.json',
    ]);
  });

  it('D6 100 000-level nesting is PARSE_LIMIT_EXCEEDED, fast; moderate nesting and CDATA full of <br> parse', () => {
    const deep = `<rss><channel><item><link>https://d.example/</link></item>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</channel></rss>`;
    const started = performance.now();
    expect(refusal(deep)).toEqual({ kind: 'permanent', code: 'PARSE_LIMIT_EXCEEDED' });
    expect(performance.now() - started).toBeLessThan(2000);
    const ok = `<rss><channel><item><link>https://d.example/</link><description><![CDATA[${'<br>'.repeat(5000)}]]></description>${'<x>'.repeat(200)}${'</x>'.repeat(200)}</item></channel></rss>`;
    expect(parseFeed(ok, FEED_URL, 'f').entries).toHaveLength(1);
  });
});
