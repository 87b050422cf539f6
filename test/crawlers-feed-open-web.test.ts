/**
 * Feeds as the open web writes them: UTF-16 and UTF-32 documents with and
 * without a BOM, xml:base, Atom 0.3 dates, several alternate links, markup in
 * titles, and dates in named zones, other languages, two-digit years, compact
 * forms and impossible values. Each fixture is hand-written for its case.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../crawlers/charset.js';
import { normaliseDate } from '../crawlers/feed-xml.js';
import { parseFeed } from '../crawlers/feeds.js';
import { isStrictIso8601 } from '../pipeline/extract/date-parse.js';

const FEED_URL = 'https://news.example/feeds/main.xml';

const RSS = `<?xml version="1.0" encoding="ENCODING"?>
<rss version="2.0"><channel><title>Nachrichten – Überblick</title>
<item><title>Straße gesperrt</title><link>https://news.example/a</link><pubDate>Tue, 05 Mar 2024 10:00:00 +0100</pubDate></item>
</channel></rss>`;

/** A document in a wide charset, the way a server sends it: bytes, a header that may lie. */
function decodeFeed(encoding: string, bom: boolean, contentType = 'application/rss+xml'): ReturnType<typeof parseFeed> {
  const label = encoding.toUpperCase();
  const bytes = iconv.encode(RSS.replace('ENCODING', label), encoding, { addBOM: bom });
  const decoded = decodeBody(bytes, contentType);
  return parseFeed(decoded.text, FEED_URL, 'f');
}

describe('feeds in UTF-16 and UTF-32', () => {
  it.each([
    ['utf-16le', true],
    ['utf-16le', false],
    ['utf-16be', true],
    ['utf-16be', false],
    ['utf-32le', true],
    ['utf-32le', false],
    ['utf-32be', true],
    ['utf-32be', false],
  ])('%s (BOM: %s) is read', (encoding, bom) => {
    const feed = decodeFeed(encoding, bom);
    expect(feed.title).toBe('Nachrichten – Überblick');
    expect(feed.entries).toEqual([{ url: 'https://news.example/a', feedId: 'f', title: 'Straße gesperrt', publishedAt: '2024-03-05T10:00:00+01:00' }]);
  });

  it('the NUL pattern of a wide charset beats a header that says UTF-8', () => {
    expect(decodeFeed('utf-16le', false, 'text/xml; charset=utf-8').title).toBe('Nachrichten – Überblick');
    expect(decodeBody(iconv.encode('<rss/>', 'utf-32be'), 'text/xml; charset=utf-8')).toMatchObject({ charset: 'utf-32be', source: 'nul-pattern' });
  });

  it('a UTF-8 document is still UTF-8', () => {
    expect(decodeBody(Buffer.from(RSS.replace('ENCODING', 'utf-8')), undefined)).toMatchObject({ charset: 'utf-8' });
  });
});

describe('feed structure', () => {
  it('resolves links against xml:base, nested bases relative to the outer ones', () => {
    const atom = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://cdn.example/site/">
<title>Base</title>
<entry xml:base="2024/"><title>One</title><link href="one.html"/><id>1</id></entry>
<entry><title>Two</title><link xml:base="/other/" href="two.html"/><id>2</id></entry>
<entry xml:base="https://elsewhere.example/x/"><title>Three</title><link href="../three"/><id>3</id></entry>
</feed>`;
    expect(parseFeed(atom, FEED_URL, 'f').entries.map((e) => e.url)).toEqual([
      'https://cdn.example/site/2024/one.html',
      'https://cdn.example/other/two.html',
      'https://elsewhere.example/three',
    ]);
    const rss = `<rss version="2.0" xml:base="https://news.example/section/"><channel><title>R</title>
<item><title>Rel</title><link>story-1</link></item></channel></rss>`;
    expect(parseFeed(rss, FEED_URL, 'f').entries[0]?.url).toBe('https://news.example/section/story-1');
  });

  it('a relative xml:base is resolved against the feed address', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/blog/"><title>B</title>
<entry><title>One</title><link href="one"/><id>1</id></entry></feed>`;
    expect(parseFeed(atom, FEED_URL, 'f').entries[0]?.url).toBe('https://news.example/blog/one');
  });

  it('reads Atom 0.3 dates: issued, then created, then modified', () => {
    const atom03 = `<?xml version="1.0"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>
<entry><title>Issued</title><link rel="alternate" type="text/html" href="https://news.example/i"/><issued>2004-03-05T10:00:00-05:00</issued><modified>2004-03-06T10:00:00Z</modified></entry>
<entry><title>Created</title><link rel="alternate" type="text/html" href="https://news.example/c"/><created>2004-03-07T08:00:00Z</created></entry>
<entry><title>Modified</title><link rel="alternate" type="text/html" href="https://news.example/m"/><modified>2004-03-08T08:00:00Z</modified></entry>
</feed>`;
    expect(parseFeed(atom03, FEED_URL, 'f').entries.map((e) => e.publishedAt)).toEqual([
      '2004-03-05T10:00:00-05:00',
      '2004-03-07T08:00:00Z',
      '2004-03-08T08:00:00Z',
    ]);
  });

  it('with several alternate links takes the text/html one', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Alt</title>
<entry><title>Many links</title><id>1</id>
<link rel="alternate" type="application/json" href="https://news.example/story.json"/>
<link rel="enclosure" type="audio/mpeg" href="https://news.example/story.mp3"/>
<link rel="alternate" type="text/html" href="https://news.example/story"/>
<link rel="alternate" type="application/atom+xml" href="https://news.example/story.atom"/>
</entry>
<entry><title>Untyped</title><id>2</id>
<link rel="alternate" type="application/pdf" href="https://news.example/two.pdf"/>
<link href="https://news.example/two"/>
</entry></feed>`;
    expect(parseFeed(atom, FEED_URL, 'f').entries.map((e) => e.url)).toEqual(['https://news.example/story', 'https://news.example/two']);
  });

  it('keeps titles as text only: no script or style content, XHTML or escaped HTML alike', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><id>1</id><link href="https://news.example/1"/><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Breaking<script>alert(1)</script> news</div></title></entry>
<entry><id>2</id><link href="https://news.example/2"/><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><style>b{color:red}</style><b>Bold</b> move</div></title></entry>
<entry><id>3</id><link href="https://news.example/3"/><title type="html">Breaking&lt;script&gt;alert(1)&lt;/script&gt; news</title></entry>
</feed>`;
    expect(parseFeed(atom, FEED_URL, 'f').entries.map((e) => e.title)).toEqual(['Breaking news', 'Bold move', 'Breaking news']);
  });
});

describe('feed dates', () => {
  it.each([
    ['Tue, 05 Mar 2024 10:00:00 EST', '2024-03-05T10:00:00-05:00'],
    ['Tue, 05 Mar 2024 10:00:00 EDT', '2024-03-05T10:00:00-04:00'],
    ['Tue, 05 Mar 2024 10:00:00 CST', '2024-03-05T10:00:00-06:00'],
    ['Tue, 05 Mar 2024 10:00:00 CDT', '2024-03-05T10:00:00-05:00'],
    ['Tue, 05 Mar 2024 10:00:00 MST', '2024-03-05T10:00:00-07:00'],
    ['Tue, 05 Mar 2024 10:00:00 MDT', '2024-03-05T10:00:00-06:00'],
    ['Tue, 05 Mar 2024 10:00:00 PST', '2024-03-05T10:00:00-08:00'],
    ['Tue, 05 Mar 2024 10:00:00 PDT', '2024-03-05T10:00:00-07:00'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05T10:00:00Z'],
    ['Tue, 05 Mar 2024 10:00:00 UT', '2024-03-05T10:00:00Z'],
    ['Tue, 05 Mar 2024 10:00:00 UTC', '2024-03-05T10:00:00Z'],
    ['Tue, 05 Mar 2024 10:00:00 Z', '2024-03-05T10:00:00Z'],
    ['Tue, 05 Mar 2024 10:00:00 MET', '2024-03-05T10:00:00+01:00'],
    ['Tue, 05 Mar 2024 10:00:00 MEST', '2024-03-05T10:00:00+02:00'],
    ['Tue, 05 Mar 2024 10:00:00 CET', '2024-03-05T10:00:00+01:00'],
    ['Tue, 05 Mar 2024 10:00:00 CEST', '2024-03-05T10:00:00+02:00'],
    ['2024-03-05T10:00:00 Etc/GMT+5', '2024-03-05T10:00:00-05:00'],
    ['2024-03-05T10:00:00 Etc/GMT-3', '2024-03-05T10:00:00+03:00'],
    ['Tue Jan 28 15:28:56 CET 2020', '2020-01-28T15:28:56+01:00'],
    ['Tue, 05 Mar 2024 10:00:00 +0530', '2024-03-05T10:00:00+05:30'],
  ])('named and numeric zones: %s', (text, iso) => {
    expect(normaliseDate(text)).toBe(iso);
  });

  it.each([
    ['Di, 05 Mär 2024 10:00:00 +0100', '2024-03-05T10:00:00+01:00'], // de
    ['Mi., 17 Januar 2024 08:30 MEZ', '2024-01-17T08:30:00+01:00'], // de
    ['mar., 05 mars 2024 10:00:00 +0100', '2024-03-05T10:00:00+01:00'], // fr
    ['12 février 2024 14h45 CET', '2024-02-12T14:45:00+01:00'], // fr
    ['mié, 06 dic 2023 09:15:00 +0100', '2023-12-06T09:15:00+01:00'], // es
    ['6 de diciembre de 2023', '2023-12-06'], // es
    ['mer, 13 settembre 2023 10:00:00 +0200', '2023-09-13T10:00:00+02:00'], // it
    ['13 ago 2023 10:00 GMT', '2023-08-13T10:00:00Z'], // it/es/pt
    ['qua, 05 out 2022 10:00:00 -0300', '2022-10-05T10:00:00-03:00'], // pt
    ['5 de março de 2024', '2024-03-05'], // pt
    ['di, 05 mrt 2024 10:00:00 +0100', '2024-03-05T10:00:00+01:00'], // nl
    ['1 mei 2023', '2023-05-01'], // nl
  ])('months and weekdays in other languages: %s', (text, iso) => {
    expect(normaliseDate(text)).toBe(iso);
  });

  it.each([
    ['Thu, 01 Jan 04 19:48:21 GMT', '2004-01-01T19:48:21Z'],
    ['Fri, 31 Dec 99 23:59:59 GMT', '1999-12-31T23:59:59Z'],
    ['Wed, 01 Jan 49 00:00:00 GMT', '2049-01-01T00:00:00Z'],
    ['Sun, 01 Jan 50 00:00:00 GMT', '1950-01-01T00:00:00Z'],
    ['03-12-31', '2003-12-31'],
    ['031231', '2003-12-31'],
    ['20031231', '2003-12-31'],
    ['20031231T101455Z', '2003-12-31T10:14:55Z'],
    ['2003-12-31T10:14:55.123-08:00', '2003-12-31T10:14:55.123-08:00'],
    ['2003-335', '2003-12-01'],
    ['2022-01-10T22:06:08:684Z', '2022-01-10T22:06:08.684Z'],
    ['2003-12-31T10:14:55', '2003-12-31T10:14:55Z'],
  ])('two-digit years and compact forms: %s', (text, iso) => {
    expect(normaliseDate(text)).toBe(iso);
  });

  it.each([
    'Sun, 31 Dec 2023 25:00:00 GMT',
    'Sun, 31 Dec 2023 23:61:00 GMT',
    '2023-12-31T10:00:00-99:99',
    '2023-12-31T10:00:00+15:00',
    '2023-02-30',
    'Fri, 30 Feb 2024 10:00:00 GMT',
    '2023-13-01',
    '2023-12-31T24:00:00Z',
    'Mon, 32 Jan 2024 10:00:00 GMT',
    '13:00 pm 5 Mar 2024',
    'yesterday',
    'not a date',
    '',
  ])('refuses impossible or unreadable values: %s', (text) => {
    expect(normaliseDate(text)).toBeUndefined();
  });

  it('every date a feed entry carries is strict ISO 8601, impossible ones are left out', () => {
    const rss = `<rss version="2.0"><channel><title>D</title>
<item><title>A</title><link>https://news.example/a</link><pubDate>Tue, 05 Mar 2024 25:00:00 GMT</pubDate></item>
<item><title>B</title><link>https://news.example/b</link><pubDate>Tue, 05 Mar 2024 10:00:00 PDT</pubDate></item>
<item><title>C</title><link>https://news.example/c</link><dc:date xmlns:dc="http://purl.org/dc/elements/1.1/">2024-03-05</dc:date></item>
</channel></rss>`;
    const entries = parseFeed(rss, FEED_URL, 'f').entries;
    expect(entries.map((e) => e.publishedAt)).toEqual([undefined, '2024-03-05T10:00:00-07:00', '2024-03-05']);
    for (const e of entries) if (e.publishedAt) expect(isStrictIso8601(e.publishedAt)).toBe(true);
  });
});
